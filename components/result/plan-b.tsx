// "Choose my plan B now": where the checkpoint's switch route still depends on questions the
// wizard skipped (they could not change the route), the result offers them, one at a time, as
// plain GET forms back to the result with the answer added, so it works without JavaScript. The
// result with that answer names the switch route once the answers settle it (lib/switch-route.ts).
import type { Answers } from "@/data/answers";
import { getQuestion } from "@/data/catalog";
import { copy } from "@/data/copy";
import type { QuestionId } from "@/data/ids";
import { carriedFields } from "@/lib/addresses";
import { formatDate } from "@/lib/dates";
import { buttonClasses } from "@/components/ui/button";
import { PlanBQuestion } from "./plan-b-question";

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
  /** where the form sends the answers: the result page, or the saved plan's */
  action: string;
  /** "Choose my plan B now": the same page asking the first question */
  chooseHref: string;
};

export function PlanB({ answers, compare, open, switchTo, warned, routeName, checkpointDate, asking, action, chooseHref }: Props) {
  const date = formatDate(checkpointDate);
  if (!open.length && !asking) return null;
  const question = open[0] ? getQuestion(open[0]) : null;
  // What the form sends along: the answers so far, the comparison, and that plan B is being chosen.
  const carried = carriedFields(answers, compare, { planB: true });
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
            <a href={chooseHref} className={buttonClasses({ variant: "secondary" })}>
              {copy.planB.choose}
            </a>
          </p>
        </>
      ) : (
        <PlanBQuestion question={question.id} carried={carried} action={action} left={open.length} />
      )}
    </section>
  );
}
