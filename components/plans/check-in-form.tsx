"use client";
// The owner's part of the checkpoint: the check-in's questions, and when it is not working, where
// to go: the plan-B questions still open first (the page asks them, one at a time, below), then the
// route to switch to with its plan from today and the one action that switches, or, where no route
// fits, the second door or a plain word that none does. The outcome of a check-in or a switch takes
// focus and is announced. Loaded only for the owner (components/plans/owner-only.tsx).
import Link from "next/link";
import { useId, useState } from "react";
import { copy } from "@/data/copy";
import type { PlanStep } from "@/data/plan";
import type { CheckIn } from "@/lib/api-contract";
import { failureMessage } from "@/lib/api-result";
import { formatDate, formatDateRange } from "@/lib/dates";
import { isWorking } from "@/lib/living-plan";
import { Button, buttonClasses } from "@/components/ui/button";
import { focusOnMount } from "@/components/ui/focus-on-mount";
import { useCommand, usePending, useReply } from "./saved-plan";

type Props = {
  routeName: string;
  questions: readonly string[];
  switchTo: { name: string; steps: Pick<PlanStep, "id" | "title" | "dates">[] } | null;
  /** the plan-B questions are still to answer before a switch can be offered */
  planBOpen: boolean;
  /** where no route fits: a deadline warning sends the effort to the second door */
  warned: boolean;
  rerunHref: string;
  /** the check-in recorded since the checkpoint began, if any */
  last: CheckIn | null;
};

export function CheckInForm({ routeName, questions, switchTo, planBOpen, warned, rerunHref, last }: Props) {
  const id = useId();
  const command = useCommand();
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
            if (answers.every((a) => a !== null) && !checkingIn) command({ command: "check-in", body: { answers: answers } });
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
            <p className="text-sm text-ink-muted">{isWorking(answers) ? copy.signs.all : copy.signs.some}</p>
          ) : null}
        </form>
      ) : null}

      {last ? (
        <h3 tabIndex={-1} ref={checkInReply ? focusOnMount : undefined} className="mt-2 text-lg font-bold focus:outline-none">
          {last.working ? copy.living.working(formatDate(last.on)) : copy.living.notWorking(formatDate(last.on))}
        </h3>
      ) : null}

      {last && !last.working && planBOpen ? <p className="mt-2">{copy.living.planBFirst}</p> : null}

      {last && !last.working && !planBOpen && switchTo ? (
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
            <Button onClick={() => !switching && command({ command: "switch", body: {} })} disabled={switching}>
              {switching ? copy.living.switching : copy.living.switchButton(switchTo.name)}
            </Button>
            <Link href={rerunHref} className={buttonClasses({ variant: "ghost" })}>
              {copy.living.situationChanged}
            </Link>
          </div>
          <p className="text-sm text-ink-muted">{copy.living.carryOn(routeName)}</p>
        </div>
      ) : null}

      {last && !last.working && !planBOpen && !switchTo ? (
        <div className="mt-3 grid gap-2">
          <p>{warned ? copy.living.noSwitchBridge : copy.living.noSwitch}</p>
          <p>
            <Link href={rerunHref} className={buttonClasses({ variant: "ghost" })}>
              {copy.living.situationChanged}
            </Link>
          </p>
        </div>
      ) : null}

      <div role="status" className="mt-2 text-sm font-semibold">
        {checkInReply?.failure ? failureMessage(checkInReply.failure, "record your check-in") : null}
        {switchReply?.failure ? failureMessage(switchReply.failure, "switch your plan") : null}
      </div>
    </>
  );
}
