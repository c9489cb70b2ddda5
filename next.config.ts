// Next.js configuration. The headers every response carries, and each page's
// Content-Security-Policy, are set by the front door (server/front-door/); plan pages' own headers
// and the wizard's rewrite are here. Next loads this file with its own TypeScript loader, which
// follows relative imports (and the "@/" alias) into the project's TypeScript.
import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_SERVER } from "next/constants.js";
import { WIZARD_QUERY_KEYS } from "./lib/wizard-keys";
import { behindFrontDoor } from "./server/front-door/marker";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The front door compresses (server/front-door/compression.ts, the same middleware): it rewrites
  // and keeps pages as Next writes them, before they are compressed.
  compress: false,
  reactStrictMode: true,
  // `npm test` type-checks the whole project (tests included) with tsc first; checking again in
  // every build only slows the end-to-end runs down.
  typescript: { ignoreBuildErrors: true },
  // No image goes through /_next/image: the app has no <Image>, and the optimiser would fetch a
  // plan's preview card and keep it in a public disk cache for hours, past a revoke or a delete.
  images: { localPatterns: [], remotePatterns: [] },
  // Metadata is rendered with the page, never streamed after it. Streamed, a page refreshed after a
  // change (a saved plan after a reschedule) lost its <title> until generateMetadata answered
  // again: the tab and a screen reader had no page name for a moment. Every page's metadata
  // comes from data the page itself reads, so waiting for it costs nothing.
  htmlLimitedBots: /.*/,
  rewrites() {
    // /wizard is prerendered (its first question is the same for everyone); /wizard with answers
    // in its address is rendered per request by app/wizard/answers/, while the address bar keeps
    // /wizard?.... Before the file system, or the prerendered page would answer.
    return Promise.resolve({
      beforeFiles: WIZARD_QUERY_KEYS.map((key) => ({
        source: "/wizard",
        has: [{ type: "query", key }],
        destination: "/wizard/answers",
      })),
    });
  },
  headers() {
    return Promise.resolve([
      {
        // Saved plans are private to whoever holds the link: keep them out of search engines and caches.
        source: "/plans/:path*",
        headers: [
          { key: "X-Robots-Tag", value: "noindex, nofollow" },
          { key: "Cache-Control", value: "no-store" },
        ],
      },
      {
        // A re-run compared with a saved plan shows that plan's title and link: just as private.
        source: "/:path*",
        has: [{ type: "query", key: "compare" }],
        headers: [{ key: "X-Robots-Tag", value: "noindex, nofollow" }],
      },
    ]);
  },
};

// Serving without the front door's mark would mean no rate limits and a client-chosen
// X-Forwarded-For, so a bare `next start` or `next dev` stops here.
export default function config(phase: string): NextConfig {
  if ((phase === PHASE_PRODUCTION_SERVER || phase === PHASE_DEVELOPMENT_SERVER) && !behindFrontDoor()) {
    throw new Error("OnePath serves through its front door: start it with `npm start` (or `npm run dev`), not `next start`.");
  }
  return nextConfig;
}
