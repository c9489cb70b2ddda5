"use client";
// The owner's part of the checkpoint: the check-in's questions, and when it is not working, the
// route to switch to with its plan from today and the one action that switches. Loaded only for
// the owner (components/plans/owner-only.tsx).
import Link from "next/link";
import { useId, useState } from "react";
import { copy } from "@/data/copy";
import type { PlanStep } from "@/data/plan";
import type { CheckIn } from "@/lib/api-contract";
import { failureMessage } from "@/lib/api-result";
import { formatDateRange } from "@/lib/dates";
import { isWorking } from "@/lib/living-plan";
import { Button, buttonClasses } from "@/components/ui/button";
import { useReply, usePending, useSend } from "./saved-plan";

type Props = {
  routeName: string;
  questions: readonly string[];
  switchTo: { name: string; steps: Pick<PlanStep, "id" | "title" | "dates">[] } | null;
  rerunHref: string;
  /** the check-in recorded since the checkpoint began, if any */
  last: CheckIn | null;
};

export function CheckInForm({ routeName, questions, switchTo, rerunHref, last }: Props) {
  const id = useId();
  const send = useSend();
  const checkingIn = usePending("check-in");
  const switching = usePending("switch");
  const checkInReply = useReply("check-in");
  const switchReply = useReply("switch");
  const [answers, setAnswers] = useState<(boolean | null)[]>(() => questions.map(() => null));
  return (
    <>
      {!last ? (
        <form
          className="mt-3 grid gap-4"
          onSubmit={(event) => {
            event.preventDefault();
            if (answers.every((a) => a !== null) && !checkingIn) send({ type: "plan.checkIn", answers: answers });
          }}
        >
          <p className="text-ink-muted">{copy.living.checkInIntro}</p>
          {questions.map((question, i) => (
            <fieldset key={question} className="grid gap-2">
              <legend className="font-semibold">{question}</legend>
              <div className="flex gap-2">
                {[true, false].map((value) => (
                  <label
                    key={String(value)}
                    className="flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-line bg-surface px-4 has-checked:border-accent has-checked:bg-accent-soft"
                  >
                    <input
                      type="radio"
                      name={`${id}-q${i}`}
                      required
                      checked={answers[i] === value}
                      onChange={() => setAnswers((all) => all.map((a, k) => (k === i ? value : a)))}
                      className="size-4 accent-accent"
                    />
                    {value ? "Yes" : "No"}
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
          <div>
            <Button type="submit" disabled={checkingIn || answers.some((a) => a === null)}>
              {checkingIn ? copy.living.recording : copy.living.record}
            </Button>
          </div>
          {answers.every((a) => a !== null) ? (
            <p className="text-sm text-ink-muted">{isWorking(answers) ? "All the signs are there." : "Some signs are not there yet."}</p>
          ) : null}
        </form>
      ) : null}

      {last && !last.working && switchTo ? (
        <div className="mt-4 grid gap-3">
          <h3 className="text-lg font-bold">{copy.living.switchOffer(switchTo.name)}</h3>
          <ol className="grid list-decimal gap-1 pl-5">
            {switchTo.steps.map((step) => (
              <li key={step.id}>
                {step.title} <span className="text-sm text-ink-muted">({formatDateRange(step.dates.start, step.dates.end)})</span>
              </li>
            ))}
          </ol>
          <div className="flex flex-wrap items-center gap-3">
            <Button onClick={() => !switching && send({ type: "plan.switch" })} disabled={switching}>
              {switching ? copy.living.switching : copy.living.switchButton(switchTo.name)}
            </Button>
            <Link href={rerunHref} className={buttonClasses({ variant: "ghost" })}>
              {copy.living.situationChanged}
            </Link>
          </div>
          <p className="text-sm text-ink-muted">{copy.living.carryOn(routeName)}</p>
        </div>
      ) : null}

      <div role="status" className="mt-2 text-sm font-semibold">
        {checkInReply?.failure ? failureMessage(checkInReply.failure, "record your check-in") : null}
        {switchReply?.failure ? failureMessage(switchReply.failure, "switch your plan") : null}
      </div>
    </>
  );
}
