import "server-only";
// The site's own origin, one answer for every caller: the same-origin check on writes, share
// links, and the absolute URL of a plan's preview image. It comes from the settings alone
// (publicOrigin in config.ts: ONEPATH_PUBLIC_URL, else the address the server listens on), never
// from the request: a Host or X-Forwarded-Host header is whatever the client wrote, and a link
// built from it would point wherever the client chose.
import { shareUrl } from "@/lib/addresses";
import { publicOrigin } from "./config";
import { currentEnv } from "./env";

/** "https://plans.example.org", or "http://127.0.0.1:<port>" when ONEPATH_PUBLIC_URL is unset. */
export const siteOrigin = (): string => publicOrigin(currentEnv());

/** A plan's share link, absolute. */
export const shareLink = (id: string): string => shareUrl(siteOrigin(), id);
