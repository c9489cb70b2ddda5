// Any other address under /api: a JSON 404 like the rest of the API, not Next's HTML page (which
// would come without the pages' Content-Security-Policy, which the front door gives pages only).
import { jsonError } from "@/server/http";

const noSuchEndpoint = () => jsonError(404, "no such endpoint; see GET /api/catalog and the README");

export { noSuchEndpoint as GET, noSuchEndpoint as POST, noSuchEndpoint as PUT, noSuchEndpoint as PATCH, noSuchEndpoint as DELETE };
