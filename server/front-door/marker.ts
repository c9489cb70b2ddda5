// The front door leaves a mark on the process, and next.config.ts refuses to serve without it: started
// with a bare `next start` or `next dev`, OnePath would have no rate limits and would believe any
// X-Forwarded-For, so it says how to start instead. A global symbol, because the two load their
// own copies of this module (the front door through tsx, the config through Next's own TypeScript
// loader), but they share the process. It stays with the front door, whose state it is: lib/ and
// data/ remember nothing, and the config at the top may import the server as app/ does (no import
// runs from server/ up to the config).
const MARK = Symbol.for("onepath.frontDoor");
const holder = globalThis as unknown as Record<symbol, unknown>;

export function markFrontDoor(): void {
  holder[MARK] = true;
}

export const behindFrontDoor = (): boolean => holder[MARK] === true;
