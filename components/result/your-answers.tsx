// The answers behind a result, each with a link back into the wizard at that question: change one
// and the wizard carries on from there (setting aside answers that no longer matter), without
// starting over. Plain links, so it works before and without JavaScript. Questions the wizard did
// not ask are listed too: no answer to them could have changed this result.
import type { Answers } from "@/data/answers";
import { questions } from "@/data/catalog";
import { Disclosure } from "@/components/ui/disclosure";
import { wizardHref } from "@/lib/addresses";

const answerText = (options: { id: string; label: string }[], value: string | readonly string[]) => {
  const ids: readonly string[] = Array.isArray(value) ? value : [value];
  return ids.length ? ids.map((id) => options.find((o) => o.id === id)?.label ?? id).join("; ") : "None of these";
};

export function YourAnswers({ answers, compare }: { answers: Answers; compare: string | null }) {
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
            Not asked, because no answer could have changed this result: {skipped.map((q) => q.topic).join(", ")}.
          </p>
        ) : null}
      </div>
    </Disclosure>
  );
}
