// The wizard's path through the questions, derived from the answers alone: replaying
// nextQuestion from an empty profile tells which answers are on the path, which question comes
// next, and which answers no longer apply (after an earlier answer changed).
import type { Answers } from "@/data/answers";
import { QUESTION_IDS, type QuestionId } from "@/data/ids";
import { nextQuestion } from "./next-question";

export type WizardPath = {
  /** answers on the path, in the order the wizard asks them */
  asked: QuestionId[];
  /** the answers that are kept */
  answers: Answers;
  /** the question to ask next, or null when the route is decided */
  next: QuestionId | null;
  /** answered questions that are no longer on the path */
  dropped: QuestionId[];
};

export function replay(all: Answers): WizardPath {
  const answers: Answers = {};
  const asked: QuestionId[] = [];
  let next = nextQuestion(answers);
  while (next !== null && all[next] !== undefined) {
    (answers as Record<string, unknown>)[next] = all[next];
    asked.push(next);
    next = nextQuestion(answers);
  }
  const dropped = QUESTION_IDS.filter((q) => all[q] !== undefined && answers[q] === undefined);
  return { asked, answers, next, dropped };
}
