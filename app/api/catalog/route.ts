// GET /api/catalog: the questions and routes the wizard is built from. Static, so cacheable.
import { apiCatalog } from "@/lib/api-shape";

export const dynamic = "force-static";

export function GET(): Response {
  return Response.json(apiCatalog());
}
