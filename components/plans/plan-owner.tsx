"use client";
// The one owner context of a saved plan's page: who may change it, and the changes themselves.
// This browser owns the plan when it holds the edit token (browser/plan-store.ts); everyone else
// gets a read-only view. Ticks are optimistic: they show at once, go to the server one at a time
// with the plan's version, re-apply once on 409 over the plan the server returns, and roll back on
// any other failure. Rename, new link and delete are the flows of browser/plan-actions.ts.
import { useRouter } from "next/navigation";
import { createContext, use, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { planUrl, type SavedPlan } from "@/lib/api-contract";
import { planProgress } from "@/lib/plan-progress";
import { deleteSavedPlan, makeNewLink, renameSavedPlan } from "@/browser/plan-actions";
import { failureMessage, patchWithRetry, type Failure } from "@/browser/plan-client";
import { findPlan, renamePlan, subscribePlans, type StoredPlan } from "@/browser/plan-store";

type Pending = { key: number; steps: Record<string, boolean> };

export type PlanOwnerContext = {
  /** the plan as shown: the server's last word with ticks still on their way applied on top */
  plan: SavedPlan;
  today: string;
  /** the site's origin for share links (ONEPATH_PUBLIC_URL, else the address the page came from) */
  siteOrigin: string;
  /** undefined until the browser has looked (server render, hydration); null for a viewer */
  owner: StoredPlan | null | undefined;
  /** ticks on their way to the server */
  saving: boolean;
  /** the last outcome of a tick, for the checklist's live region */
  tickMessage: string | null;
  setStep: (stepId: string, checked: boolean) => void;
  rename: (title: string) => Promise<Failure | null>;
  /** moves the plan to a new link; the old one stops working */
  newLink: () => Promise<Failure | null>;
  remove: () => Promise<Failure | null>;
};

const Context = createContext<PlanOwnerContext | null>(null);

export function usePlanOwner(): PlanOwnerContext {
  const context = use(Context);
  if (!context) throw new Error("usePlanOwner outside <PlanOwner>");
  return context;
}

type Props = { plan: SavedPlan; today: string; siteOrigin: string; children: React.ReactNode };

export function PlanOwner({ plan: initial, today, siteOrigin, children }: Props) {
  const router = useRouter();
  const entry = useSyncExternalStore(
    subscribePlans,
    () => findPlan(initial.id) ?? null,
    () => undefined,
  );
  // After a delete or a new link the entry leaves the store (or moves) before the page leaves;
  // keep showing the owner view until it does. The page is keyed by the plan's id, so it remounts.
  const [held, setHeld] = useState<StoredPlan | null>(null);
  const owner = held ?? entry;

  const [server, setServerState] = useState(initial);
  const serverRef = useRef(initial);
  const accept = (plan: SavedPlan) => {
    if (plan.version < serverRef.current.version) return; // an older answer never wins
    serverRef.current = plan;
    setServerState(plan);
  };

  // A rename on another device shows up in this browser's list of plans too.
  useEffect(() => {
    if (entry && entry.title !== server.title) renamePlan(entry.id, server.title);
  }, [entry, server.title]);

  const [pending, setPending] = useState<Pending[]>([]);
  const [tickMessage, setTickMessage] = useState<string | null>(null);
  const nextKey = useRef(0);
  // One request at a time, each built from the latest version the server gave back.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const enqueue = <T,>(task: () => Promise<T>): Promise<T> => {
    const run = queue.current.then(task, task);
    queue.current = run.catch(() => undefined);
    return run;
  };

  const token = () => {
    const current = findPlan(serverRef.current.id) ?? held;
    return current?.editToken ?? null;
  };

  function setStep(stepId: string, checked: boolean) {
    if (!owner) return;
    const key = nextKey.current++;
    const steps = { [stepId]: checked };
    setPending((list) => [...list, { key, steps }]);
    void enqueue(async () => {
      const editToken = token();
      const base = serverRef.current;
      const result = editToken
        ? await patchWithRetry(base.id, editToken, base.version, { steps })
        : ({ ok: false, reason: "gone" } as const);
      if (result.ok) {
        accept(result.data);
        const { done, total } = planProgress(result.data.snapshot.plan.steps, result.data.done, today);
        setTickMessage(`Saved. ${done} of ${total} steps done.`);
      } else {
        if (result.reason === "conflict") accept(result.plan);
        setTickMessage(failureMessage(result, checked ? "tick that step" : "untick that step"));
      }
      setPending((list) => list.filter((p) => p.key !== key));
    });
  }

  const rename = (title: string) =>
    enqueue(async (): Promise<Failure | null> => {
      const editToken = token();
      if (!editToken) return { ok: false, reason: "gone" };
      const result = await renameSavedPlan(serverRef.current, editToken, title);
      if (!result.ok) {
        if (result.reason === "conflict") accept(result.plan);
        return result;
      }
      accept(result.data);
      return null;
    });

  const newLink = () =>
    enqueue(async (): Promise<Failure | null> => {
      const current = findPlan(serverRef.current.id);
      if (!current) return { ok: false, reason: "gone" };
      // The entry moves to the new id before the page does: keep the owner view steady meanwhile,
      // so nothing remounts and takes the "new link made" message meant for the new page.
      setHeld(current);
      const result = await makeNewLink(current.id, current.editToken);
      if (!result.ok) {
        setHeld(null);
        return result;
      }
      router.replace(planUrl(result.data));
      return null;
    });

  const remove = () =>
    enqueue(async (): Promise<Failure | null> => {
      const current = findPlan(serverRef.current.id);
      if (!current) return { ok: false, reason: "gone" };
      // After the delete the entry leaves the store before the page leaves: keep the owner view.
      setHeld(current);
      const failure = await deleteSavedPlan(current.id, current.editToken, serverRef.current.title);
      if (failure) {
        setHeld(null);
        return failure;
      }
      router.push("/plans");
      return null;
    });

  const done = { ...server.done };
  for (const p of pending) Object.assign(done, p.steps);
  const value: PlanOwnerContext = {
    plan: pending.length ? { ...server, done } : server,
    today,
    siteOrigin,
    owner,
    saving: pending.length > 0,
    tickMessage,
    setStep,
    rename,
    newLink,
    remove,
  };
  return <Context value={value}>{children}</Context>;
}
