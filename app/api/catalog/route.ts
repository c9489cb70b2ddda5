// GET /api/catalog: the questions and routes the wizard is built from. The same for everyone, so
// shared caches may keep it, but only briefly: a new catalog version must reach clients within
// minutes, not a year. The ETag is the catalog version, so revalidating costs a 304.
import { CATALOG_VERSION } from "@/data/catalog";
import { apiCatalog } from "@/lib/api-responses";

const CACHE_CONTROL = "public, max-age=300, must-revalidate";
const ETAG = `"catalog-${CATALOG_VERSION}"`;

export function GET(request: Request): Response {
  const headers = { "Cache-Control": CACHE_CONTROL, ETag: ETAG };
  const known = request.headers.get("if-none-match")?.split(",").map((tag) => tag.trim().replace(/^W\//, ""));
  if (known?.includes(ETAG) || known?.includes("*")) return new Response(null, { status: 304, headers });
  return Response.json(apiCatalog(), { headers });
}
