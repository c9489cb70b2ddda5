// The wizard: one question at a time, back, change an earlier answer, restart, and the result.
// Pure XState v5: it imports only xstate, data/ and lib/. Which question comes next is decided by
// the engine (lib/wizard-path.ts replays nextQuestion over the answers), so the machine holds only
// the answers, the question on screen and its not-yet-submitted selection (the draft).
import { assign, setup } from "xstate";
import type { Answers } from "@/data/answers";
import { getQuestion } from "@/data/catalog";
import { copy } from "@/data/copy";
import type { QuestionId } from "@/data/ids";
import { isAnswer } from "@/lib/answer-values";
import { isOnPath, keptAnswers, previousQuestion, replay } from "@/lib/wizard-path";

export type Draft = string | string[];

export type WizardContext = {
  answers: Answers;
  /** the question on screen; null on the result */
  current: QuestionId | null;
  draft: Draft | null;
  /** a short message for the person: answers set aside, a state that could not be restored */
  notice: string | null;
};

export type WizardEvent =
  | { type: "answer.select"; value: Draft }
  | { type: "answer.submit" }
  | { type: "answer.change"; question: QuestionId }
  | { type: "wizard.back" }
  | { type: "wizard.restart" }
  | { type: "notice.dismiss" };

export type WizardInput = { answers?: Answers; notice?: string | null };

/**
 * Puts the answers on the wizard's path and moves to the next question (or the result). Answers
 * that can no longer change the result are set aside, and the person is told.
 */
function settle(all: Answers, notice: string | null = null): WizardContext {
  const path = replay(all);
  const droppedNotice = path.dropped.length
    ? copy.setAside(path.dropped.map((q) => getQuestion(q).topic))
    : null;
  return { answers: keptAnswers(path, all), current: path.next, draft: null, notice: droppedNotice ?? notice };
}

const withAnswer = (answers: Answers, question: QuestionId, value: Draft): Answers =>
  ({ ...answers, [question]: value }) as Answers;

const previous = ({ answers, current }: WizardContext) => previousQuestion(replay(answers), current);

export const wizardMachine = setup({
  types: {
    context: {} as WizardContext,
    events: {} as WizardEvent,
    input: {} as WizardInput,
  },
  actions: {
    selectDraft: assign({ draft: (_, params: { value: Draft }) => params.value }),
    submitDraft: assign(({ context }) =>
      settle(withAnswer(context.answers, context.current!, context.draft!)),
    ),
    openQuestion: assign(({ context }, params: { question: QuestionId }) =>
      // Opening the question already on screen (a reload at ?q=…) keeps its unsubmitted selection
      // and any notice about restoring it.
      params.question === context.current
        ? {}
        : { current: params.question, draft: (context.answers[params.question] as Draft | undefined) ?? null, notice: null },
    ),
    goBack: assign(({ context }) => {
      const question = previous(context)!;
      return { current: question, draft: (context.answers[question] as Draft) ?? null, notice: null };
    }),
    restart: assign(() => settle({}, copy.restarted)),
    dismissNotice: assign({ notice: null }),
    /** Side effect supplied where the machine is mounted (.provide): show the result page. */
    showResult: () => {},
  },
  guards: {
    hasDraft: ({ context }) => context.current !== null && context.draft !== null,
    isAnswerToCurrent: ({ context }, params: { value: Draft }) =>
      context.current !== null && isAnswer(context.current, params.value),
    canGoBack: ({ context }) => previous(context) !== null,
    isSettled: ({ context }) => context.current === null,
    isOnPath: ({ context }, params: { question: QuestionId }) => isOnPath(replay(context.answers), params.question),
  },
}).createMachine({
  id: "wizard",
  context: ({ input }) => settle(input.answers ?? {}, input.notice ?? null),
  initial: "deciding",
  on: {
    "wizard.restart": { target: ".deciding", actions: "restart" },
    "notice.dismiss": { actions: "dismissNotice" },
    "answer.change": {
      guard: { type: "isOnPath", params: ({ event }) => ({ question: event.question }) },
      target: ".asking",
      actions: { type: "openQuestion", params: ({ event }) => ({ question: event.question }) },
    },
  },
  states: {
    /** Decides where the answers lead: the next question, or the result once it is settled. */
    deciding: {
      always: [{ guard: "isSettled", target: "result" }, { target: "asking" }],
    },
    asking: {
      on: {
        "answer.select": {
          guard: { type: "isAnswerToCurrent", params: ({ event }) => ({ value: event.value }) },
          actions: { type: "selectDraft", params: ({ event }) => ({ value: event.value }) },
        },
        "answer.submit": { guard: "hasDraft", target: "deciding", actions: "submitDraft" },
        "wizard.back": { guard: "canGoBack", actions: "goBack" },
      },
    },
    result: {
      entry: "showResult",
      on: {
        "wizard.back": { guard: "canGoBack", target: "asking", actions: "goBack" },
      },
    },
  },
});
