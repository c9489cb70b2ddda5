"use client";
// Gives a saved plan's parts on the page (or one item of My plans) the saved-plan machine
// (machines/saved-plan.ts), which decides everything: who this browser is to the plan (its list
// of plans, and a private edit link the page was opened from, traded for this device's own
// token), the queue of changes, the 409 re-apply, the retries, what happens after a new link, a
// delete or a switch. Its code loads after the page has hydrated; until it runs, the parts read
// the plan as the server rendered it and nobody is shown as owner or viewer. A browser that cannot
// own the plan (browser/plan-ownership.ts) is a viewer at once, and loads no machine. This file only
// starts the machine and reads narrow slices of it.
import { useRouter } from "next/navigation";
import { createContext, use, useEffect, useEffectEvent, useState, useSyncExternalStore } from "react";
import type { SavedPlan } from "@/lib/api-contract";
import type { Failure } from "@/lib/api-result";
import type { CommandName } from "@/lib/plan-commands";
import {
  viewOf,
  type Ask,
  type EditLinkCheck,
  type Reply,
  type SavedPlanContext,
  type SavedPlanEvent,
} from "@/machines/saved-plan-context";
import { newKey } from "@/browser/idempotency-key";
import { mayOwn, onPlanListChange } from "@/browser/plan-ownership";
import { replaceable } from "@/components/ui/source";
import { staticSource, type PlanSnapshot } from "./plan-source";

type Handle = ReturnType<typeof replaceable<PlanSnapshot, SavedPlanEvent>>;
const Context = createContext<Handle | null>(null);

function useHandle(): Handle {
  const source = use(Context);
  if (!source) throw new Error("a saved plan's part outside <SavedPlanProvider>");
  return source;
}

/** A slice of the snapshot; the selector must return the same value for the same snapshot. */
function useSlice<T>(select: (snapshot: PlanSnapshot) => T): T {
  const source = useHandle();
  const read = () => select(source.getSnapshot());
  return useSyncExternalStore(source.subscribe, read, read);
}

type Props = {
  planId: string;
  /** the plan as the server rendered it; null to load it in the browser (My plans) */
  plan: SavedPlan | null;
  /** My plans: tell the list that a plan it showed is gone */
  onLost?: (title: string) => void;
  children: React.ReactNode;
};

export function SavedPlanProvider({ planId, plan, onLost, children }: Props) {
  const router = useRouter();
  const [source] = useState(() => replaceable(staticSource({ planId, plan })));
  // Started once per plan (the page is keyed by its id); what it needs later is read when it starts.
  const start = useEffectEvent(() => {
    const navigate = (url: string, how: "push" | "replace") => (how === "replace" ? router.replace(url) : router.push(url));
    return import("./saved-plan-actor").then(({ startSavedPlan }) =>
      startSavedPlan({ planId, plan }, { navigate, refresh: () => router.refresh(), onLost }),
    );
  });
  // The page's plan, as a viewer sees it (My plans loads its plans in the browser: a machine each).
  const viewerSource = useEffectEvent(() => (plan ? staticSource({ planId, plan }, true) : null));
  useEffect(() => {
    let running: { stop?: () => void } | null = null;
    let left = false;
    const run = () =>
      void start().then((machine) => {
        if (left) return machine.stop?.();
        running = machine;
        source.replace(machine);
      });
    // Someone with the link, in a browser that cannot own the plan: a viewer, with no machine
    // (nor its code) unless another tab makes this browser an owner.
    let watching = () => {};
    const viewer = mayOwn(planId) ? null : viewerSource();
    if (viewer) {
      source.replace(viewer);
      watching = onPlanListChange(() => {
        if (!mayOwn(planId)) return;
        watching();
        run();
      });
    } else run();
    return () => {
      left = true;
      watching();
      running?.stop?.();
    };
  }, [planId, source]);

  return <Context value={source}>{children}</Context>;
}

