"use client";
// The checkpoint, the one moment the choice opens again. Before its week: its date, and no way to
// switch. From its week, the owner answers the route's signs of working; working, the check-in is
// recorded and the plan carries on; not working, the route the checkpoint names is there with its
// plan from today, and one action switches to it (a new plan, linked both ways). Anyone with the
// link sees the check-ins and the switch, as recorded.
import Link from "next/link";
import { useId } from "react";
import { copy } from "@/data/copy";
import type { PlanStep } from "@/data/plan";
import { formatDate } from "@/lib/dates";
import { checkpointOf, currentPlan } from "@/lib/living-plan";
import { planPath } from "@/lib/addresses";
import { findPlan } from "@/browser/plan-store";
import { CheckInForm } from "./owner-only";
import { useIsOwner, usePlanView } from "./saved-plan";

type Props = {
  today: string;
  routeName: string;
  /** the route's signs of working, as yes/no questions */
  questions: readonly string[];
  /** the route the checkpoint names, with the first steps of its plan from today (null before the checkpoint) */
  switchTo: { name: string; steps: Pick<PlanStep, "id" | "title" | "dates">[] } | null;
  /** "My situation changed": the wizard again, with the saved answers */
  rerunHref: string;
};

export function Checkpoint({ today, routeName, questions, switchTo, rerunHref }: Props) {
  const id = useId();
  const plan = usePlanView();
  const owner = useIsOwner();
  if (!plan) return null;

  const checkpoint = checkpointOf(currentPlan(plan));
  if (!checkpoint) return null;
  const heading = `${id}-heading`;
  const box = "rounded-2xl border border-line-strong bg-surface-raised p-5";

  if (plan.switchedTo) {
    // The other plan's link only for the browser that made the switch: the link is its own key.
    const other = owner ? findPlan(plan.id)?.to : undefined;
    return (
      <section aria-labelledby={heading} className={box}>
        <h2 id={heading} className="text-xl font-bold tracking-tight">
          {copy.living.switchedTo(plan.switchedTo.name, formatDate(plan.switchedTo.on))}
        </h2>
        {other ? (
          <Link href={planPath(other)} className="mt-2 inline-block font-semibold text-accent-text">
            Open your {plan.switchedTo.name} plan
          </Link>
        ) : null}
      </section>
    );
  }

  if (today < checkpoint.dates.start) {
    return (
      <section aria-labelledby={heading} className={box}>
        <h2 id={heading} className="text-lg font-semibold">
          {copy.living.checkpointAheadHeading(formatDate(checkpoint.dates.start))}
        </h2>
        <p className="mt-1 text-ink-muted">{copy.living.checkpointAhead(routeName)}</p>
      </section>
    );
  }

  const last = plan.checkIns.filter((c) => c.on >= checkpoint.dates.start).at(-1);
  return (
    <section aria-labelledby={heading} className={`${box} border-2 border-accent`}>
      <h2 id={heading} className="text-2xl font-bold tracking-tight">
        {copy.living.checkInHeading}
      </h2>
      {last ? (
        <p className="mt-2 font-semibold">
          {last.working ? copy.living.working(formatDate(last.on)) : copy.living.notWorking(formatDate(last.on))}
        </p>
      ) : null}

      {owner ? (
        <CheckInForm questions={questions} switchTo={switchTo} rerunHref={rerunHref} routeName={routeName} last={last ?? null} />
      ) : null}
    </section>
  );
}
