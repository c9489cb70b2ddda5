"use client";
// How far along the plan is: steps done, where the dates say this week should be, and the next
// open step with its finish line. Follows the owner's ticks as they happen. A plan switched away
// from says only that it closed, and how far it had come.
import { copy } from "@/data/copy";
import { formatDate } from "@/lib/dates";
import { currentPlan } from "@/lib/living-plan";
import { planProgress, progressText, type Schedule } from "@/lib/plan-progress";
import { ProgressBar } from "@/components/ui/progress-bar";
import { usePlanView } from "./saved-plan";

function whereText(s: Schedule, done: Readonly<Record<string, boolean>>): string {
  const say = copy.progress;
  switch (s.kind) {
    case "all-done":
      return say.allDone;
    case "not-started":
      return say.startsOn(formatDate(s.startsOn));
    case "past-end":
      return say.pastEnd(s.open);
    case "under-way": {
      const numbers = s.current.map((c) => String(c.number));
      const week =
        s.current.length === 0
          ? say.between
          : s.current.length === 1
            ? say.thisWeekStep(numbers[0]!, s.current[0]!.step.title)
            : say.thisWeekSteps(numbers);
      const status =
        s.overdue > 0 ? say.overdue(s.overdue) : s.current.length > 0 && s.current.every((c) => done[c.step.id]) ? say.ahead : say.onTrack;
      return `${week} ${status}`;
    }
  }
}

export function PlanProgress({ today }: { today: string }) {
  const plan = usePlanView()!;
  const { done, total, next, schedule } = planProgress(currentPlan(plan).steps, plan.done, today);
  // A plan switched away from is closed: no coaching, only what it came to.
  if (plan.switchedTo) {
    return (
      <section aria-labelledby="progress-heading" className="rounded-2xl border border-line bg-surface-raised p-5 print:p-3">
        <h2 id="progress-heading" className="text-xl font-bold tracking-tight">
          {copy.living.closedHeading}
        </h2>
        <p className="mt-2">{copy.living.closed(plan.switchedTo.name, formatDate(plan.switchedTo.on), progressText({ done, total }))}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="progress-heading" className="rounded-2xl border border-line bg-surface-raised p-5 print:p-3">
      <h2 id="progress-heading" className="text-xl font-bold tracking-tight">
        Where you are
      </h2>
      <p className="mt-2 text-2xl font-bold">{progressText({ done, total })}</p>
      <ProgressBar value={done} max={total} className="mt-2 print:border print:border-line" />
      <p className="mt-3">{whereText(schedule, plan.done)}</p>
      {next ? (
        <div className="mt-4 rounded-xl bg-accent-soft p-4 print:hidden">
          <h3 className="font-semibold">What to do next</h3>
          <p className="mt-1">
            Step {next.number}: {next.step.title}
          </p>
          <p className="mt-1 text-sm">
            <span className="font-semibold">Done when: </span>
            {next.step.doneWhen}
          </p>
        </div>
      ) : null}
    </section>
  );
}
