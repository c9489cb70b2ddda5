// Compression of the answers Next gives, by the door instead of by Next (next.config.ts turns
// Next's off): the door reads and rewrites pages as Next writes them (inline-css.ts, the render
// cache), which it could not do once they were compressed. The same middleware Next uses (its
// compiled `compression`: gzip or deflate when the client accepts it, for compressible types over
// 1 KiB, with Vary: Accept-Encoding), and the same care for a client that leaves mid-answer.
import type { IncomingMessage, ServerResponse } from "node:http";
import compression from "next/dist/compiled/compression/index.js";
import { releaseCompressionStream } from "next/dist/server/lib/release-compression-stream.js";

const compress = compression();

/** Compresses what is written to response from here on, as the client accepts. */
export function compressResponse(request: IncomingMessage, response: ServerResponse): void {
  compress(request, response, () => undefined);
  // On a client that disconnects, the middleware never ends its zlib stream, which then leaks
  // (Next's own note on this, in release-compression-stream.js).
  response.once("close", () => {
    if (!response.writableFinished) releaseCompressionStream(response);
  });
}
