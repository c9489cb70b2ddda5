"use client";
// The wizard screen: progress, the question on screen, notices, and the routes narrowing
// beside it. All decisions come from the machine and the engine; this file renders the slices of
// the state on screen it needs (wizard-source.ts), the same on the server and in the browser.
import Link from "next/link";
import { useMemo, useSyncExternalStore, type Ref } from "react";
import { copy } from "@/data/copy";
import { routeName } from "@/data/route-facts";
import type { Answers } from "@/data/answers";
import type { QuestionId } from "@/data/ids";
import { standings } from "@/lib/standings";
import { positionOf, previousQuestion } from "@/lib/wizard-path";
import { carriedFields, RESTART_WIZARD, resultHref, wizardHref } from "@/lib/addresses";
import { Button, buttonClasses } from "@/components/ui/button";
import { QuestionForm } from "./question-form";
import { RouteNarrowing } from "./route-narrowing";
import type { WizardSource, WizardView } from "./wizard-source";

/** The answers the form sends along with the question on screen, as a GET form sends fields. */
function otherAnswers(answers: Answers, current: QuestionId, compare: string | null): [string, string][] {
  const { [current]: _onScreen, ...others } = answers;
  return carriedFields(others, compare);
}

type Props = { source: WizardSource; ref?: Ref<HTMLDivElement> };

/** One part of the state on screen; the same value while that part is unchanged. */
function useView<K extends keyof WizardView>(source: WizardSource, key: K): WizardView[K] {
  const read = () => source.getSnapshot()[key];
  return useSyncExternalStore(source.subscribe, read, read);
}

export function Wizard({ source, ref }: Props) {
  const answers = useView(source, "answers");
  const path = useView(source, "path");
  const current = useView(source, "current");
  const draft = useView(source, "draft");
  const notice = useView(source, "notice");
  const compare = useView(source, "compare");
  const scripted = useView(source, "scripted");
  const board = useMemo(() => standings(answers), [answers]);
  const step = positionOf(path, current);
  const total = Math.max(step, path.asked.length + path.leftAtMost);
  const previous = previousQuestion(path, current);

  return (
    <div ref={ref} className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="min-w-0">
        <div role="status" aria-live="polite" className="empty:hidden mb-4">
          {notice ? (
            <div className="flex items-start justify-between gap-3 rounded-xl border border-line bg-accent-soft px-4 py-3 text-ink">
              <p>{notice}</p>
              <Button variant="ghost" className="-my-1 shrink-0" onClick={() => source.send({ type: "notice.dismiss" })}>
                Dismiss
              </Button>
            </div>
          ) : null}
        </div>

        {current === null && board.decided ? (
          <section className="rounded-2xl border border-line bg-surface-raised p-6 sm:p-8" aria-labelledby="done-heading">
            <h1 id="done-heading" className="text-2xl font-bold tracking-tight sm:text-3xl">
              {copy.wizard.decided(routeName(board.decided))}
            </h1>
            <p className="mt-3 text-ink-muted">{copy.wizard.asked(path.asked.length)}</p>
            <div className="mt-6 flex flex-wrap gap-3">
              <Link href={resultHref(answers, compare)} className={buttonClasses({ size: "lg" })}>
                See my route and plan
              </Link>
              <Button variant="secondary" size="lg" onClick={() => source.send({ type: "wizard.back" })}>
                Change my last answer
              </Button>
              <Button variant="ghost" size="lg" onClick={() => source.send({ type: "wizard.restart" })}>
                Start over
              </Button>
            </div>
          </section>
        ) : current ? (
          <QuestionForm
            key={current}
            question={current}
            draft={draft}
            scripted={scripted}
            step={step}
            total={total}
            backHref={previous ? wizardHref(answers, previous, compare) : null}
            restartHref={RESTART_WIZARD}
            carried={otherAnswers(answers, current, compare)}
            onSelect={(value) => source.send({ type: "answer.select", value })}
            onSubmit={() => source.send({ type: "answer.submit" })}
            onBack={() => source.send({ type: "wizard.back" })}
            onRestart={() => source.send({ type: "wizard.restart" })}
          />
        ) : null}
      </div>
      <RouteNarrowing board={board} />
    </div>
  );
}
