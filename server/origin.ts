import "server-only";
// The site's own origin, one answer for every caller: the same-origin check on writes, share
// links, and the absolute URL of a plan's preview image. ONEPATH_PUBLIC_URL when it is set;
// otherwise the Host the request came to. Never X-Forwarded-Host, which any client can send.
import { shareUrl } from "@/lib/addresses";
import { currentEnv } from "./env";

// A DNS name or IPv4 address, or an IPv6 literal in brackets, with an optional port.
const HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/** "https://plans.example.org", or "http://<host>"; null when the Host header is not a host. */
export function siteOrigin(headers: Headers): string | null {
  const { ONEPATH_PUBLIC_URL } = currentEnv();
  if (ONEPATH_PUBLIC_URL) return ONEPATH_PUBLIC_URL;
  const host = headers.get("host") ?? "";
  // The front door sets X-Forwarded-Proto: "http" unless a trusted proxy of ours said otherwise.
  const protocol = headers.get("x-forwarded-proto") === "https" ? "https" : "http";
  return HOST.test(host) ? `${protocol}://${host}` : null;
}

/** A plan's share link, absolute when the origin is known. */
export const shareLink = (headers: Headers, id: string): string => shareUrl(siteOrigin(headers) ?? "", id);
