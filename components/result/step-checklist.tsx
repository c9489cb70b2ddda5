// The steps of a plan as a checklist with dates: the one markup behind the result page's ticks
// (kept in this browser) and a saved plan's ticks (kept on the server). Read-only when disabled.
// In print the checkbox gives way to a ☐/☑ character, which survives any printer.
import { copy } from "@/data/copy";
import type { PlanStep } from "@/data/plan";
import { formatDate, formatWeeks } from "@/lib/dates";

type Props = {
  steps: readonly PlanStep[];
  done: Readonly<Record<string, boolean>>;
  onChange?: (stepId: string, checked: boolean) => void;
  disabled?: boolean;
  /** under a deadline warning: the heading over the steps that start after the deadline date */
  ifNoOffer?: string | null;
};

export function StepChecklist({ steps, done, onChange, disabled = false, ifNoOffer = null }: Props) {
  const number = new Map(steps.map((s, i) => [s.id, i + 1]));
  const item = (step: PlanStep) => {
    const checked = done[step.id] === true;
    const judged = step.measures?.flatMap((id) => number.get(id) ?? []) ?? [];
    return (
      <li
        key={step.id}
        className="rounded-xl border border-line bg-surface p-4 has-checked:bg-accent-soft print:rounded-none print:border-0 print:border-b print:px-0 print:py-1.5 print:text-[10pt]"
      >
        <div className="flex items-start gap-3">
          <input
            id={`step-${step.id}`}
            type="checkbox"
            checked={checked}
            disabled={disabled}
            onChange={(e) => onChange?.(step.id, e.target.checked)}
            className="mt-1 size-5 shrink-0 accent-accent print:hidden"
          />
          <span aria-hidden="true" className="hidden text-lg leading-6 print:inline">
            {checked ? "☑" : "☐"}
          </span>
          <div className="min-w-0">
            <label htmlFor={`step-${step.id}`} className={disabled ? "font-semibold" : "cursor-pointer font-semibold"}>
              <span className="text-ink-muted">{number.get(step.id)}. </span>
              {step.title}
            </label>
            <p className="mt-0.5 text-sm text-ink-muted">
              {formatWeeks(step.weeks)} · {formatDate(step.dates.start)} to {formatDate(step.dates.end)}
              {step.interviewPractice ? " · interview practice" : ""}
              {judged.length ? ` · ${copy.result.judges(judged)}` : ""}
            </p>
            <p className="mt-2">{step.detail}</p>
            <p className="mt-2 text-sm">
              <span className="font-semibold">Done when: </span>
              {step.doneWhen}
            </p>
          </div>
        </div>
      </li>
    );
  };
  // Where a heading names the deadline, the steps after it sit under it; everything else in one list.
  const after = ifNoOffer ? steps.filter((s) => s.afterDeadline) : [];
  const before = steps.filter((s) => !after.includes(s));
  return (
    <>
      <ol className="grid gap-3 print:gap-0">{before.map(item)}</ol>
      {after.length && ifNoOffer ? (
        <section aria-labelledby="if-no-offer" className="mt-6 grid gap-3">
          <h3 id="if-no-offer" className="text-xl font-bold tracking-tight">
            {ifNoOffer}
          </h3>
          <p className="text-ink-muted">{copy.result.ifNoOfferIntro}</p>
          <ol start={before.length + 1} className="grid gap-3 print:gap-0">
            {after.map(item)}
          </ol>
        </section>
      ) : null}
    </>
  );
}
