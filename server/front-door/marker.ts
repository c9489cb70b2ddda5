// The front door leaves a mark on the process, and next.config.js refuses to serve without it: started
// with a bare `next start` or `next dev`, OnePath would have no rate limits and would believe any
// X-Forwarded-For, so it says how to start instead. Plain JavaScript, so next.config.js (loaded by
// Node as it is) and the front door (loaded by tsx) read the one definition. A global symbol,
// because each of them loads its own copy of this module, but they share the process.
const MARK = Symbol.for("onepath.frontDoor");

/** @returns {void} */
export function markFrontDoor() {
  /** @type {Record<symbol, unknown>} */ (globalThis)[MARK] = true;
}

/** @returns {boolean} */
export const behindFrontDoor = () => /** @type {Record<symbol, unknown>} */ (globalThis)[MARK] === true;
