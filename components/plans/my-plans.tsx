"use client";
// "My plans": the plans saved from this browser, newest first, each with its progress read fresh
// from the server. A plan the server no longer has (deleted, or a new link made on another device)
// leaves the list with a notice. Forgetting only removes it from this browser.
import Link from "next/link";
import { useCallback, useState, useSyncExternalStore } from "react";
import { copy } from "@/data/copy";
import { formatDate } from "@/lib/dates";
import { currentPlan } from "@/lib/living-plan";
import { MY_PLANS, planPath, WIZARD } from "@/lib/addresses";
import { failureMessage } from "@/lib/api-result";
import { progressText, stepsDone } from "@/lib/plan-progress";
import { Button, buttonClasses } from "@/components/ui/button";
import { Confirm } from "@/components/ui/confirm";
import { ProgressBar } from "@/components/ui/progress-bar";
import { useFlash } from "@/components/ui/use-stored";
import { forgetPlan, listPlans, subscribePlans, type StoredPlan } from "@/browser/plan-store";
import { RenamePlan } from "./rename-plan";
import { SavedPlanProvider, useLoadFailure, usePlanView, useSend } from "./saved-plan";

export function MyPlans() {
  const plans = useSyncExternalStore(subscribePlans, listPlans, () => null);
  // A message left by the page before (a plan deleted) comes first, then any plan found gone.
  const [left, shown] = useFlash(MY_PLANS);
  const [lostNotices, setLostNotices] = useState<string[]>([]);

  const lost = useCallback((title: string) => setLostNotices((n) => [...n, copy.myPlans.lost(title)]), []);

  return (
    <div className="grid gap-4">
      <div role="status" className="grid gap-2">
        {left ? (
          <p ref={shown} tabIndex={-1} className="rounded-xl border border-line bg-accent-soft px-4 py-3 focus:outline-none">
            {left}
          </p>
        ) : null}
        {lostNotices.map((notice, i) => (
          <p key={i} className="rounded-xl border border-line bg-accent-soft px-4 py-3">
            {notice}
          </p>
        ))}
      </div>
      {plans === null ? (
        <p className="min-h-40 text-ink-muted">{copy.myPlans.looking}</p>
      ) : plans.length === 0 ? (
        <EmptyState />
      ) : (
        <ul className="grid gap-4">
          {plans.map((entry) => (
            // Each plan loads and changes through its own saved-plan machine, as on its page.
            <SavedPlanProvider key={entry.id} planId={entry.id} plan={null} onLost={lost}>
              <PlanItem entry={entry} />
            </SavedPlanProvider>
          ))}
        </ul>
      )}
    </div>
  );
}

function EmptyState() {
  return (
    <div className="grid min-h-40 justify-items-start gap-3 rounded-2xl border border-dashed border-line-strong p-6">
      <p className="text-lg font-semibold">{copy.myPlans.empty}</p>
      <p className="text-ink-muted">{copy.myPlans.emptyHow}</p>
      <Link href={WIZARD} className={buttonClasses()}>
        Find my route
      </Link>
    </div>
  );
}

function PlanItem({ entry }: { entry: StoredPlan }) {
  const plan = usePlanView();
  const failure = useLoadFailure();
  const send = useSend();
  const title = plan?.title ?? entry.title;
  const headingId = `plan-${entry.id}`;
  const count = plan ? stepsDone(currentPlan(plan).steps, plan.done) : null;
  const goesOn = plan?.switchedTo?.id ?? entry.to;
  return (
    <li className="rounded-2xl border border-line bg-surface-raised p-5">
      <h2 id={headingId} className="text-xl font-bold tracking-tight break-words">
        <Link href={planPath(entry.id)} className="text-ink underline-offset-4 hover:underline">
          {title}
        </Link>
      </h2>
      <p className="mt-1 text-ink-muted">
        {plan?.snapshot.route.name ?? entry.routeName} · saved {formatDate(entry.savedAt.slice(0, 10))}
      </p>
      {plan?.switchedTo ? (
        // Switched away from at its checkpoint: closed, and the plan that goes on is a link away.
        <p className="mt-2 font-semibold">
          {copy.living.switchedLabel(plan.switchedTo.name)} ({formatDate(plan.switchedTo.on)}).{" "}
          {goesOn ? (
            <Link href={planPath(goesOn)} className="text-accent-text">
              Open the {plan.switchedTo.name} plan
            </Link>
          ) : null}
        </p>
      ) : null}
      <div className="mt-3 min-h-12">
        {count ? (
          <>
            <p className="font-semibold">{progressText(count)}</p>
            <ProgressBar value={count.done} max={count.total} className="mt-1" />
          </>
        ) : failure ? (
          <p className="flex flex-wrap items-center gap-2 text-sm">
            {failureMessage(failure, "load its progress")}
            <Button variant="ghost" onClick={() => send({ type: "plan.reload" })}>
              Retry
            </Button>
          </p>
        ) : (
          <p className="text-sm text-ink-muted">Loading progress…</p>
        )}
      </div>
      <div className="mt-3 flex flex-wrap gap-2">
        <Link href={planPath(entry.id)} className={buttonClasses({ variant: "secondary" })}>
          Open<span className="sr-only"> {title}</span>
        </Link>
        <RenamePlan which={title} />
        <Confirm
          trigger={
            <>
              Forget<span className="sr-only"> {title}</span>
            </>
          }
          triggerVariant="ghost"
          title={copy.confirm.forget.title}
          description={copy.confirm.forget.description}
          confirmLabel="Yes, forget it"
          busyLabel="Forgetting…"
          cancelLabel="Keep it"
          onConfirm={() => {
            forgetPlan(entry.id);
            return null;
          }}
        />
      </div>
    </li>
  );
}