// The view object is new for every machine context; keep one per context so React sees no change
// where there is none.
const views = new WeakMap<SavedPlanContext, SavedPlan | null>();
const cachedView = (context: SavedPlanContext) => {
  if (!views.has(context)) views.set(context, viewOf(context));
  return views.get(context)!;
};

/** The plan as shown: the server's plan with the owner's queued ticks on top (null while loading). */
export const usePlanView = (): SavedPlan | null => useSlice((s) => cachedView(s.context));

/** undefined until the machine knows who this browser is (and has traded an edit link); false for a viewer. */
export const useIsOwner = (): boolean | undefined =>
  useSlice((s) => (s.context.owner === undefined || s.context.editLink?.status === "checking" ? undefined : s.context.owner !== null));

/** The owner's edit token, for the owner's own requests; null for a viewer. */
export const useEditToken = (): string | null => useSlice((s) => s.context.owner?.editToken ?? null);

/** How many devices hold the plan (the owner's, once counted). */
export const useDevices = () => useSlice((s) => s.context.devices);

/** How opening the page from its private edit link went; null when it was not opened from one. */
export const useEditLinkCheck = (): EditLinkCheck | null => useSlice((s) => s.context.editLink);

/** Is a change of this kind waiting or on its way (for "update", only ticks, or only a title, when asked)? */
export const usePending = (command: CommandName, what?: "steps" | "title"): boolean =>
  useSlice((s) => s.context.queue.some((r) => r.command === command && (!what || (r.command === "update" && r.body[what] !== undefined))));

/** How the last change finished, if it was of this kind. */
export function useReply<C extends CommandName>(command: C): (Reply & { request: Extract<Reply["request"], { command: C }> }) | null {
  return useSlice((s) =>
    s.context.reply?.request.command === command
      ? (s.context.reply as Reply & { request: Extract<Reply["request"], { command: C }> })
      : null,
  );
}

/** Why the plan could not be loaded (My plans), while it could not. */
export const useLoadFailure = (): Failure | null => useSlice((s) => (s.context.server ? null : s.context.loadFailure));

/** Sends an event for the machine to decide on (a reload, say). */
export function useSend(): (event: Extract<SavedPlanEvent, { type: "plan.reload" }>) => void {
  const source = useHandle();
  return (event) => source.send(event);
}

/** Asks for an owner command, as one user action (with its own Idempotency-Key). */
export function useCommand(): (ask: Ask) => void {
  const source = useHandle();
  return (ask) => source.send({ type: "plan.command", key: newKey(), ...ask });
}

/** The owner's useCommand on a saved plan's page; null for anyone else, and outside a saved plan. */
export function useOwnerCommand(): ((ask: Ask) => void) | null {
  const source = use(Context);
  const subscribe = source?.subscribe ?? noSubscription;
  const read = () => Boolean(source?.getSnapshot().context.owner);
  const owner = useSyncExternalStore(subscribe, read, read);
  if (!source || !owner) return null;
  return (ask) => source.send({ type: "plan.command", key: newKey(), ...ask });
}
const noSubscription = () => () => {};

/**
 * Asks for one change and waits for its own reply: the failure to explain, or null once done
 * (or once the page moves on after a new link, a delete or a switch). For the dialogs that stay
 * open until then.
 */
export function useRequest(): (ask: Ask) => Promise<Failure | null> {
  const source = useHandle();
  return (ask) => {
    const n = source.getSnapshot().context.asked;
    source.send({ type: "plan.command", key: newKey(), ...ask });
    if (source.getSnapshot().context.asked === n) return Promise.resolve({ ok: false, reason: "gone" }); // not the owner any more
    return new Promise((resolve) => {
      const check = () => {
        const { context, done } = source.getSnapshot();
        const reply = context.reply;
        if (!done && (reply?.request.n ?? -1) < n) return false;
        stop();
        resolve(reply?.request.n === n ? reply.failure : null);
        return true;
      };
      const stop = source.subscribe(() => void check());
    });
  };
}
