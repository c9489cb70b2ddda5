// A one-time message carried across a navigation in this tab ("New link made", "Plan deleted"),
// kept in sessionStorage so that nothing about the plan goes into the URL. The page after takes it:
// the component that shows it holds its own reader (stored-value.ts), so it shows the message as
// long as it lives, and nothing shows it again.
import { takeOnce, type StoredSource } from "./stored-value";
import { writeStored } from "./storage";

const KEY = "onepath.flash";

/** Without storage the next page simply shows no message. */
export const setFlash = (message: string): void => void writeStored(KEY, message, "session");

/** A reader of the message left for this page: keep one per component (in state) and read it with useStored. */
export const flashReader = (): StoredSource => takeOnce(KEY, "session");
