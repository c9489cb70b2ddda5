// The private edit link: the plan's address with its edit token in the fragment,
// <origin>/plans/<id>#edit=<token>. A browser never sends the fragment to a server, so the token
// stays out of requests, server logs and Referer headers. The page that opens such a link takes
// the token out of the address bar at once, asks the server whether it is this plan's, and only
// then keeps it, as the browser that saved the plan does (plan-store.ts).
import { shareUrl } from "@/lib/addresses";
import { EditToken } from "@/lib/api-contract";
import type { Result } from "@/lib/api-result";
import { addPlan, findPlan } from "./plan-store";

const FRAGMENT = "#edit=";

/** The edit link for a plan: anyone who opens it can change the plan. */
export const editLink = (origin: string, id: string, token: string): string => `${shareUrl(origin, id)}${FRAGMENT}${token}`;

/** The plan as this browser's list keeps it. */
type Listed = { id: string; title: string; routeName: string };

/** The owner the edit link made this browser, and whether this browser could keep the token. */
type EditLinkResult = Result<{ owner: { id: string; editToken: string }; stored: boolean }>;

type Listener = { opened: () => void; checked: (result: EditLinkResult) => void };

/**
 * Called once when a plan's page starts: takes an edit link from the address now, and whenever one
 * is opened on the page already showing the plan (only the fragment changes, so the page stays).
 * Returns the function that stops listening.
 */
export function takeEditLinks(plan: Listed, listener: Listener): () => void {
  const take = () => {
    const checking = openEditLink(plan);
    if (!checking) return;
    listener.opened();
    void checking.then(listener.checked);
  };
  take();
  window.addEventListener("hashchange", take);
  return () => window.removeEventListener("hashchange", take);
}

/**
 * Null when the address holds no edit link; otherwise the fragment leaves the address bar straight
 * away, whatever comes next, and the promise says how the check went: "gone" when the token is not
 * this plan's (mistyped, cut short, or revoked by a new link), or why the server could not be asked.
 */
function openEditLink(plan: Listed): Promise<EditLinkResult> | null {
  const { hash, pathname, search } = window.location;
  if (!hash.startsWith(FRAGMENT)) return null;
  const token = hash.slice(FRAGMENT.length);
  // Through Next's own history.replaceState (null state), so that its router forgets the fragment
  // too and never writes it back. Its patch is installed by an effect of the router, which runs
  // after the page's effects at hydration: hence the microtask.
  return Promise.resolve().then(() => {
    window.history.replaceState(null, "", `${pathname}${search}`);
    return check(plan, token);
  });
}

async function check(plan: Listed, token: string): Promise<EditLinkResult> {
  if (!EditToken.safeParse(token).success) return { ok: false, reason: "gone" };
  // The API client loads only here: a viewer's page never needs it.
  const { checkOwner } = await import("./plan-client");
  const answer = await checkOwner(plan.id, token);
  if (!answer.ok) return answer;
  const savedAt = findPlan(plan.id)?.savedAt ?? new Date().toISOString();
  const stored = addPlan({ ...plan, editToken: token, savedAt });
  return { ok: true, data: { owner: { id: plan.id, editToken: token }, stored } };
}
