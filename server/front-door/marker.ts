// The front door leaves a mark on the process, and next.config.js refuses to serve without it: started
// with a bare `next start` or `next dev`, OnePath would have no rate limits and would believe any
// X-Forwarded-For, so it says how to start instead. A global symbol, because Next's bundles and
// the front door (loaded by tsx) each have their own copy of this module, but share the process.
const MARK = Symbol.for("onepath.frontDoor");

export function markFrontDoor(): void {
  (globalThis as Record<symbol, unknown>)[MARK] = true;
}
