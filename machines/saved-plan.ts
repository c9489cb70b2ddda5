// A saved plan in the browser: who may change it, and every change the owner makes. Anyone with
// the link is a viewer; the browser that holds the edit token is the owner. The owner's changes
// (ticks, a new title, a reschedule, a check-in, a switch at the checkpoint, a new link, deleting)
// queue up and go to the server one at a time, each with the plan's latest version. Ticks show
// at once (the view applies the queued ones over the server's plan); a 409 means another tab or
// device changed the plan first: the machine takes the plan the server sent and, for a tick or a
// title (values are set, never toggled), applies the same change once more on top of it; a
// reschedule, check-in or switch is not repeated, since the plan it was asked on has changed. Any
// other failure drops the change, which rolls a tick back, and says why. Requests and the browser's own bookkeeping (this browser's list of plans, one-time
// messages, navigation) are actors and actions supplied with .provide() from browser/saved-plan.ts.
import { assign, fromPromise, setup } from "xstate";
import type { NewLinkResponse, RescheduleResponse, SavedPlan, SwitchResponse } from "@/lib/api-contract";
import type { Failure, Result } from "@/lib/api-result";
import { initialContext, type Request, type SavedPlanContext, type SavedPlanEvent, type SavedPlanInput } from "./saved-plan-context";

export * from "./saved-plan-context";

type Change = { steps: Record<string, boolean> } | { title: string };

const head = (context: SavedPlanContext) => context.queue[0];
const changeOf = (request: Request | undefined): Change =>
  request?.kind === "rename" ? { title: request.title } : { steps: request?.kind === "tick" ? request.steps : {} };

/** The plan the server sent, unless the machine already holds a newer one. */
const accepted = (context: SavedPlanContext, plan: SavedPlan): Partial<SavedPlanContext> =>
  context.server && plan.version < context.server.version ? {} : { server: plan, planId: plan.id };

/** The change at the head of the queue is over, with this failure or none. */
const finished = (context: SavedPlanContext, failure: Failure | null): Partial<SavedPlanContext> => {
  const [done, ...rest] = context.queue;
  return { queue: rest, reapplied: false, reply: done ? { request: done, failure } : context.reply };
};

/** A request the machine names; the browser supplies it where the machine is mounted. */
const supplied = <Output, Input>(name: string) =>
  fromPromise<Output, Input>(() => Promise.reject(new Error(`${name} is supplied where the machine is mounted`)));

