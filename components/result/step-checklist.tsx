// The steps of a plan as a checklist with dates: the one markup behind the result page's ticks
// (kept in this browser) and a saved plan's ticks (kept on the server). Read-only when disabled.
// In print the checkbox gives way to a ☐/☑ character, which survives any printer.
import type { PlanStep } from "@/data/plan";
import { formatDate, formatWeeks } from "@/lib/dates";

type Props = {
  steps: readonly PlanStep[];
  done: Readonly<Record<string, boolean>>;
  onChange?: (stepId: string, checked: boolean) => void;
  disabled?: boolean;
};

export function StepChecklist({ steps, done, onChange, disabled = false }: Props) {
  return (
    <ol className="grid gap-3 print:gap-0">
      {steps.map((step, i) => {
        const checked = done[step.id] === true;
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
                  <span className="text-ink-muted">{i + 1}. </span>
                  {step.title}
                </label>
                <p className="mt-0.5 text-sm text-ink-muted">
                  {formatWeeks(step.weeks)} · {formatDate(step.dates.start)} to {formatDate(step.dates.end)}
                  {step.interviewPractice ? " · interview practice" : ""}
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
      })}
    </ol>
  );
}
