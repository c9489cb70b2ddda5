"use client";
// One plan-B question as a plain GET form back to the page with the answer added, so it works
// without JavaScript. On a saved plan's page, its owner's answer is kept with the plan instead
// (the plan-b command), and the page, rendered again, asks the next question or names the plan B.
import { useState } from "react";
import { getQuestion } from "@/data/catalog";
import { copy } from "@/data/copy";
import type { QuestionId } from "@/data/ids";
import { planBAction } from "@/lib/addresses";
import { buttonClasses } from "@/components/ui/button";
import { focusOnMount } from "@/components/ui/focus-on-mount";
import { ChoiceOptions } from "@/components/ui/choice-options";
import { useOwnerCommand } from "@/components/plans/saved-plan";

type Props = {
  question: QuestionId;
  /** the query the page had, sent along as hidden fields */
  carried: [name: string, value: string][];
  /** the page the form is on, without the fragment */
  action: string;
  /** how many questions are left at most, this one included */
  left: number;
};

export function PlanBQuestion({ question: id, carried, action, left }: Props) {
  const question = getQuestion(id);
  const command = useOwnerCommand();
  // The question this page first asked: a later one (the owner answered, the page rendered again)
  // takes focus, so a screen reader reads it; the first never steals focus on arrival.
  const [first] = useState(id);
  return (
    <form
      method="get"
      action={planBAction(action)}
      className="grid gap-2"
      onSubmit={(event) => {
        if (!command) return; // people with the link, or no script: the page works it out from the address
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const values = data.getAll(id).map(String).filter(Boolean);
        if (!question.multiple && values.length === 0) return;
        command({ command: "plan-b", body: { answers: { [id]: question.multiple ? values : values[0] } } });
      }}
    >
      {carried.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {/* Sent even when nothing is ticked, so "none of these" is an answer too. */}
      {question.multiple ? <input type="hidden" name={id} value="" /> : null}
      <p className="text-sm font-medium text-ink-muted">{copy.planB.progress(left)}</p>
      <fieldset aria-describedby={question.help ? "plan-b-help" : undefined}>
        <legend className="text-xl font-semibold">
          <span key={id} tabIndex={-1} ref={id === first ? undefined : focusOnMount} className="focus:outline-none">
            {question.prompt}
          </span>
        </legend>
        {question.help ? (
          <p id="plan-b-help" className="mt-1 text-ink-muted">
            {question.help}
          </p>
        ) : null}
        <ChoiceOptions question={question} idPrefix="plan-b" required />
      </fieldset>
      <p>
        <button type="submit" className={buttonClasses()}>
          {copy.planB.next}
        </button>
      </p>
    </form>
  );
}
