// A one-time message carried across a navigation in this tab ("New link made", "Plan deleted"),
// addressed to the page it is for and kept in sessionStorage, so that nothing about the plan goes
// into the URL. That page's reader (stored-value.ts) shows it, and once it is on screen nothing
// shows it again. A message its page never showed (a render thrown away for good, another page
// opened instead) is dropped after a minute rather than shown late somewhere else.
import { takeOnce, type OneTimeSource } from "./stored-value";
import { writeStored } from "./storage";

const KEY = "onepath.flash";
const FRESH_MS = 60_000;

type Left = { path: string; message: string; at: number };

/** Leaves a message for the page at `path`; without storage that page simply shows none. */
export const setFlash = (message: string, path: string): void =>
  void writeStored(KEY, JSON.stringify({ path, message, at: Date.now() } satisfies Left), "session");

/**
 * A reader of the message left for the page at `path`: keep one per component (in state), read it
 * with useStored, and call its seen() once the message is on screen.
 */
export const flashReader = (path: string): OneTimeSource =>
  takeOnce(KEY, "session", (stored) => {
    try {
      const left = JSON.parse(stored) as Partial<Left>;
      const fresh = typeof left.at === "number" && Date.now() - left.at < FRESH_MS && Date.now() >= left.at;
      return left.path === path && fresh && typeof left.message === "string" ? left.message : null;
    } catch {
      return null;
    }
  });
