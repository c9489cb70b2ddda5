// Next.js configuration. The headers every response carries are set by the front door
// (server/front-door/security-headers.ts); the per-request Content-Security-Policy with its nonce
// is set in proxy.ts; plan pages' own headers are here.
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_SERVER } from "next/constants.js";

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // `npm test` type-checks the whole project (tests included) with tsc first; checking again in
  // every build only slows the end-to-end runs down.
  typescript: { ignoreBuildErrors: true },
  // No image goes through /_next/image: the app has no <Image>, and the optimiser would fetch a
  // plan's preview card and keep it in a public disk cache for hours, past a revoke or a delete.
  images: { localPatterns: [], remotePatterns: [] },
  async headers() {
    return [
      {
        // Saved plans are private to whoever holds the link: keep them out of search engines and caches.
        source: "/plans/:path*",
        headers: [
          { key: "X-Robots-Tag", value: "noindex, nofollow" },
          { key: "Cache-Control", value: "no-store" },
        ],
      },
    ];
  },
};

// The mark server/front-door/marker.ts leaves: serving without the front door would mean no rate
// limits and a client-chosen X-Forwarded-For, so a bare `next start` or `next dev` stops here.
const behindFrontDoor = () => globalThis[Symbol.for("onepath.frontDoor")] === true;

export default function config(phase) {
  if ((phase === PHASE_PRODUCTION_SERVER || phase === PHASE_DEVELOPMENT_SERVER) && !behindFrontDoor()) {
    throw new Error("OnePath serves through its front door: start it with `npm start` (or `npm run dev`), not `next start`.");
  }
  return nextConfig;
}