export const savedPlanMachine = setup({
  types: {
    context: {} as SavedPlanContext,
    events: {} as SavedPlanEvent,
    input: {} as SavedPlanInput,
  },
  actors: {
    load: supplied<Result<SavedPlan>, { id: string }>("load"),
    patch: supplied<Result<SavedPlan>, { id: string; token: string; version: number; change: Change }>("patch"),
    renew: supplied<Result<NewLinkResponse>, { id: string; token: string }>("renew"),
    remove: supplied<Result<unknown>, { id: string; token: string }>("remove"),
    live: supplied<
      Result<SavedPlan | RescheduleResponse>,
      { id: string; token: string; version: number; request: Extract<Request, { kind: "reschedule" | "check-in" }> }
    >("live"),
    switchPlan: supplied<Result<SwitchResponse>, { id: string; token: string; version: number }>("switchPlan"),
  },
  actions: {
    /** this browser's list of plans follows a rename (supplied) */
    renamed: (_, _params: { id: string; title: string }) => {},
    /** the plan moved to a new link with a new edit token: this browser keeps both and goes there (supplied) */
    moved: (_, _params: { from: string; to: string; editToken: string }) => {},
    /** the plan is gone for good: forget it here and leave the page (supplied) */
    deleted: (_, _params: { id: string; title: string }) => {},
    /** the plan was deleted or moved elsewhere: forget it here (supplied) */
    lost: (_, _params: { id: string }) => {},
    /** the plan's dates or check-ins changed: what the server rendered should follow (supplied) */
    changed: () => {},
    /** switched at the checkpoint: this browser keeps the new plan, linked to this one, and goes there (supplied) */
    switched: (_, _params: { from: string; created: SwitchResponse }) => {},
    accept: assign(({ context }, plan: SavedPlan) => accepted(context, plan)),
    ask: assign(({ context }, request: Omit<Request, "n"> & Partial<Pick<Request, "n">>) => ({
      queue: [...context.queue, { ...request, n: context.asked } as Request],
      asked: context.asked + 1,
    })),
    finish: assign(({ context }, failure: Failure | null) => finished(context, failure)),
    /** A change not made, and not to be tried again: after a 409 the page shows the plan as it is now; the reply says why. */
    refuse: assign(({ context }, failure: Failure) => ({
      ...(failure.reason === "conflict" ? accepted(context, failure.plan) : {}),
      ...finished(context, failure),
    })),
  },
  guards: {
    owns: ({ context }) => Boolean(context.owner),
    hasQueue: ({ context }) => context.queue.length > 0,
    isPatch: ({ context }) => head(context)?.kind === "tick" || head(context)?.kind === "rename",
    isNewLink: ({ context }) => head(context)?.kind === "new-link",
    isLiving: ({ context }) => head(context)?.kind === "reschedule" || head(context)?.kind === "check-in",
    isSwitch: ({ context }) => head(context)?.kind === "switch",
    succeeded: (_, result: Result<unknown>) => result.ok,
    /** a first 409: another tab or device changed the plan; apply the change once more on top */
    firstConflict: ({ context }, result: Result<unknown>) => !result.ok && result.reason === "conflict" && !context.reapplied,
    /** deleting a plan that is already gone has done what was asked */
    goneAlready: (_, result: Result<unknown>) => !result.ok && result.reason === "gone",
  },
}).createMachine({
  id: "savedPlan",
  context: ({ input }) => initialContext(input),
  initial: "starting",
  on: {
    "owner.changed": { actions: assign({ owner: ({ event }) => event.owner }) },
  },
  states: {
    starting: {
      always: [{ guard: ({ context }) => context.server !== null, target: "ready" }, { target: "loading" }],
    },
    loading: {
      invoke: {
        id: "load",
        src: "load",
        input: ({ context }) => ({ id: context.planId }),
        onDone: [
          {
            guard: { type: "succeeded", params: ({ event }) => event.output },
            target: "ready",
            actions: [{ type: "accept", params: ({ event }) => (event.output as { data: SavedPlan }).data }, assign({ loadFailure: null })],
          },
          {
            guard: { type: "goneAlready", params: ({ event }) => event.output },
            target: "gone",
            actions: { type: "lost", params: ({ context }) => ({ id: context.planId }) },
          },
          { target: "failed", actions: assign({ loadFailure: ({ event }) => event.output as Failure }) },
        ],
        onError: { target: "failed", actions: assign({ loadFailure: { ok: false, reason: "server" } }) },
      },
    },
    failed: {
      on: { "plan.reload": "loading" },
    },
    ready: {
      initial: "idle",
      on: {
        "step.set": {
          guard: "owns",
          actions: { type: "ask", params: ({ event }) => ({ kind: "tick", steps: { [event.stepId]: event.done } }) },
        },
        "plan.rename": { guard: "owns", actions: { type: "ask", params: ({ event }) => ({ kind: "rename", title: event.title }) } },
        "plan.reschedule": { guard: "owns", actions: { type: "ask", params: ({ event }) => ({ kind: "reschedule", hours: event.hours }) } },
        "plan.checkIn": { guard: "owns", actions: { type: "ask", params: ({ event }) => ({ kind: "check-in", answers: event.answers }) } },
        "plan.switch": { guard: "owns", actions: { type: "ask", params: { kind: "switch" } } },
        "plan.newLink": { guard: "owns", actions: { type: "ask", params: { kind: "new-link" } } },
        "plan.delete": { guard: "owns", actions: { type: "ask", params: { kind: "delete" } } },
      },
      states: {
        idle: {
          always: { guard: "hasQueue", target: "busy" },
        },
        busy: {
          always: [
            { guard: "isPatch", target: "patching" },
            { guard: "isLiving", target: "living" },
            { guard: "isSwitch", target: "switching" },
            { guard: "isNewLink", target: "renewing" },
            { target: "removing" },
          ],
        },
        patching: {
          invoke: {
            id: "patch",
            src: "patch",
            input: ({ context }) => ({
              id: context.server!.id,
              token: context.owner?.editToken ?? "",
              version: context.server!.version,
              change: changeOf(head(context)),
            }),
            onDone: [
              {
                guard: { type: "succeeded", params: ({ event }) => event.output },
                target: "idle",
                actions: [
                  { type: "accept", params: ({ event }) => (event.output as { data: SavedPlan }).data },
                  {
                    type: "renamed",
                    params: ({ context, event }) => ({ id: context.planId, title: (event.output as { data: SavedPlan }).data.title }),
                  },
                  { type: "finish", params: null },
                ],
              },
              {
                guard: { type: "firstConflict", params: ({ event }) => event.output },
                target: "patching",
                reenter: true,
                actions: [
                  { type: "accept", params: ({ event }) => (event.output as { plan: SavedPlan }).plan },
                  assign({ reapplied: true }),
                ],
              },
              { target: "idle", actions: { type: "finish", params: ({ event }) => event.output as Failure } },
            ],
            onError: { target: "idle", actions: { type: "finish", params: { ok: false, reason: "server" } } },
          },
        },
        living: {
          invoke: {
            id: "live",
            src: "live",
            input: ({ context }) => ({
              id: context.server!.id,
              token: context.owner?.editToken ?? "",
              version: context.server!.version,
              request: head(context) as Extract<Request, { kind: "reschedule" | "check-in" }>,
            }),
            onDone: [
              {
                guard: { type: "succeeded", params: ({ event }) => event.output },
                target: "idle",
                actions: [
                  {
                    type: "accept",
                    params: ({ event }) => {
                      const data = (event.output as { data: SavedPlan | RescheduleResponse }).data;
                      return "moves" in data ? data.plan : data;
                    },
                  },
                  assign({
                    moves: ({ context, event }) => {
                      const data = (event.output as { data: SavedPlan | RescheduleResponse }).data;
                      return "moves" in data ? data.moves : context.moves;
                    },
                  }),
                  { type: "finish", params: null },
                  "changed",
                ],
              },
              // Not repeated on a plan that has changed since (a 409): the page shows it as it is now.
              { target: "idle", actions: { type: "refuse", params: ({ event }) => event.output as Failure } },
            ],
            onError: { target: "idle", actions: { type: "finish", params: { ok: false, reason: "server" } } },
          },
        },
        switching: {
          invoke: {
            id: "switchPlan",
            src: "switchPlan",
            input: ({ context }) => ({ id: context.planId, token: context.owner?.editToken ?? "", version: context.server!.version }),
            onDone: [
              {
                guard: { type: "succeeded", params: ({ event }) => event.output },
                target: "#savedPlan.switched",
                actions: [
                  { type: "accept", params: ({ event }) => (event.output as { data: SwitchResponse }).data.from },
                  { type: "finish", params: null },
                  {
                    type: "switched",
                    params: ({ context, event }) => ({ from: context.planId, created: (event.output as { data: SwitchResponse }).data }),
                  },
                ],
              },
              { target: "idle", actions: { type: "refuse", params: ({ event }) => event.output as Failure } },
            ],
            onError: { target: "idle", actions: { type: "finish", params: { ok: false, reason: "server" } } },
          },
        },
        renewing: {
          invoke: {
            id: "renew",
            src: "renew",
            input: ({ context }) => ({ id: context.planId, token: context.owner?.editToken ?? "" }),
            onDone: [
              {
                guard: { type: "succeeded", params: ({ event }) => event.output },
                target: "#savedPlan.moved",
                actions: [
                  { type: "finish", params: null },
                  {
                    type: "moved",
                    params: ({ context, event }) => {
                      const { id, editToken } = (event.output as { data: NewLinkResponse }).data;
                      return { from: context.planId, to: id, editToken };
                    },
                  },
                ],
              },
              { target: "idle", actions: { type: "finish", params: ({ event }) => event.output as Failure } },
            ],
            onError: { target: "idle", actions: { type: "finish", params: { ok: false, reason: "server" } } },
          },
        },
        removing: {
          invoke: {
            id: "remove",
            src: "remove",
            input: ({ context }) => ({ id: context.planId, token: context.owner?.editToken ?? "" }),
            onDone: [
              {
                guard: ({ event }) => event.output.ok || event.output.reason === "gone",
                target: "#savedPlan.deleted",
                actions: [
                  { type: "finish", params: null },
                  { type: "deleted", params: ({ context }) => ({ id: context.planId, title: context.server?.title ?? "" }) },
                ],
              },
              { target: "idle", actions: { type: "finish", params: ({ event }) => event.output as Failure } },
            ],
            onError: { target: "idle", actions: { type: "finish", params: { ok: false, reason: "server" } } },
          },
        },
      },
    },
    /** The plan lives at a new link now; the page is on its way there. */
    moved: { type: "final" },
    /** Switched at the checkpoint: the page is on its way to the new plan. */
    switched: { type: "final" },
    /** Deleted: the page is on its way out. */
    deleted: { type: "final" },
    /** Deleted or moved elsewhere before it loaded. */
    gone: { type: "final" },
  },
});
