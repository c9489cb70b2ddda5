// After `next build` (npm run build runs it): the SHA-256 hash of every inline script in every
// prerendered page, written to .next/csp-hashes.json for the front door
// (server/front-door/page-policy.ts). A prerendered page's HTML is the same for everyone, so it
// cannot carry a per-request nonce; its Content-Security-Policy allows exactly these scripts instead.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { HASHES_FILE, type PageHashes } from "../server/csp";

const NEXT = ".next";
const manifest = JSON.parse(readFileSync(join(NEXT, "prerender-manifest.json"), "utf8")) as { routes: Record<string, unknown> };

/** The HTML Next serves for a prerendered route, if the route is a page. */
const htmlOf = (route: string) => join(NEXT, "server", "app", `${route === "/" ? "index" : route.slice(1)}.html`);

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;

const hashes: PageHashes = {};
for (const route of Object.keys(manifest.routes)) {
  const file = htmlOf(route);
  if (!existsSync(file)) continue; // not a page (an icon, a route handler)
  const html = readFileSync(file, "utf8");
  const sums = new Set<string>();
  for (const [, body] of html.matchAll(INLINE_SCRIPT)) sums.add(`sha256-${createHash("sha256").update(body!).digest("base64")}`);
  hashes[route] = [...sums];
}
writeFileSync(join(NEXT, HASHES_FILE), `${JSON.stringify(hashes, null, 2)}\n`);
console.log(
  `csp-hashes: ${Object.entries(hashes)
    .map(([r, h]) => `${r} (${h.length})`)
    .join(", ")}`,
);
