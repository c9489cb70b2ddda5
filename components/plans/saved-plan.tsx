"use client";
// Mounts the saved-plan machine (machines/saved-plan.ts) for one plan and shares it with the
// plan's parts on the page (or one item of My plans). The machine decides everything: who owns
// the plan, the queue of changes, the 409 re-apply, what happens after a new link or a delete.
// This file only forwards this browser's list of plans into it as events and reads narrow slices.
import { useRouter } from "next/navigation";
import { createContext, use, useEffect, useSyncExternalStore } from "react";
import { useActorRef, useSelector } from "@xstate/react";
import { waitFor, type ActorRefFrom } from "xstate";
import type { SavedPlan } from "@/lib/api-contract";
import type { Failure } from "@/lib/api-result";
import { savedPlanMachine, viewOf, type Outcome, type Request, type SavedPlanEvent } from "@/machines/saved-plan";
import { savedPlanImplementations } from "@/browser/saved-plan";
import { findPlan, subscribePlans } from "@/browser/plan-store";

type SavedPlanActor = ActorRefFrom<typeof savedPlanMachine>;
const Context = createContext<SavedPlanActor | null>(null);

function useActor(): SavedPlanActor {
  const actor = use(Context);
  if (!actor) throw new Error("a saved plan's part outside <SavedPlan>");
  return actor;
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
  const actor = useActorRef(
    savedPlanMachine.provide(
      savedPlanImplementations({
        navigate: (url, how) => (how === "replace" ? router.replace(url) : router.push(url)),
        refresh: () => router.refresh(),
        onLost,
      }),
    ),
    { input: { planId, plan } },
  );
  // This browser's list of plans, forwarded as it changes (here or in another tab).
  const entry = useSyncExternalStore(subscribePlans, () => findPlan(planId) ?? null, () => undefined);
  const id = entry?.id;
  const editToken = entry?.editToken;
  useEffect(() => {
    if (entry === undefined) return;
    actor.send({ type: "owner.changed", owner: id && editToken ? { id, editToken } : null });
  }, [actor, entry, id, editToken]);
  return <Context value={actor}>{children}</Context>;
}

/** The plan as shown: the server's plan with the owner's queued ticks on top (null while loading). */
export const usePlanView = (): SavedPlan | null => useSelector(useActor(), (s) => viewOf(s.context));

/** undefined until the browser has looked for the edit token; false for a viewer. */
export function useIsOwner(): boolean | undefined {
  return useSelector(useActor(), (s) => (s.context.owner === undefined ? undefined : s.context.owner !== null));
}

/** What the last reschedule moved where, and why. */
export const useMoves = () => useSelector(useActor(), (s) => s.context.moves);

/** Is a change of this kind waiting or on its way? */
export const usePending = (kind: Request["kind"]): boolean => useSelector(useActor(), (s) => s.context.queue.some((r) => r.kind === kind));

/** Ticks still on their way to the server. */
export const useSaving = (): boolean => useSelector(useActor(), (s) => s.context.queue.some((r) => r.kind === "tick"));

/** How the last change finished, if it was of this kind. */
export function useOutcome<K extends Request["kind"]>(kind: K): (Outcome & { request: Extract<Request, { kind: K }> }) | null {
  return useSelector(useActor(), (s) =>
    s.context.outcome?.request.kind === kind ? (s.context.outcome as Outcome & { request: Extract<Request, { kind: K }> }) : null,
  );
}

/** Why the plan could not be loaded (My plans), while it could not. */
export const useLoadFailure = (): Failure | null => useSelector(useActor(), (s) => (s.matches("failed") ? s.context.loadFailure : null));

/** Sends a change, for the machine to decide on. */
export function useSend(): (event: SavedPlanEvent) => void {
  const actor = useActor();
  return (event) => actor.send(event);
}

/**
 * Asks for one change and waits for its own outcome: the failure to explain, or null once done
 * (or once the page moves on after a new link or a delete). For the dialogs that stay open until then.
 */
export function useRequest(): (event: Extract<SavedPlanEvent, { type: "plan.rename" | "plan.newLink" | "plan.delete" }>) => Promise<Failure | null> {
  const actor = useActor();
  return async (event) => {
    const n = actor.getSnapshot().context.asked;
    actor.send(event);
    if (actor.getSnapshot().context.asked === n) return { ok: false, reason: "gone" }; // not the owner any more
    const done = await waitFor(actor, (s) => s.status === "done" || (s.context.outcome?.request.n ?? -1) >= n);
    return done.context.outcome?.request.n === n ? done.context.outcome.failure : null;
  };
}
