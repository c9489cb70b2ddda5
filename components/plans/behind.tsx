"use client";
// For the owner of a plan that has fallen behind: how far, the pace the ticks say they have kept,
// and one action that moves the remaining steps so they start again from today, at the same or
// other hours a week. The saved-plan machine sends it; afterwards the panel says what moved where.
import { useId, useState } from "react";
import { copy } from "@/data/copy";
import type { OptionId } from "@/data/ids";
import { failureMessage } from "@/lib/api-result";
import { daysBetween, formatDateRange } from "@/lib/dates";
import { currentPlan, overdueSteps, realPace } from "@/lib/living-plan";
import { Button } from "@/components/ui/button";
import { useIsOwner, useMoves, useReply, usePending, usePlanView, useSend } from "./saved-plan";

type Props = {
  today: string;
  /** the hours-a-week options to pick from; none for a route whose dates the school calendar sets */
  hours: { id: OptionId<"hours">; label: string }[];
};

export function Behind({ today, hours }: Props) {
  const paceScales = hours.length > 0;
  const id = useId();
  const plan = usePlanView();
  const owner = useIsOwner();
  const moving = usePending("reschedule");
  const reply = useReply("reschedule");
  const moves = useMoves();
  const send = useSend();
  const [chosen, setChosen] = useState<OptionId<"hours"> | null>(null);
  // A plan switched away from at its checkpoint is closed: the plan that goes on is the other one.
  if (!plan || !owner || plan.switchedTo) return null;

  const current = currentPlan(plan);
  const overdue = overdueSteps(current, plan.done, today);
  const justMoved = reply !== null && reply.failure === null;
  if (overdue.length === 0 && !justMoved && !moving) return null;

  const firstOpen = current.steps.find((s) => !plan.done[s.id]);
  const weeks = firstOpen ? Math.max(1, Math.round(daysBetween(firstOpen.dates.start, today) / 7)) : 0;
  const pace = realPace(current, plan.doneOn);
  const given = plan.answers.hours;
  const suggested = pace && pace.suggested !== given ? pace.suggested : undefined;
  const selected = chosen ?? suggested ?? given ?? "3-8";

  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-2xl border-2 border-warning bg-warning-soft p-5 print:hidden">
      <h2 id={`${id}-heading`} className="text-xl font-bold tracking-tight">
        {overdue.length > 0 ? copy.living.behindHeading : copy.living.movedHeading}
      </h2>
      {overdue.length > 0 ? (
        <>
          <p className="mt-1">{copy.living.behind(weeks, overdue.length)}</p>
          {pace ? <p className="mt-1">{copy.living.pace(pace.ratio)}</p> : null}
          <form
            className="mt-4 grid gap-4"
            onSubmit={(event) => {
              event.preventDefault();
              if (!moving) send({ type: "plan.reschedule", ...(paceScales && selected !== given ? { hours: selected } : {}) });
            }}
          >
            {paceScales ? (
              <fieldset>
                <legend className="font-semibold">{copy.living.hoursLegend}</legend>
                <div className="mt-2 flex flex-wrap gap-2">
                  {hours.map((option) => (
                    <label
                      key={option.id}
                      className="flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-line bg-surface px-3 has-checked:border-accent has-checked:bg-accent-soft"
                    >
                      <input
                        type="radio"
                        name={`${id}-hours`}
                        value={option.id}
                        checked={selected === option.id}
                        onChange={() => setChosen(option.id)}
                        className="size-4 accent-accent"
                      />
                      {option.label}
                      {option.id === suggested ? <span className="text-sm text-ink-muted">({copy.living.suggested})</span> : null}
                    </label>
                  ))}
                </div>
              </fieldset>
            ) : null}
            <div>
              <Button type="submit" disabled={moving}>
                {moving ? copy.living.moving : copy.living.move}
              </Button>
            </div>
          </form>
        </>
      ) : null}
      <div role="status" className="mt-3">
        {reply?.failure ? <p className="font-semibold">{failureMessage(reply.failure, "move your steps")}</p> : null}
        {justMoved ? (
          <>
            <p className="font-semibold">{copy.living.moved(moves.length)}</p>
            <ul className="mt-2 grid gap-1 text-sm">
              {moves.map((move) => (
                <li key={move.id}>
                  <span className="font-medium">{move.title}</span>: {formatDateRange(move.from.start, move.from.end)} →{" "}
                  {formatDateRange(move.to.start, move.to.end)}, {copy.living.why[move.why]}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </section>
  );
}
