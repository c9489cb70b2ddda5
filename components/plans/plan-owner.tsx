"use client";
// Who may change this saved plan, and the changes themselves. This browser owns the plan when it
// holds the edit token (components/plans/plan-store.ts); everyone else gets a read-only view.
// Ticks are optimistic: they show at once, go to the server one at a time with the plan's version,
// re-apply once on 409 over the plan the server returns, and roll back on any other failure.
import { useRouter } from "next/navigation";
import { createContext, use, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { planUrl, progress, type SavedPlan } from "@/lib/plan-api";
import {
  deletePlan,
  failureMessage,
  patchWithRetry,
  sharePlan,
  type Failure,
} from "./plan-client";
import { setFlash } from "./flash";
import { findPlan, forgetPlan, renamePlan, replacePlanId, subscribePlans, type StoredPlan } from "./plan-store";

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
  revoke: () => Promise<Failure | null>;
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
  const [id, setId] = useState(initial.id);
  const entry = useSyncExternalStore(
    subscribePlans,
    () => findPlan(id) ?? null,
    () => undefined,
  );
  // After a delete the entry leaves the store before the page leaves; keep showing the owner view.
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
        const { done, total } = progress(result.data, today);
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
      const base = serverRef.current;
      const result = await patchWithRetry(base.id, editToken, base.version, { title });
      if (!result.ok) {
        if (result.reason === "conflict") accept(result.plan);
        return result;
      }
      accept(result.data);
      renamePlan(result.data.id, result.data.title);
      return null;
    });

  const revoke = () =>
    enqueue(async (): Promise<Failure | null> => {
      const editToken = token();
      const oldId = serverRef.current.id;
      if (!editToken) return { ok: false, reason: "gone" };
      const result = await sharePlan(oldId, editToken);
      if (!result.ok) return result;
      replacePlanId(oldId, result.data.id);
      setId(result.data.id);
      setFlash("New link made. The old link no longer works; share this one instead.");
      router.replace(planUrl(result.data.id));
      return null;
    });

  const remove = () =>
    enqueue(async (): Promise<Failure | null> => {
      const current = findPlan(serverRef.current.id);
      if (!current) return { ok: false, reason: "gone" };
      const result = await deletePlan(current.id, current.editToken);
      // 404: it was already deleted elsewhere, which is what the person wanted.
      if (!result.ok && result.reason !== "gone") return result;
      setHeld(current);
      forgetPlan(current.id);
      setFlash(`Deleted “${serverRef.current.title}”. Its link no longer works.`);
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
    revoke,
    remove,
  };
  return <Context value={value}>{children}</Context>;
}
