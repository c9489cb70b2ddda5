// After `next build` (npm run build runs it): what the pages may hold inline, written to
// .next/csp-hashes.json for the front door (server/front-door/page-policy.ts). For every
// prerendered page, the SHA-256 hash of each inline script: its HTML is the same for everyone, so
// it cannot carry a per-request nonce, and its Content-Security-Policy allows exactly these
// scripts instead. For every page, the hashes of the <style> elements it may hold: the build's
// stylesheets, which the door puts inline (server/front-door/inline-css.ts), and the inline styles
// of the prerendered pages (Next's error page has one).
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type BuildHashes, HASHES_FILE, inlineHashes, sha256 } from "../server/csp";

const NEXT = ".next";
const manifest = JSON.parse(readFileSync(join(NEXT, "prerender-manifest.json"), "utf8")) as { routes: Record<string, unknown> };

/** The HTML Next serves for a prerendered route, if the route is a page. */
const htmlOf = (route: string) => join(NEXT, "server", "app", `${route === "/" ? "index" : route.slice(1)}.html`);

const hashes: BuildHashes = { pages: {}, styles: [] };
const styles = new Set<string>();
for (const route of Object.keys(manifest.routes)) {
  const file = htmlOf(route);
  if (!existsSync(file)) continue; // not a page (an icon, a route handler)
  const inline = inlineHashes(readFileSync(file, "utf8"));
  hashes.pages[route] = inline.scripts;
  for (const style of inline.styles) styles.add(style);
}
const static_ = join(NEXT, "static");
for (const file of readdirSync(static_, { recursive: true, encoding: "utf8" })) {
  if (file.endsWith(".css")) styles.add(sha256(readFileSync(join(static_, file))));
}
hashes.styles = [...styles];
writeFileSync(join(NEXT, HASHES_FILE), `${JSON.stringify(hashes, null, 2)}\n`);
console.log(
  `csp-hashes: ${Object.entries(hashes.pages)
    .map(([r, h]) => `${r} (${h.length})`)
    .join(", ")}; styles (${hashes.styles.length})`,
);
