// A question's options as native radios (or checkboxes for the multi-select question), each a
// card with its label and hint: the one markup behind the wizard's questions and the plan-B
// questions. Plain inputs in a GET form, so it works without JavaScript; the wizard passes
// `checked` and `onChoose` to run it from its machine instead.
import type { Question } from "@/data/schema";

type Props = {
  question: Question;
  /** prefix for the ids that tie each input to its label and hint */
  idPrefix: string;
  checked?: (option: string) => boolean;
  onChoose?: (option: string) => void;
  /** the browser itself asks for a choice before a radio form is sent */
  required?: boolean;
  /** number keys pick options (the wizard): show each option's key */
  keys?: boolean;
};

export function ChoiceOptions({ question: q, idPrefix: id, checked, onChoose, required = false, keys = false }: Props) {
  return (
    <div className="mt-6 grid gap-3">
      {q.options.map((option, i) => (
        <label
          key={option.id}
          className="group flex min-h-14 cursor-pointer items-start gap-3 rounded-xl border border-line bg-surface px-4 py-3 transition-colors hover:border-line-strong has-checked:border-accent has-checked:bg-accent-soft has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-focus"
        >
          <input
            type={q.multiple ? "checkbox" : "radio"}
            name={q.id}
            value={option.id}
            {...(checked ? { checked: checked(option.id), onChange: () => onChoose?.(option.id) } : {})}
            required={required && !q.multiple}
            aria-labelledby={`${id}-${option.id}`}
            aria-describedby={option.hint ? `${id}-${option.id}-hint` : undefined}
            className="mt-1 size-5 shrink-0 accent-accent focus-visible:outline-none"
          />
          <span className="min-w-0 flex-1">
            <span id={`${id}-${option.id}`} className="block font-medium">
              {option.label}
            </span>
            {option.hint ? (
              <span id={`${id}-${option.id}-hint`} className="mt-0.5 block text-sm text-ink-muted">
                {option.hint}
              </span>
            ) : null}
          </span>
          {keys ? (
            <kbd aria-hidden="true" className="hidden rounded border border-line px-1.5 text-xs text-ink-muted sm:inline">
              {(i + 1) % 10}
            </kbd>
          ) : null}
        </label>
      ))}
    </div>
  );
}
