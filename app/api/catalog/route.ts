// GET /api/catalog: the questions and routes the wizard is built from. The same for everyone, so
// it is prerendered at build time and served without running anything (the fastest answer this
// server gives: npm run bench:load uses it as the ceiling). Shared caches may keep it, but only
// briefly: a new catalog version must reach clients within minutes, not a year. The ETag is the
// catalog version; the front door answers a request that already holds it with a 304
// (server/front-door/not-modified.ts), since Next serves a prerendered answer unconditionally.
import { CATALOG_CACHE_CONTROL, CATALOG_ETAG } from "@/data/catalog";
import { apiCatalog } from "@/lib/api-responses";

export const dynamic = "force-static";

export function GET(): Response {
  return Response.json(apiCatalog(), { headers: { "Cache-Control": CATALOG_CACHE_CONTROL, ETag: CATALOG_ETAG } });
}
