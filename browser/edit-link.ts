// The private edit link: the plan's address with a token in the fragment,
// <origin>/plans/<id>#edit=<token>, which a browser never sends to a server. Every page's first
// script (lib/edit-link-script.ts, inline in <head>, so it runs before anything paints) takes the
// fragment out of the address bar and out of the history entry at once, and leaves the token in
// this tab's sessionStorage; here the saved-plan machine takes it, to trade it for this device's
// own token (the link works once) before it shows anyone as owner.
import { EditToken } from "@/lib/api-contract";
import { EDIT_LINK_KEY as KEY } from "@/lib/edit-link-script";
import { readStored, removeStored } from "./storage";

/** The token of a private edit link this page was opened from, taken (once) for this plan's page; null otherwise. */
export function takeEditLinkToken(path: string): string | null {
  const raw = readStored(KEY, "session");
  if (raw === null) return null;
  removeStored(KEY, "session");
  try {
    const { path: opened, token } = JSON.parse(raw) as { path?: unknown; token?: unknown };
    // A token that is not one (cut short, mistyped) is still offered: the server says it does not work.
    return opened === path && typeof token === "string" ? (EditToken.safeParse(token).success ? token : token.slice(0, 200) || "x") : null;
  } catch {
    return null;
  }
}
