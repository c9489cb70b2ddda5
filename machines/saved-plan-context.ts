// The saved-plan machine's context, events and the view it gives, without the machine itself:
// what the page reads while the machine is not running (a viewer, or before the browser knows it
// is the owner) is the same shape, so the page needs no xstate until the owner changes something.
import type { OptionId } from "@/data/ids";
import type { RescheduleResponse, SavedPlan } from "@/lib/api-contract";
import type { Failure } from "@/lib/api-result";

/** The browser's proof of ownership: the plan's id and edit token as this browser keeps them. */
export type Owner = { id: string; editToken: string };

/** One change the owner asked for, numbered so a screen can wait for its own reply. */
export type Request =
  | { n: number; kind: "tick"; steps: Record<string, boolean> }
  | { n: number; kind: "rename"; title: string }
  | { n: number; kind: "reschedule"; hours?: OptionId<"hours"> }
  | { n: number; kind: "check-in"; answers: boolean[] }
  | { n: number; kind: "switch" }
  | { n: number; kind: "new-link" }
  | { n: number; kind: "delete" };

/** How a change finished: the change itself, and the failure to explain or null. */
export type Reply = { request: Request; failure: Failure | null };

export type SavedPlanContext = {
  planId: string;
  /** the server's last word; null until a plan that was not handed in has loaded */
  server: SavedPlan | null;
  /** undefined until the browser has looked for the edit token; null for a viewer */
  owner: Owner | null | undefined;
  /** changes not yet confirmed; the first is on its way while the machine is busy */
  queue: Request[];
  /** the change on its way was already applied again once, after a 409 */
  reapplied: boolean;
  /** how many changes have been asked for: the next one's number */
  asked: number;
  /** how the last change finished */
  reply: Reply | null;
  /** why the plan could not be loaded, while it could not */
  loadFailure: Failure | null;
  /** what the last reschedule moved where, and why */
  moves: RescheduleResponse["moves"];
};

export type SavedPlanEvent =
  | { type: "owner.changed"; owner: Owner | null }
  | { type: "step.set"; stepId: string; done: boolean }
  | { type: "plan.rename"; title: string }
  | { type: "plan.reschedule"; hours?: OptionId<"hours"> }
  | { type: "plan.checkIn"; answers: boolean[] }
  | { type: "plan.switch" }
  | { type: "plan.newLink" }
  | { type: "plan.delete" }
  | { type: "plan.reload" };

export type SavedPlanInput = { planId: string; plan: SavedPlan | null; owner?: Owner | null };

/** The plan as the owner sees it: the server's plan with the queued ticks applied on top. */
export function viewOf(context: Pick<SavedPlanContext, "server" | "queue">): SavedPlan | null {
  const { server, queue } = context;
  if (!server) return null;
  const ticks = queue.filter((r) => r.kind === "tick");
  if (ticks.length === 0) return server;
  const done = { ...server.done };
  for (const tick of ticks) Object.assign(done, tick.steps);
  return { ...server, done };
}

/** Opening the plan from its private edit link: while its token is checked, then how that went. */
export type EditLinkCheck = { status: "checking" } | { status: "done"; failure: Failure | null; stored: boolean };

/**
 * Whether the page shows this browser as the plan's owner: undefined while that is not known yet
 * (before the browser has looked for the edit token, and while an edit link's token is checked).
 */
export function shownAsOwner(owner: Owner | null | undefined, editLink: EditLinkCheck | null): boolean | undefined {
  return owner === undefined || editLink?.status === "checking" ? undefined : owner !== null;
}

/**
 * What the page does with the saved-plan machine as it learns who this browser is: nothing while
 * that is not known; a viewer of a plan the server rendered needs no machine; otherwise the machine
 * starts once, and after that every change of owner (a token stored or forgotten in another tab)
 * is an event it is sent.
 */
export type Arrival = "wait" | "viewer" | "start" | "forward";

export function arrival({
  known,
  owner,
  rendered,
  started,
}: {
  known: boolean;
  owner: Owner | null;
  rendered: boolean;
  started: boolean;
}): Arrival {
  if (!known) return "wait";
  if (started) return "forward";
  return owner === null && rendered ? "viewer" : "start";
}

/** The context the machine starts from, for this input. */
export const initialContext = ({ planId, plan, owner }: SavedPlanInput): SavedPlanContext => ({
  planId,
  server: plan,
  owner,
  queue: [],
  reapplied: false,
  asked: 0,
  reply: null,
  loadFailure: null,
  moves: [],
});
