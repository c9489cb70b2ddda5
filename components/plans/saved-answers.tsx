"use client";
// "Your answers" on a saved plan: the answers the advice was based on, in words, with the
// questions the wizard skipped marked as such and the plan-B answers given since. The owner sees
// them and chooses whether people with the link do too (some answers are private: a performance
// plan, a visa); people with the link see them only where the owner shares them.
import { copy } from "@/data/copy";
import { questions } from "@/data/catalog";
import { Disclosure } from "@/components/ui/disclosure";
import { answerText } from "@/components/result/your-answers";
import { useCommand, useIsOwner, usePending, usePlanView, useReply } from "./saved-plan";

export function SavedAnswers() {
  const plan = usePlanView();
  const owner = useIsOwner();
  const command = useCommand();
  const sharing = usePending("update");
  const reply = useReply("update");
  if (!plan || plan.answersHidden || (!owner && !plan.shareAnswers)) return null;
  const later = plan.laterAnswers;
  return (
    <Disclosure summary={<>{copy.answers.heading}</>}>
      <div className="grid gap-3 px-5 pb-5">
        <dl className="grid gap-2">
          {questions.map((q) => {
            const given = plan.answers[q.id];
            const since = later[q.id];
            return (
              <div
                key={q.id}
                className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 rounded-lg border border-line bg-surface px-4 py-2"
              >
                <dt className="text-sm text-ink-muted">{q.prompt}</dt>
                <dd className="font-medium">
                  {since !== undefined
                    ? `${answerText(q.options, since)} (${given !== undefined ? copy.answers.changedSince : copy.answers.forPlanB})`
                    : given !== undefined
                      ? answerText(q.options, given)
                      : copy.answers.skipped}
                </dd>
              </div>
            );
          })}
        </dl>
        {owner ? (
          <label className="flex min-h-11 items-center gap-3">
            <input
              type="checkbox"
              checked={plan.shareAnswers}
              disabled={sharing}
              onChange={(e) => command({ command: "update", body: { shareAnswers: e.target.checked } })}
              className="size-5 accent-accent"
            />
            {copy.answers.share}
          </label>
        ) : null}
        <p role="status" className="min-h-6 text-sm text-ink-muted">
          {owner && reply?.request.body.shareAnswers !== undefined && !reply.failure
            ? reply.request.body.shareAnswers
              ? copy.answers.shared
              : copy.answers.private
            : null}
        </p>
      </div>
    </Disclosure>
  );
}
