"use client";
// One question: a fieldset whose legend is the page heading, native radios (or checkboxes for the
// multi-select question) whose values are the option ids, Back and Continue. It is a real GET form
// to the next question, with the answers so far in hidden fields and Back and Start over as links,
// so it works before and without JavaScript, and until the wizard's machine has loaded (number keys
// pick an option already; everything else is the browser's). Once the machine runs it handles
// every action in place, and Enter continues from anywhere on the page.
import { useEffect, useEffectEvent, useId, useRef, useState } from "react";
import { getQuestion } from "@/data/catalog";
import { copy } from "@/data/copy";
import type { QuestionId } from "@/data/ids";
import type { Draft } from "@/machines/wizard-steps";
import { Button, buttonClasses } from "@/components/ui/button";
import { ChoiceOptions } from "@/components/ui/choice-options";
import { ProgressBar } from "@/components/ui/progress-bar";
import { WIZARD } from "@/lib/addresses";

type Props = {
  question: QuestionId;
  draft: Draft | null;
  /** Until the machine has taken over, the form is the browser's (it checks that an option is
   * chosen, sends the form and follows the links); after, the machine does it all in place. */
  scripted: boolean;
  step: number;
  total: number;
  /** the previous question's address, or null on the first */
  backHref: string | null;
  restartHref: string;
  /** the answers so far (and the comparison, if any), sent along as hidden fields */
  carried: [name: string, value: string][];
  onSelect: (value: Draft) => void;
  onSubmit: () => void;
  onBack: () => void;
  onRestart: () => void;
};

/** A link that the machine handles in place once it runs (a plain link until then). */
const follow = (scripted: boolean, action: () => void) => (event: React.MouseEvent<HTMLAnchorElement>) => {
  if (!scripted || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return; // new tab or window
  event.preventDefault();
  action();
};

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    ["TEXTAREA", "SELECT"].includes(target.tagName) ||
    (target instanceof HTMLInputElement && !["radio", "checkbox"].includes(target.type)));

export function QuestionForm({
  question,
  draft,
  scripted,
  step,
  total,
  backHref,
  restartHref,
  carried,
  onSelect,
  onSubmit,
  onBack,
  onRestart,
}: Props) {
  const q = getQuestion(question);
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [missing, setMissing] = useState(false);
  const id = useId();
  const selected = (option: string) => (Array.isArray(draft) ? draft.includes(option) : draft === option);

  const choose = (option: string) => {
    setMissing(false);
    if (!q.multiple) return onSelect(option);
    const list = Array.isArray(draft) ? draft : [];
    onSelect(list.includes(option) ? list.filter((o) => o !== option) : [...list, option]);
  };

  const submit = () => {
    if (q.multiple && draft === null)
      onSelect([]); // nothing ticked means "none of these"
    else if (draft === null) return setMissing(true);
    onSubmit();
  };

  // A new question takes focus so a screen reader announces it (not on the very first screen).
  const mounted = useRef(false);
  useEffect(() => {
    if (step > 1 || mounted.current) headingRef.current?.focus();
    mounted.current = true;
  }, [step]);

  // Keys from anywhere on the page, read with the question and the choice on screen when pressed;
  // the listener itself is added once.
  const onKey = useEffectEvent((e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return;
    // 1-9 pick the first nine options, 0 the tenth.
    const index = e.key === "0" ? 9 : Number(e.key) - 1;
    if (Number.isInteger(index) && index >= 0 && index < q.options.length) {
      e.preventDefault();
      choose(q.options[index]!.id);
      formRef.current?.querySelectorAll<HTMLInputElement>("input")[index]?.focus();
    } else if (scripted && e.key === "Enter" && !(e.target instanceof HTMLButtonElement || e.target instanceof HTMLAnchorElement)) {
      e.preventDefault();
      submit();
    }
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey(e);
    window.addEventListener("keydown", listener);
    return () => window.removeEventListener("keydown", listener);
  }, []);

  return (
    <form
      ref={formRef}
      method="get"
      action={WIZARD}
      noValidate={scripted}
      onSubmit={(e) => {
        if (!scripted) return; // the browser sends the form
        e.preventDefault();
        submit();
      }}
      className="rounded-2xl border border-line bg-surface-raised p-5 shadow-sm sm:p-8"
    >
      {carried.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {/* Sent even when nothing is ticked, so "none of these" is an answer too. */}
      {q.multiple ? <input type="hidden" name={q.id} value="" /> : null}
      <div className="mb-6">
        <p className="text-sm font-medium text-ink-muted">
          Question {step} <span className="font-normal">of at most {total}</span>
        </p>
        <ProgressBar value={step - 1} max={total} className="mt-2" />
      </div>

      <fieldset aria-describedby={q.help ? `${id}-help` : undefined}>
        <legend className="contents">
          <h1 ref={headingRef} tabIndex={-1} className="text-2xl font-bold tracking-tight text-balance focus:outline-none sm:text-3xl">
            {q.prompt}
          </h1>
        </legend>
        {q.help ? (
          <p id={`${id}-help`} className="mt-2 text-ink-muted">
            {q.help}
          </p>
        ) : null}
        <ChoiceOptions question={q} idPrefix={id} checked={selected} onChoose={choose} required keys />
      </fieldset>

      <p id={`${id}-missing`} className="mt-3 min-h-6 text-sm font-medium text-red-700 dark:text-red-300" aria-live="assertive">
        {missing ? copy.wizard.missing : ""}
      </p>

      <div className="mt-2 flex flex-wrap items-center gap-3">
        {backHref ? (
          <a href={backHref} onClick={follow(scripted, onBack)} className={buttonClasses({ variant: "secondary" })}>
            Back
          </a>
        ) : (
          <Button variant="secondary" disabled>
            Back
          </Button>
        )}
        <Button type="submit" aria-describedby={missing ? `${id}-missing` : undefined}>
          Continue
        </Button>
        {step > 1 ? (
          <a href={restartHref} onClick={follow(scripted, onRestart)} className={buttonClasses({ variant: "ghost", className: "ml-auto" })}>
            Start over
          </a>
        ) : (
          <Button variant="ghost" className="ml-auto" disabled>
            Start over
          </Button>
        )}
      </div>
      <p className="mt-4 hidden text-sm text-ink-muted sm:block">{copy.wizard.tip(q.options.length, q.multiple)}</p>
    </form>
  );
}
