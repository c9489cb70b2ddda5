// "Choose my plan B now": where the checkpoint's switch route still depends on questions the
// wizard skipped (they could not change the route), the result offers them, one at a time, as
// plain GET forms back to the result with the answer added, so it works without JavaScript. The
// result with that answer names the switch route once the answers settle it (lib/switch-route.ts).
import type { Answers } from "@/data/answers";
import { getQuestion } from "@/data/catalog";
import { copy } from "@/data/copy";
import type { QuestionId } from "@/data/ids";
import { answersToSearch } from "@/lib/answers-url";
import { PLAN_B, planBHref } from "@/lib/addresses";
import { formatDate } from "@/lib/dates";
import { buttonClasses } from "@/components/ui/button";
import { ChoiceOptions } from "@/components/ui/choice-options";

type Props = {
  answers: Answers;
  compare: string | null;
  /** the skipped questions that decide the switch route, in catalog order (empty once settled) */
  open: QuestionId[];
  switchTo: string | null;
  warned: boolean;
  routeName: string;
  checkpointDate: string;
  /** the person asked to choose it now (the page's address says so) */
  asking: boolean;
  /** where the form sends the answers (the result page) */
  action: string;
};

export function PlanB({ answers, compare, open, switchTo, warned, routeName, checkpointDate, asking, action }: Props) {
  const date = formatDate(checkpointDate);
  if (!open.length && !asking) return null;
  const question = open[0] ? getQuestion(open[0]) : null;
  return (
    <section
      id="plan-b"
      aria-labelledby="plan-b-heading"
      className="grid gap-3 rounded-2xl border border-line bg-surface-raised p-5 print:hidden"
    >
      <h2 id="plan-b-heading" tabIndex={-1} className="text-2xl font-bold tracking-tight focus:outline-none">
        {question ? copy.planB.heading : copy.planB.chosen}
      </h2>
      {!question ? (
        <p role="status">
          {switchTo
            ? copy.planB.route(switchTo, routeName, date)
            : warned
              ? copy.planB.bridge(routeName, date)
              : copy.planB.none(routeName, date)}
        </p>
      ) : !asking ? (
        <>
          <p>{copy.planB.open(routeName, date, open.length)}</p>
          <p>
            <a href={planBHref(answers, compare)} className={buttonClasses({ variant: "secondary" })}>
              {copy.planB.choose}
            </a>
          </p>
        </>
      ) : (
        <form method="get" action={`${action}#plan-b`} className="grid gap-2">
          {[...new URLSearchParams(answersToSearch(answers))].map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          {compare ? <input type="hidden" name="compare" value={compare} /> : null}
          <input type="hidden" name={PLAN_B} value="1" />
          {/* Sent even when nothing is ticked, so "none of these" is an answer too. */}
          {question.multiple ? <input type="hidden" name={question.id} value="" /> : null}
          <p className="text-sm font-medium text-ink-muted">{copy.planB.progress(open.length)}</p>
          <fieldset aria-describedby={question.help ? "plan-b-help" : undefined}>
            <legend className="text-xl font-semibold">{question.prompt}</legend>
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
      )}
    </section>
  );
}
