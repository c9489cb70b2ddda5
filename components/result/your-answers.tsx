// The answers behind a result, each with a link back into the wizard at that question: change one
// and the wizard carries on from there (setting aside answers that no longer matter), without
// starting over. Plain links, so it works before and without JavaScript. Questions the wizard did
// not ask are listed too: no answer to them could change the route or the plan, though some may
// decide the plan B that the checkpoint will offer (switchOpen), and the page says so.
import type { Answers } from "@/data/answers";
import { getQuestion, questions } from "@/data/catalog";
import { copy, joinList } from "@/data/copy";
import type { QuestionId } from "@/data/ids";
import { Disclosure } from "@/components/ui/disclosure";
import { wizardHref } from "@/lib/addresses";

export const answerText = (options: { id: string; label: string }[], value: string | readonly string[]) => {
  const ids: readonly string[] = Array.isArray(value) ? value : [value];
  return ids.length ? ids.map((id) => options.find((o) => o.id === id)?.label ?? id).join("; ") : "None of these";
};

type Props = { answers: Answers; compare: string | null; switchOpen: readonly QuestionId[] };

export function YourAnswers({ answers, compare, switchOpen }: Props) {
  const asked = questions.filter((q) => answers[q.id] !== undefined);
  const skipped = questions.filter((q) => answers[q.id] === undefined);
  return (
    <Disclosure summary={<>Your answers, and changing one</>}>
      <div className="grid gap-3 px-5 pb-5">
        <dl className="grid gap-2">
          {asked.map((q) => (
            <div
              key={q.id}
              className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 rounded-lg border border-line bg-surface px-4 py-2"
            >
              <dt className="text-sm text-ink-muted">{q.prompt}</dt>
              <dd className="flex items-baseline gap-3">
                <span className="font-medium">{answerText(q.options, answers[q.id]!)}</span>
                <a href={wizardHref(answers, q.id, compare)} className="text-sm font-medium text-accent-text">
                  Change<span className="sr-only"> your answer to “{q.prompt}”</span>
                </a>
              </dd>
            </div>
          ))}
        </dl>
        {skipped.length ? (
          <p className="text-sm text-ink-muted">
            {copy.notAsked(joinList(skipped.map((q) => q.topic)))}
            {switchOpen.length ? ` ${copy.notAskedPlanB(joinList(switchOpen.map((q) => getQuestion(q).topic)))}` : ""}
          </p>
        ) : null}
      </div>
    </Disclosure>
  );
}
