"use client";
// The checkpoint, the one moment the choice opens again. Before its week: its date, and no way to
// switch. From its week, the owner answers the route's signs of working; working, the check-in is
// recorded and the plan carries on; not working, the plan B is there (after the questions that
// decide it, where some are still open) with its plan from today, and one action switches to it
// (a new plan, linked both ways). Anyone with the link sees the check-ins and the switch, as
// recorded; the plan switched away from is closed, and its owner is shown the way to the one that
// goes on.
import Link from "next/link";
import { useId } from "react";
import { copy } from "@/data/copy";
import type { PlanStep } from "@/data/plan";
import { formatDate } from "@/lib/dates";
import { checkpointOf, currentPlan } from "@/lib/living-plan";
import { planPath } from "@/lib/addresses";
import { CheckInForm } from "./owner-only";
import { useEditToken, useIsOwner, usePlanView } from "./saved-plan";
import { useStoredPlans } from "./stored-plans";

type Props = {
  today: string;
  routeName: string;
  /** the route's signs of working, as yes/no questions */
  questions: readonly string[];
  /** the route the checkpoint names, with the first steps of its plan from today (null before the checkpoint, or where none fits) */
  switchTo: { name: string; steps: Pick<PlanStep, "id" | "title" | "dates">[] } | null;
  /** the plan-B questions are still to answer */
  planBOpen: boolean;
  /** the result carried a deadline warning: with no route to switch to, the effort goes to the second door */
  warned: boolean;
  /** "My situation changed": the wizard again, with the saved answers */
  rerunHref: string;
};

export function Checkpoint({ today, routeName, questions, switchTo, planBOpen, warned, rerunHref }: Props) {
  const id = useId();
  const plan = usePlanView();
  const owner = useIsOwner();
  const ownerToken = useEditToken();
  const planId = plan?.id;
  // Where the plan went on, from this browser's list: only for its owner, when the plan itself does not say.
  const needed = Boolean(owner && plan?.switchedTo && !plan.switchedTo.id);
  const switchedTo = useStoredPlans((store) => (planId ? store.findPlan(planId)?.to : undefined), undefined, needed);
  if (!plan) return null;

  const checkpoint = checkpointOf(currentPlan(plan));
  if (!checkpoint) return null;
  const heading = `${id}-heading`;
  const box = "rounded-2xl border border-line-strong bg-surface-raised p-5";

  if (plan.switchedTo) {
    // The plan that goes on is its owner's: its id comes only in the owner's view of this plan (or
    // this browser's list, where it made the switch), and the same edit token opens it.
    const other = owner ? (plan.switchedTo.id ?? switchedTo) : undefined;
    return (
      <section aria-labelledby={heading} className={box}>
        <h2 id={heading} className="text-xl font-bold tracking-tight">
          {copy.living.switchedTo(plan.switchedTo.name, formatDate(plan.switchedTo.on))}
        </h2>
        {other ? (
          <Link
            href={planPath(other)}
            // The same edit token opens the plan that goes on: this browser keeps it for that plan too.
            // (The list is loaded by then: the owner's machine loads it.)
            onClick={() => {
              const { name } = plan.switchedTo!;
              if (ownerToken)
                void import("@/browser/plan-store").then(({ keepSwitched }) => keepSwitched(plan.id, other, ownerToken, name));
            }}
            className="mt-2 inline-block font-semibold text-accent-text"
          >
            Open your {plan.switchedTo.name} plan
          </Link>
        ) : null}
      </section>
    );
  }

  if (today < checkpoint.dates.start) {
    // The advice to wait is the owner's; people with the link see only when it falls.
    return (
      <section aria-labelledby={heading} className={box}>
        <h2 id={heading} className="text-lg font-semibold">
          {owner
            ? copy.living.checkpointAheadHeading(formatDate(checkpoint.dates.start))
            : copy.living.checkpointAheadShared(formatDate(checkpoint.dates.start))}
        </h2>
        {owner ? <p className="mt-1 text-ink-muted">{copy.living.checkpointAhead(routeName)}</p> : null}
      </section>
    );
  }

  const last = plan.checkIns.filter((c) => c.on >= checkpoint.dates.start).at(-1);
  return (
    <section aria-labelledby={heading} className={`${box} border-2 border-accent`}>
      <h2 id={heading} className="text-2xl font-bold tracking-tight">
        {copy.living.checkInHeading}
      </h2>
      {last && !owner ? (
        <p className="mt-2 font-semibold">
          {last.working ? copy.living.working(formatDate(last.on)) : copy.living.notWorking(formatDate(last.on))}
        </p>
      ) : null}

      {owner ? (
        <CheckInForm
          questions={questions}
          switchTo={switchTo}
          planBOpen={planBOpen}
          warned={warned}
          rerunHref={rerunHref}
          routeName={routeName}
          last={last ?? null}
        />
      ) : null}
    </section>
  );
}
