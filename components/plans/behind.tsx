"use client";
// For the owner of a plan that has fallen behind: how far (from the end of the earliest late
// step), which steps are late, the pace the ticks suggest (said, never chosen for them), and a move
// the owner sees before it happens: the new dates of every step, the pace and the checkpoint, and
// whether an open check-in would close. Confirming moves the remaining steps to start again from
// today; the outcome takes focus and is announced.
import { useId, useState } from "react";
import { copy } from "@/data/copy";
import type { OptionId } from "@/data/ids";
import type { RescheduleResponse } from "@/lib/api-contract";
import { failureMessage } from "@/lib/api-result";
import { formatDate, formatDateRange } from "@/lib/dates";
import { currentAnswers, currentPlan, lateness, realPace } from "@/lib/living-plan";
import { Button } from "@/components/ui/button";
import { focusOnMount } from "@/components/ui/focus-on-mount";
import { useCommand, useIsOwner, usePending, usePlanView, useReply } from "./saved-plan";

type Props = {
  today: string;
  /** the hours-a-week options to pick from; none for a route whose dates the school calendar sets */
  hours: { id: OptionId<"hours">; label: string }[];
};

function Moves({ moves }: { moves: RescheduleResponse["moves"] }) {
  return (
    <ul className="mt-2 grid gap-1 text-sm">
      {moves.map((move) => (
        <li key={move.id}>
          <span className="font-medium">{move.title}</span>: {formatDateRange(move.from.start, move.from.end)} →{" "}
          {formatDateRange(move.to.start, move.to.end)}, {copy.living.why[move.why]}
        </li>
      ))}
    </ul>
  );
}

export function Behind({ today, hours }: Props) {
  const id = useId();
  const plan = usePlanView();
  const owner = useIsOwner();
  const busy = usePending("reschedule");
  const reply = useReply("reschedule");
  const command = useCommand();
  const [chosen, setChosen] = useState<OptionId<"hours"> | null>(null);
  // A plan switched away from at its checkpoint is closed: the plan that goes on is the other one.
  if (!plan || !owner || plan.switchedTo) return null;

  const current = currentPlan(plan);
  const late = lateness(current, plan.done, today);
  const answer = reply && !reply.failure ? (reply.data as RescheduleResponse) : null;
  const moved = answer && !answer.preview ? answer : null;
  const preview = answer?.preview ? answer : null;
  if (!late && !moved && !busy) return null;

  const paceScales = hours.length > 0;
  const given = currentAnswers(plan).hours;
  const selected = chosen ?? given ?? "3-8";
  const pace = realPace(current, plan.doneOn);
  const suggested = pace && pace.suggested !== given ? hours.find((h) => h.id === pace.suggested) : undefined;
  const label = (hoursId: OptionId<"hours">) => hours.find((h) => h.id === hoursId)?.label ?? hoursId;
  const body = paceScales && selected !== given ? { hours: selected } : {};

  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-2xl border-2 border-warning bg-warning-soft p-5 print:hidden">
      <h2 id={`${id}-heading`} className="text-xl font-bold tracking-tight">
        {late ? copy.living.behindHeading : copy.living.movedHeading}
      </h2>
      {late && !moved ? (
        <>
          <p className="mt-1">
            {copy.living.behind(
              late.weeks,
              late.steps.map((s) => s.title),
            )}
          </p>
          {late.steps.length > 1 ? (
            <ul className="mt-1 list-disc pl-5 text-sm" aria-label={copy.living.lateHeading}>
              {late.steps.map((s) => (
                <li key={s.id}>
                  {s.title} (ended {formatDate(s.dates.end)})
                </li>
              ))}
            </ul>
          ) : null}
          {pace ? <p className="mt-1">{copy.living.pace(pace.ratio)}</p> : null}
          <form
            className="mt-4 grid gap-4"
            onSubmit={(event) => {
              event.preventDefault();
              if (!busy) command({ command: "reschedule", body: { ...body, preview: true } });
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
                      {option.id === given ? <span className="text-sm text-ink-muted">({copy.living.current})</span> : null}
                    </label>
                  ))}
                </div>
                {suggested ? <p className="mt-2 text-sm">{copy.living.suggested(suggested.label)}</p> : null}
              </fieldset>
            ) : null}
            <div>
              <Button type="submit" variant="secondary" disabled={busy}>
                {busy && !preview ? copy.living.previewing : copy.living.preview}
              </Button>
            </div>
          </form>
        </>
      ) : null}

      {preview && late ? (
        <section aria-labelledby={`${id}-preview`} className="mt-4 rounded-xl border border-line bg-surface p-4">
          <h3 id={`${id}-preview`} tabIndex={-1} ref={focusOnMount} className="font-semibold focus:outline-none">
            {copy.living.previewHeading}
          </h3>
          {preview.moves.length === 0 ? <p className="mt-1">{copy.living.nothingToMove}</p> : <Moves moves={preview.moves} />}
          {paceScales ? <p className="mt-2 text-sm">{copy.living.previewPace(label(selected))}</p> : null}
          {preview.checkpoint ? (
            <p className="mt-1 text-sm">{copy.living.previewCheckpoint(formatDate(preview.checkpoint.start))}</p>
          ) : null}
          {preview.closesCheckIn && preview.checkpoint ? (
            <p className="mt-2 font-semibold">{copy.living.closesCheckIn(formatDate(preview.checkpoint.start))}</p>
          ) : null}
          {preview.moves.length ? (
            <div className="mt-3 flex flex-wrap gap-2">
              <Button disabled={busy} onClick={() => command({ command: "reschedule", body })}>
                {busy ? copy.living.moving : copy.living.move}
              </Button>
            </div>
          ) : null}
        </section>
      ) : null}

      <div role="status" className="mt-3">
        {reply?.failure ? <p className="font-semibold">{failureMessage(reply.failure, "move your steps")}</p> : null}
        {moved ? (
          <>
            <h3 tabIndex={-1} ref={focusOnMount} className="font-semibold focus:outline-none">
              {copy.living.moved(moved.moves.length)}
            </h3>
            <Moves moves={moved.moves} />
          </>
        ) : null}
      </div>
    </section>
  );
}
