// A one-time message carried across a navigation in this tab ("New link made", "Plan deleted"),
// kept in sessionStorage so that nothing about the plan goes into the URL.
import { readStored, removeStored, writeStored } from "./storage";

const KEY = "onepath.flash";

/** Without storage the next page simply shows no message. */
export const setFlash = (message: string): void => void writeStored(KEY, message, "session");

export function takeFlash(): string | null {
  const message = readStored(KEY, "session");
  if (message !== null) removeStored(KEY, "session");
  return message;
}
