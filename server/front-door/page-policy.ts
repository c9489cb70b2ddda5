// The Content-Security-Policy of every page, set by the front door before Next renders it (the
// policy itself is server/csp.ts). A page prerendered at build time is the same HTML for everyone,
// so it allows its own inline scripts by their hashes, but only when the address is exactly that
// page's: Next serves a prerendered file only for its literal path, so "/wiz%61rd" gets the
// not-found page, not the wizard. Any other page gets a fresh nonce: Next reads it from the
// request's Content-Security-Policy header while rendering and puts it on every script it writes.
// That policy also carries the not-found page's hashes (an unknown address may be answered with
// that prerendered page) and, when the address has a query, the hashes of the prerendered page at
// the same path: next.config.ts rewrites the wizard with answers to the page that renders them,
// and any other query is answered with the prerendered page as it is. Everything Next may answer
// with HTML is a page here, its not-found answers for /api and /_next included.
import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { type BuildHashes, buildHashes, contentSecurityPolicy, type PageHashes, prerenderedPageHashes } from "../csp";
import { rewritesWizard, type Target } from "./request-kind";
import { WIZARD } from "@/lib/addresses";

const POLICY_HEADERS = ["content-security-policy", "content-security-policy-report-only"] as const;

/** Pages are everything but the API's route handlers (JSON only) and Next's build assets. */
export const isPage = ({ path }: Target): boolean => !path.startsWith("/api/") && !path.startsWith("/_next/static/");

/** Whether Next renders a page for this request, rather than serving a file it made at build time. */
export function rendersPerRequest(target: Target, pages: PageHashes = prerenderedPageHashes()): boolean {
  if (!isPage(target)) return false;
  if (!pages[target.path]) return true;
  return target.path === WIZARD && rewritesWizard(target.search);
}

/** The hashes of the prerendered page Next serves as it is for this address, if it does. */
function prerenderedPage(target: Target, pages: PageHashes = prerenderedPageHashes()): string[] | undefined {
  return target.search.size === 0 ? pages[target.path] : undefined;
}

/** The nonce the page is rendered with, or null for a prerendered page (and for what is no page). */
export function setPagePolicy(
  request: IncomingMessage,
  response: ServerResponse,
  target: Target,
  { pages, styles }: BuildHashes = buildHashes(),
): string | null {
  if (!isPage(target)) return null;
  // Only the door chooses the nonce Next renders with.
  for (const name of POLICY_HEADERS) delete request.headers[name];
  const prerendered = prerenderedPage(target, pages);
  if (prerendered) {
    response.setHeader("Content-Security-Policy", contentSecurityPolicy({ hashes: prerendered, styles }));
    return null;
  }
  const samePath = pages[target.path];
  const nonce = randomBytes(16).toString("base64"); // 128 bits from the platform's cryptographic source
  const hashes = new Set([...(samePath ?? []), ...(pages["/_not-found"] ?? [])]);
  const policy = contentSecurityPolicy({ nonce, hashes: [...hashes], styles });
  request.headers["content-security-policy"] = policy;
  response.setHeader("Content-Security-Policy", policy);
  return nonce;
}
