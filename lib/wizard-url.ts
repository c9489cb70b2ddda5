// Reading the wizard's addresses (addresses.ts builds them). Every question on screen has one,
// carrying the answers so far: /wizard?hours=3-8&employer=no-pm-team&q=role. The server renders
// the question from it (a form that works without JavaScript submits to it with GET), a reload
// shows the same question, and the browser's Back and Forward walk the questions. A re-run of a
// saved plan carries &compare=<id>.
import type { Answers } from "@/data/answers";
import type { QuestionId } from "@/data/ids";
import { isQuestionId } from "./answer-values";
import { answersFromSearch, type Params } from "./answers-url";
import { WIZARD_PARAMS as KEYS } from "./wizard-keys";

export type WizardUrl = {
  /** null when the answers in the address cannot be read */
  answers: Answers | null;
  /** the question asked for, if the address names one */
  question: QuestionId | null;
  compare: string | null;
  /** "Start over" without JavaScript (RESTART_WIZARD) */
  restart: boolean;
};

const first = (params: Params, key: string): string | null => {
  const value = params instanceof URLSearchParams ? params.get(key) : params[key];
  return (Array.isArray(value) ? value[0] : value) ?? null;
};

/** What a wizard address says; the result page reads its answers and comparison the same way. */
export function readWizardUrl(params: Params): WizardUrl {
  const question = first(params, KEYS.question);
  const compare = first(params, KEYS.compare);
  return {
    answers: answersFromSearch(params),
    question: isQuestionId(question) ? question : null,
    compare: compare ? compare.slice(0, 100) : null,
    restart: first(params, KEYS.restart) !== null,
  };
}
