// A saved plan in the browser: who may change it, and every change the owner makes.
//
// Arriving, the machine learns who this browser is from its list of plans (the `owner` callback
// actor) and, if the page was opened from a private edit link, trades the link's token for this
// device's own (the `owner` command) before it shows anyone as owner or viewer. A viewer only
// watches. The owner's changes (every owner command of lib/plan-commands.ts) queue up and go to
// the server one at a time from one state, each with the plan's latest version and the
// Idempotency-Key of the user action it belongs to. Ticks show at once (the view applies the
// queued ones over the server's plan). A 409 means another tab or device changed the plan first:
// the machine takes the plan the server sent and applies the same change once more on top of it,
// whatever the change. A lost connection is retried twice with the same key (the server answers a
// retry as it answered the first). Any other failure drops the change, which rolls a tick back,
// and says why. After a change, other tabs are told, and they load the plan again.
//
// Requests and the browser's own bookkeeping (this browser's list of plans, one-time messages,
// navigation, telling other tabs) are actors and actions supplied with .provide() from
// browser/saved-plan.ts.
import { and, assign, fromCallback, fromPromise, setup, type EventObject } from "xstate";
import type { NewLinkResponse, OwnerResponse, SavedPlan, SwitchResponse } from "@/lib/api-contract";
import type { Failure, Result } from "@/lib/api-result";
import type { CommandName } from "@/lib/plan-commands";
import { initialContext, type Owner, type SavedPlanContext, type SavedPlanEvent, type SavedPlanInput } from "./saved-plan-context";

export * from "./saved-plan-context";

/** What the `command` actor is given: the request as sent. */
export type CommandInput = { id: string; token: string; command: CommandName; body: object; key: string };

const head = (context: SavedPlanContext) => context.queue[0];

/** The plan the server sent, unless the machine already holds a newer one. */
const accepted = (context: SavedPlanContext, plan: SavedPlan | null | undefined): Partial<SavedPlanContext> =>
  !plan || (context.server && plan.version < context.server.version) ? {} : { server: plan, planId: plan.id };

/** The change at the head of the queue is over, with this failure or none, and what the server answered. */
const finished = (context: SavedPlanContext, failure: Failure | null, data: unknown = null): Partial<SavedPlanContext> => {
  const [done, ...rest] = context.queue;
  return { queue: rest, reapplied: false, retries: 0, reply: done ? { request: done, failure, data } : context.reply };
};

/** The plan a command's reply carries: the plan itself, a move's plan, or the plan switched from. */
function planIn(command: CommandName, data: unknown): SavedPlan | null {
  if (command === "update" || command === "check-in" || command === "plan-b") return data as SavedPlan;
  if (command === "reschedule") return (data as { plan: SavedPlan }).plan;
  if (command === "switch") return (data as SwitchResponse).from;
  return null;
}

/** A request the machine names; the browser supplies it where the machine is mounted. */
const supplied = <Output, Input>(name: string) =>
  fromPromise<Output, Input>(() => Promise.reject(new Error(`${name} is supplied where the machine is mounted`)));
const listens = (name: string) =>
  fromCallback<EventObject, { id: string }>(() => {
    throw new Error(`${name} is supplied where the machine is mounted`);
  });

const dataOf = <T>(result: Result<unknown>) => (result as { data: T }).data;

