// Conditional requests for the prerendered catalog (GET /api/catalog): a client that already holds
// this catalog version (If-None-Match with its ETag, or *) gets 304 and no body. Next serves the
// prerendered answer without looking at the condition, so the door answers it (RFC 9110, 13.1.2).
import type { IncomingMessage, ServerResponse } from "node:http";
import { CATALOG_CACHE_CONTROL, CATALOG_ETAG } from "@/data/catalog";
import { alreadyHeld } from "../etag";
import type { Target } from "./request-kind";

/** Answers 304 when the request is a conditional GET or HEAD of the catalog it already has. */
export function answeredNotModified(request: IncomingMessage, response: ServerResponse, target: Target): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  if (target.segments.length !== 2 || target.segments[0] !== "api" || target.segments[1] !== "catalog") return false;
  if (!alreadyHeld(request.headers["if-none-match"], CATALOG_ETAG)) return false;
  response.writeHead(304, { ETag: CATALOG_ETAG, "Cache-Control": CATALOG_CACHE_CONTROL });
  response.end();
  return true;
}
