// Change any answer and see the result recompute, without starting over: a plain GET form back to
// /result (it works before any JavaScript loads). Questions the wizard skipped can be answered too.
import type { Answers } from "@/data/answers";
import { Disclosure } from "@/components/ui/disclosure";
import { questions } from "@/data/catalog";
import { buttonClasses } from "@/components/ui/button";

export function ChangeAnswers({ answers, startDate }: { answers: Answers; startDate: string }) {
  return (
    <Disclosure summary={<>Change an answer</>}>
      <form action="/result" method="get" className="grid gap-4 px-5 pb-5 sm:grid-cols-2">
        <input type="hidden" name="start" value={startDate} />
        {questions.map((q) => {
          const value = answers[q.id];
          if (q.multiple) {
            const list: readonly string[] = Array.isArray(value) ? value : [];
            return (
              <fieldset key={q.id} className="sm:col-span-2">
                <legend className="text-sm font-semibold">{q.prompt}</legend>
                <input type="hidden" name={q.id} value="" />
                <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
                  {q.options.map((o) => (
                    <label key={o.id} className="inline-flex min-h-11 items-center gap-2">
                      <input type="checkbox" name={q.id} value={o.id} defaultChecked={list.includes(o.id)} className="size-5 accent-accent" />
                      {o.label}
                    </label>
                  ))}
                </div>
              </fieldset>
            );
          }
          return (
            <label key={q.id} className="grid gap-1 text-sm font-semibold">
              {q.prompt}
              <select
                name={q.id}
                defaultValue={typeof value === "string" ? value : ""}
                className="min-h-11 rounded-lg border border-line-strong bg-surface px-3 font-normal text-ink"
              >
                <option value="">Not asked</option>
                {q.options.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.label}
                  </option>
                ))}
              </select>
            </label>
          );
        })}
        <div className="sm:col-span-2">
          <button type="submit" className={buttonClasses()}>
            Update my result
          </button>
        </div>
      </form>
    </Disclosure>
  );
}
