// Conditional requests for the prerendered catalog (GET /api/catalog): a client that already holds
// this catalog version (If-None-Match with its ETag, or *) gets 304 and no body. Next serves the
// prerendered answer without looking at the condition, so the door answers it (RFC 9110, 13.1.2).
import type { IncomingMessage, ServerResponse } from "node:http";
import {
  NEXT_ROUTER_PREFETCH_HEADER,
  NEXT_ROUTER_SEGMENT_PREFETCH_HEADER,
  NEXT_ROUTER_STATE_TREE_HEADER,
  RSC_HEADER,
} from "next/dist/client/components/app-router-headers.js";
import { CATALOG_CACHE_CONTROL, CATALOG_ETAG } from "@/data/catalog";
import { alreadyHeld } from "../etag";
import type { Target } from "./request-kind";

/** The Vary that Next (base-server.js) and its compression put on the catalog's 200. */
const NEXT_VARY = [
  RSC_HEADER,
  NEXT_ROUTER_STATE_TREE_HEADER,
  NEXT_ROUTER_PREFETCH_HEADER,
  NEXT_ROUTER_SEGMENT_PREFETCH_HEADER,
  "Accept-Encoding",
].join(", ");

/** Answers 304 when the request is a conditional GET or HEAD of the catalog it already has. */
export function answeredNotModified(request: IncomingMessage, response: ServerResponse, target: Target): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  if (target.segments.length !== 2 || target.segments[0] !== "api" || target.segments[1] !== "catalog") return false;
  if (!alreadyHeld(request.headers["if-none-match"], CATALOG_ETAG)) return false;
  // A 304 carries the Vary its 200 would (RFC 9110, 15.4.5), or a cache could hand the wrong variant on.
  response.writeHead(304, { ETag: CATALOG_ETAG, "Cache-Control": CATALOG_CACHE_CONTROL, Vary: NEXT_VARY });
  response.end();
  return true;
}
