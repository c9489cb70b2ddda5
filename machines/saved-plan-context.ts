// The saved-plan machine's context, events and the view it gives, without the machine itself:
// what the page reads before the machine runs (as the server rendered it) is the same shape.
import type { SavedPlan } from "@/lib/api-contract";
import type { Failure } from "@/lib/api-result";
import type { CommandBody, CommandName } from "@/lib/plan-commands";

/** The browser's proof of ownership: the plan's id and an edit token this browser keeps. */
export type Owner = { id: string; editToken: string };

/** A command the owner can ask for from the page, and its body without the version (added as it is sent). */
type PageCommand = Exclude<CommandName, "owner">;
export type Ask = { [C in PageCommand]: { command: C; body: Omit<CommandBody<C>, "version"> } }[PageCommand];

/** One change the owner asked for: numbered so a screen can wait for its own reply, with the key its retries share. */
type Request = Ask & { n: number; key: string };

/** How a change finished: the change, the failure to explain or null, and what the server answered. */
export type Reply = { request: Request; failure: Failure | null; data: unknown };

/** Opening the plan from its private edit link: while its token is traded for this device's own, then how that went. */
export type EditLinkCheck = { status: "checking" } | { status: "done"; failure: Failure | null; stored: boolean };

export type SavedPlanContext = {
  planId: string;
  /** the server's last word; null until a plan that was not handed in has loaded */
  server: SavedPlan | null;
  /** undefined until the machine knows who this browser is; null for a viewer */
  owner: Owner | null | undefined;
  /** changes not yet confirmed; the first is on its way while the machine is sending */
  queue: Request[];
  /** the change on its way was already applied again once, after a 409 */
  reapplied: boolean;
  /** how many times the change on its way was sent again after the connection failed */
  retries: number;
  /** how many changes have been asked for: the next one's number */
  asked: number;
  /** how the last change finished */
  reply: Reply | null;
  /** why the plan could not be loaded, while it could not */
  loadFailure: Failure | null;
  /** how opening the page from its private edit link went, if it was */
  editLink: EditLinkCheck | null;
  /** the private edit link's token (and the key of its trade) while it is traded */
  link: { token: string; key: string } | null;
  /** the owner's count of the devices that hold the plan, once known */
  devices: { devices: number; linkWaiting: boolean } | null;
};

export type SavedPlanEvent =
  /** this browser's list of plans says who owns the plan here (sent when the machine starts and whenever it changes) */
  | { type: "browser.owner"; owner: Owner | null }
  /** the page was opened from a private edit link with this token */
  | { type: "link.opened"; token: string; key: string }
  | ({ type: "plan.command"; key: string } & Ask)
  | { type: "plan.reload" }
  /** another tab or device changed the plan */
  | { type: "plan.changedElsewhere"; version: number };

export type SavedPlanInput = { planId: string; plan: SavedPlan | null };

/** The plan as the owner sees it: the server's plan with the queued ticks applied on top. */
export function viewOf(context: Pick<SavedPlanContext, "server" | "queue">): SavedPlan | null {
  const { server, queue } = context;
  if (!server) return null;
  const ticks = queue.flatMap((r) => (r.command === "update" && r.body.steps ? [r.body.steps] : []));
  if (ticks.length === 0) return server;
  return { ...server, done: Object.assign({ ...server.done }, ...ticks) as Record<string, boolean> };
}

/** The context the machine starts from, for this input. */
export const initialContext = ({ planId, plan }: SavedPlanInput): SavedPlanContext => ({
  planId,
  server: plan,
  owner: undefined,
  queue: [],
  reapplied: false,
  retries: 0,
  asked: 0,
  reply: null,
  loadFailure: null,
  editLink: null,
  link: null,
  devices: null,
});