export const savedPlanMachine = setup({
  types: {
    context: {} as SavedPlanContext,
    events: {} as SavedPlanEvent,
    input: {} as SavedPlanInput,
  },
  actors: {
    load: supplied<Result<SavedPlan>, { id: string; token: string | null }>("load"),
    countDevices: supplied<Result<{ devices: number; linkWaiting: boolean }>, { id: string; token: string }>("countDevices"),
    command: supplied<Result<unknown>, CommandInput>("command"),
    /** this browser's list of plans: sends browser.owner now and whenever it changes */
    owner: listens("owner"),
    /** other tabs and devices changing the plan: sends plan.changedElsewhere */
    otherTabs: listens("otherTabs"),
  },
  actions: {
    /** this browser's list of plans follows a rename (supplied) */
    renamed: (_, _params: { id: string; title: string }) => {},
    /** a private edit link made this device an owner: keep the token in this browser's list (supplied) */
    kept: (_, _params: { owner: Owner; plan: SavedPlan | null }) => {},
    /** the plan moved to a new link with a new edit token: this browser keeps both and goes there (supplied) */
    moved: (_, _params: { from: string; to: string; editToken: string }) => {},
    /** the plan is gone for good: forget it here and leave the page (supplied) */
    deleted: (_, _params: { id: string; title: string }) => {},
    /** the plan was deleted or moved elsewhere: forget it here (supplied) */
    lost: (_, _params: { id: string }) => {},
    /** the plan changed: what the server rendered should follow, and other tabs are told (supplied) */
    changed: (_, _params: { id: string; version: number }) => {},
    /** another tab changed the plan: what the server rendered should follow (supplied) */
    rerender: () => {},
    /** switched at the checkpoint: this browser keeps the new plan, linked to this one, and goes there (supplied) */
    switched: (_, _params: { from: string; created: SwitchResponse }) => {},
    accept: assign(({ context }, plan: SavedPlan | null | undefined) => accepted(context, plan)),
    takeLink: assign({ link: ({ event }) => (event.type === "link.opened" ? { token: event.token, key: event.key } : null) }),
    ask: assign(({ context, event }) => {
      if (event.type !== "plan.command") return {};
      const { type: _, ...request } = event;
      return { queue: [...context.queue, { ...request, n: context.asked }], asked: context.asked + 1 };
    }),
    finish: assign(({ context }, { failure, data }: { failure: Failure | null; data?: unknown }) => finished(context, failure, data)),
  },
  guards: {
    owns: ({ context }) => Boolean(context.owner),
    hasQueue: ({ context }) => context.queue.length > 0,
    hasPlan: ({ context }) => context.server !== null,
    ownerKnown: ({ event }) => event.type === "browser.owner" && event.owner !== null,
    succeeded: (_, result: Result<unknown>) => result.ok,
    /** a first 409: another tab or device changed the plan; apply the change once more on top */
    firstConflict: ({ context }, result: Result<unknown>) => !result.ok && result.reason === "conflict" && !context.reapplied,
    /** the connection failed: send the same request again, twice at most */
    mayRetry: ({ context }, result: Result<unknown>) => !result.ok && result.reason === "offline" && context.retries < 2,
    /** deleting a plan that is already gone has done what was asked */
    goneAlready: (_, result: Result<unknown>) => !result.ok && result.reason === "gone",
    /** a change the page moves on after */
    ends: ({ context }) => ["switch", "new-link", "delete"].includes(head(context)?.command ?? ""),
    newer: ({ context, event }) => event.type === "plan.changedElsewhere" && event.version > (context.server?.version ?? 0),
  },
}).createMachine({
  id: "savedPlan",
  context: ({ input }) => initialContext(input),
  invoke: { id: "owner", src: "owner", input: ({ context }) => ({ id: context.planId }) },
  initial: "arriving",
  states: {
    /** Nobody is shown as owner or viewer until this browser's list has been read. */
    arriving: {
      on: {
        "link.opened": { target: "checkingLink", actions: "takeLink" },
        "browser.owner": [
          { guard: "ownerKnown", target: "owner", actions: assign({ owner: ({ event }) => event.owner }) },
          { guard: "hasPlan", target: "viewer", actions: assign({ owner: null }) },
          { target: "viewer.loading", actions: assign({ owner: null }) },
        ],
      },
    },
    /** Opened from a private edit link: its token is traded for this device's own, once. */
    checkingLink: {
      entry: assign({ editLink: { status: "checking" } }),
      on: { "browser.owner": { actions: [] } },
      invoke: {
        id: "trade",
        src: "command",
        input: ({ context }) => ({ id: context.planId, token: context.link!.token, command: "owner", body: {}, key: context.link!.key }),
        onDone: [
          {
            // A private edit link's token, traded; or (no token back) a token already this device's.
            guard: { type: "succeeded", params: ({ event }) => event.output },
            target: "owner",
            actions: [
              assign(({ context, event }) => ({
                owner: { id: context.planId, editToken: dataOf<OwnerResponse | null>(event.output)?.editToken ?? context.link!.token },
                link: null,
              })),
              { type: "kept", params: ({ context }) => ({ owner: context.owner!, plan: context.server }) },
              assign({ editLink: { status: "done", failure: null, stored: true } }),
            ],
          },
          {
            target: "viewer",
            actions: assign({
              owner: null,
              link: null,
              editLink: ({ event }) => ({ status: "done", failure: event.output as Failure, stored: false }),
            }),
          },
        ],
        onError: {
          target: "viewer",
          actions: assign({
            owner: null,
            link: null,
            editLink: { status: "done", failure: { ok: false, reason: "server" }, stored: false },
          }),
        },
      },
    },
    viewer: {
      initial: "watching",
      on: {
        "browser.owner": { guard: "ownerKnown", target: "owner", actions: assign({ owner: ({ event }) => event.owner }) },
        "link.opened": { target: "checkingLink", actions: "takeLink" },
      },
      states: {
        watching: {},
        loading: {
          invoke: {
            id: "loadForViewer",
            src: "load",
            input: ({ context }) => ({ id: context.planId, token: null }),
            onDone: [
              {
                guard: { type: "succeeded", params: ({ event }) => event.output },
                target: "watching",
                actions: { type: "accept", params: ({ event }) => dataOf<SavedPlan>(event.output) },
              },
              { target: "#savedPlan.failed", actions: assign({ loadFailure: ({ event }) => event.output as Failure }) },
            ],
            onError: { target: "#savedPlan.failed", actions: assign({ loadFailure: { ok: false, reason: "server" } }) },
          },
        },
      },
    },
    failed: {
      on: { "plan.reload": [{ guard: "owns", target: "owner" }, { target: "viewer.loading" }] },
    },
    owner: {
      initial: "loading",
      invoke: [
        { id: "otherTabs", src: "otherTabs", input: ({ context }) => ({ id: context.planId }) },
        {
          id: "countDevices",
          src: "countDevices",
          input: ({ context }) => ({ id: context.planId, token: context.owner?.editToken ?? "" }),
          onDone: {
            guard: { type: "succeeded", params: ({ event }) => event.output },
            actions: assign({ devices: ({ event }) => dataOf(event.output) }),
          },
        },
      ],
      on: {
        // Another tab forgot the plan (or stored another token): what is on its way finishes, nothing new is taken.
        "browser.owner": { actions: assign({ owner: ({ event }) => (event as { owner: Owner | null }).owner }) },
        // Changes are asked for on a plan the page shows.
        "plan.command": { guard: and(["owns", "hasPlan"]), actions: "ask" },
      },
      states: {
        /** The owner's view of the plan (with the answers, and where it goes on after a switch), by its token. */
        loading: {
          invoke: {
            id: "load",
            src: "load",
            input: ({ context }) => ({ id: context.planId, token: context.owner?.editToken ?? null }),
            onDone: [
              {
                guard: { type: "succeeded", params: ({ event }) => event.output },
                target: "idle",
                actions: [{ type: "accept", params: ({ event }) => dataOf<SavedPlan>(event.output) }, assign({ loadFailure: null })],
              },
              {
                guard: { type: "goneAlready", params: ({ event }) => event.output },
                target: "#savedPlan.gone",
                actions: { type: "lost", params: ({ context }) => ({ id: context.planId }) },
              },
              // The page still shows the plan as the server rendered it, if it did.
              { guard: "hasPlan", target: "idle" },
              { target: "#savedPlan.failed", actions: assign({ loadFailure: ({ event }) => event.output as Failure }) },
            ],
            onError: [
              { guard: "hasPlan", target: "idle" },
              { target: "#savedPlan.failed", actions: assign({ loadFailure: { ok: false, reason: "server" } }) },
            ],
          },
        },
        idle: {
          always: [
            { guard: "hasQueue", target: "sending" },
            { guard: ({ context }) => !context.owner, target: "#savedPlan.viewer" },
          ],
          on: { "plan.changedElsewhere": { guard: "newer", target: "loading", actions: "rerender" } },
        },
        sending: {
          invoke: {
            id: "command",
            src: "command",
            input: ({ context }) => {
              const request = head(context)!;
              const versioned = ["update", "reschedule", "check-in", "plan-b", "switch"].includes(request.command);
              return {
                id: context.planId,
                token: context.owner?.editToken ?? "",
                command: request.command,
                body: versioned ? { ...request.body, version: context.server!.version } : request.body,
                key: request.key,
              };
            },
            onDone: [
              {
                guard: { type: "succeeded", params: ({ event }) => event.output },
                target: "done",
                actions: [
                  { type: "accept", params: ({ context, event }) => planIn(head(context)!.command, dataOf(event.output)) },
                  // A private edit link made waits to be opened.
                  assign({
                    devices: ({ context }) =>
                      head(context)?.command === "edit-link" && context.devices
                        ? { ...context.devices, linkWaiting: true }
                        : context.devices,
                  }),
                  { type: "finish", params: ({ event }) => ({ failure: null, data: dataOf(event.output) }) },
                ],
              },
              {
                guard: { type: "firstConflict", params: ({ event }) => event.output },
                target: "sending",
                reenter: true,
                actions: [
                  { type: "accept", params: ({ event }) => (event.output as Extract<Failure, { reason: "conflict" }>).plan },
                  assign({ reapplied: true }),
                ],
              },
              {
                guard: { type: "mayRetry", params: ({ event }) => event.output },
                target: "retrying",
              },
              {
                // Deleting a plan that is already gone has done what was asked.
                guard: ({ context, event }) => head(context)?.command === "delete" && !event.output.ok && event.output.reason === "gone",
                target: "#savedPlan.deleted",
                actions: [
                  { type: "finish", params: { failure: null } },
                  { type: "deleted", params: ({ context }) => ({ id: context.planId, title: context.server?.title ?? "" }) },
                ],
              },
              { target: "idle", actions: { type: "finish", params: ({ event }) => ({ failure: event.output as Failure }) } },
            ],
            onError: { target: "idle", actions: { type: "finish", params: { failure: { ok: false, reason: "server" } } } },
          },
        },
        /** The connection failed: the same request, with the same key, in a moment. */
        retrying: {
          entry: assign({ retries: ({ context }) => context.retries + 1 }),
          after: { 1500: "sending" },
        },
        /** A change went through: what follows from it. */
        done: {
          always: [
            {
              guard: ({ context }) => context.reply?.request.command === "switch",
              target: "#savedPlan.switched",
              actions: {
                type: "switched",
                params: ({ context }) => ({ from: context.planId, created: context.reply!.data as SwitchResponse }),
              },
            },
            {
              guard: ({ context }) => context.reply?.request.command === "new-link",
              target: "#savedPlan.moved",
              actions: {
                type: "moved",
                params: ({ context }) => {
                  const { id, editToken } = context.reply!.data as NewLinkResponse;
                  return { from: context.planId, to: id, editToken };
                },
              },
            },
            {
              guard: ({ context }) => context.reply?.request.command === "delete",
              target: "#savedPlan.deleted",
              actions: { type: "deleted", params: ({ context }) => ({ id: context.planId, title: context.server?.title ?? "" }) },
            },
            {
              target: "idle",
              actions: [
                { type: "renamed", params: ({ context }) => ({ id: context.planId, title: context.server?.title ?? "" }) },
                { type: "changed", params: ({ context }) => ({ id: context.planId, version: context.server?.version ?? 0 }) },
              ],
            },
          ],
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
