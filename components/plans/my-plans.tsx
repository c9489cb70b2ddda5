"use client";
// "My plans": the plans saved from this browser, newest first, each with its progress read fresh
// from the server. A plan the server no longer has (deleted, or a new link made on another device)
// leaves the list with a notice. Forgetting only removes it from this browser.
import Link from "next/link";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { formatDate, today } from "@/lib/dates";
import { planUrl, type SavedPlan } from "@/lib/api-contract";
import { planProgress } from "@/lib/plan-progress";
import { Button, buttonClasses } from "@/components/ui/button";
import { Confirm } from "@/components/ui/confirm";
import { ProgressBar } from "@/components/ui/progress-bar";
import { renameSavedPlan } from "@/browser/plan-actions";
import { takeFlash } from "@/browser/flash";
import { failureMessage, fetchPlan, type Failure } from "@/browser/plan-client";
import { forgetPlan, listPlans, subscribePlans, type StoredPlan } from "@/browser/plan-store";
import { RenamePlan } from "./rename-plan";

type Loaded = { status: "loading" } | { status: "ok"; plan: SavedPlan } | { status: "failed"; message: string };

export function MyPlans() {
  const plans = useSyncExternalStore(subscribePlans, listPlans, () => null);
  const [loaded, setLoaded] = useState<Record<string, Loaded>>({});
  const [notices, setNotices] = useState<string[]>([]);
  const requested = useRef(new Set<string>());

  useEffect(() => {
    const flash = takeFlash();
    if (flash) setNotices((n) => [...n, flash]);
  }, []);

  useEffect(() => {
    for (const entry of plans ?? []) {
      if (requested.current.has(entry.id)) continue;
      requested.current.add(entry.id);
      void fetchPlan(entry.id).then((result) => {
        if (!result.ok && result.reason === "gone") {
          forgetPlan(entry.id);
          setNotices((n) => [
            ...n,
            `“${entry.title}” was deleted or got a new link on another device, so it's no longer listed here.`,
          ]);
          return;
        }
        setLoaded((all) => ({
          ...all,
          [entry.id]: result.ok
            ? { status: "ok", plan: result.data }
            : { status: "failed", message: failureMessage(result, "load its progress") },
        }));
      });
    }
  }, [plans]);

  const retry = (id: string) => {
    requested.current.delete(id);
    setLoaded(({ [id]: _dropped, ...rest }) => rest);
  };

  return (
    <div className="grid gap-4">
      <div role="status" className="grid gap-2">
        {notices.map((notice, i) => (
          <p key={i} className="rounded-xl border border-line bg-accent-soft px-4 py-3">
            {notice}
          </p>
        ))}
      </div>
      {plans === null ? (
        <p className="min-h-40 text-ink-muted">Looking for plans saved in this browser…</p>
      ) : plans.length === 0 ? (
        <EmptyState />
      ) : (
        <ul className="grid gap-4">
          {plans.map((entry) => (
            <PlanItem
              key={entry.id}
              entry={entry}
              loaded={loaded[entry.id] ?? { status: "loading" }}
              onRenamed={(plan) => setLoaded((all) => ({ ...all, [plan.id]: { status: "ok", plan } }))}
              onRetry={() => retry(entry.id)}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

function EmptyState() {
  return (
    <div className="grid min-h-40 justify-items-start gap-3 rounded-2xl border border-dashed border-line-strong p-6">
      <p className="text-lg font-semibold">No plans saved in this browser yet.</p>
      <p className="text-ink-muted">Answer a few questions, then choose “Save this plan” on your result.</p>
      <Link href="/wizard" className={buttonClasses()}>
        Find my route
      </Link>
    </div>
  );
}

type ItemProps = {
  entry: StoredPlan;
  loaded: Loaded;
  onRenamed: (plan: SavedPlan) => void;
  onRetry: () => void;
};

function PlanItem({ entry, loaded, onRenamed, onRetry }: ItemProps) {
  const plan = loaded.status === "ok" ? loaded.plan : null;
  const title = plan?.title ?? entry.title;
  const headingId = `plan-${entry.id}`;

  async function rename(next: string): Promise<Failure | null> {
    if (!plan) return { ok: false, reason: "server" };
    const result = await renameSavedPlan(plan, entry.editToken, next);
    if (!result.ok) {
      if (result.reason === "conflict") onRenamed(result.plan);
      return result;
    }
    onRenamed(result.data);
    return null;
  }

  const count = plan ? planProgress(plan.snapshot.plan.steps, plan.done, today()) : null;
  return (
    <li className="rounded-2xl border border-line bg-surface-raised p-5">
      <h2 id={headingId} className="text-xl font-bold tracking-tight break-words">
        <Link href={planUrl(entry.id)} className="text-ink underline-offset-4 hover:underline">
          {title}
        </Link>
      </h2>
      <p className="mt-1 text-ink-muted">
        {plan?.snapshot.route.name ?? entry.route} · saved {formatDate(entry.savedAt.slice(0, 10))}
      </p>
      <div className="mt-3 min-h-12">
        {count ? (
          <>
            <p className="font-semibold">
              {count.done} of {count.total} steps done
            </p>
            <ProgressBar value={count.done} max={count.total} className="mt-1" />
          </>
        ) : loaded.status === "failed" ? (
          <p className="flex flex-wrap items-center gap-2 text-sm">
            {loaded.message}
            <Button variant="ghost" onClick={onRetry}>
              Retry
            </Button>
          </p>
        ) : (
          <p className="text-sm text-ink-muted">Loading progress…</p>
        )}
      </div>
      <div className="mt-3 flex flex-wrap gap-2">
        <Link href={planUrl(entry.id)} className={buttonClasses({ variant: "secondary" })}>
          Open<span className="sr-only"> {title}</span>
        </Link>
        <RenamePlan current={title} onRename={rename} which={title} disabled={!plan} />
        <Confirm
          trigger={
            <>
              Forget<span className="sr-only"> {title}</span>
            </>
          }
          triggerVariant="ghost"
          title="Forget this plan in this browser?"
          description="The plan stays online and its link still opens it, but this browser will no longer be able to change it."
          confirmLabel="Yes, forget it"
          busyLabel="Forgetting…"
          cancelLabel="Keep it"
          onConfirm={async () => {
            forgetPlan(entry.id);
            return null;
          }}
        />
      </div>
    </li>
  );
}
