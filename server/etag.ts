// Conditional GETs (RFC 9110 13.1.2): whether a client's If-None-Match names what it would be sent
// now. Shared by the front door (the prerendered catalog) and the plan's calendar, which calendar
// apps poll. No "server-only" here: the front door runs outside Next.
import { createHash } from "node:crypto";

/** A strong ETag for a body: the same bytes, the same tag. */
export const etagOf = (body: string): string => `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;

/** True when If-None-Match holds etag (weak or strong, as the weak comparison GET asks for) or is "*". */
export function alreadyHeld(ifNoneMatch: string | string[] | null | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const held = String(ifNoneMatch)
    .split(",")
    .map((tag) => tag.trim().replace(/^W\//, ""));
  return held.includes(etag) || held.includes("*");
}
