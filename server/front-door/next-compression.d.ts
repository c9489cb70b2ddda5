// The compression middleware Next compiles in (the `compression` package, which has no types of
// its own there): called with a request and its response, it compresses what is written to the
// response when the client accepts it.
declare module "next/dist/compiled/compression/index.js" {
  import type { IncomingMessage, ServerResponse } from "node:http";

  export default function compression(): (request: IncomingMessage, response: ServerResponse, next: () => void) => void;
}
