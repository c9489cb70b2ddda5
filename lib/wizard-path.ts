// The wizard's path through the questions, derived from the answers alone: replaying
// nextQuestion from an empty profile tells which answers are on the path and which question comes
// next. After an earlier answer changes, a later answer is kept if it could still matter (the
// path picks it up again when it gets there, without asking) and set aside if it never can. The
// machine, its persistence and the wizard screen all ask these questions here, so the rules live
// once.
import type { Answers } from "@/data/answers";
import { QUESTION_IDS, type QuestionId } from "@/data/ids";
import { popcount } from "./decide";
import { liveQuestions, nextQuestion } from "./next-question";
import { toState } from "./table";

export type WizardPath = {
  /** answers on the path, in the order the wizard asks them */
  asked: QuestionId[];
  /** the answers on the path */
  answers: Answers;
  /** the question to ask next, or null when the whole result is settled */
  next: QuestionId | null;
  /** answered, not on the path yet, but still able to matter: used when the path gets there */
  pending: QuestionId[];
  /** answered questions that can no longer change the result */
  dropped: QuestionId[];
  /** at most how many more questions the wizard will ask (pending ones are not asked again) */
  leftAtMost: number;
};

const sameAnswer = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The path the answers take. `known`, a path the caller worked out before (the wizard keeps the
 * one on screen), is followed for as long as its answers are the same: the next question depends
 * only on the answers before it, so one new answer costs one new choice, not a replay.
 */
export function replay(all: Answers, known?: WizardPath): WizardPath {
  const answers: Answers = {};
  const asked: QuestionId[] = [];
  let reuse = known;
  let next = reuse ? (reuse.asked[0] ?? reuse.next) : nextQuestion(answers);
  while (next !== null && all[next] !== undefined) {
    (answers as Record<string, unknown>)[next] = all[next];
    asked.push(next);
    if (reuse && reuse.asked[asked.length - 1] === next && sameAnswer(reuse.answers[next], all[next])) {
      next = reuse.asked[asked.length] ?? reuse.next;
    } else {
      reuse = undefined;
      next = nextQuestion(answers);
    }
  }
  const live = liveQuestions(toState(answers));
  const off = QUESTION_IDS.filter((q) => all[q] !== undefined && answers[q] === undefined);
  const pending = off.filter((q) => live & (1 << QUESTION_IDS.indexOf(q)));
  const dropped = off.filter((q) => !pending.includes(q));
  return { asked, answers, next, pending, dropped, leftAtMost: popcount(live) - pending.length };
}

/** The answers the wizard keeps: those on the path and those still pending. */
export function keptAnswers(path: WizardPath, all: Answers): Answers {
  const kept: Record<string, unknown> = { ...path.answers };
  for (const q of path.pending) kept[q] = all[q];
  return kept;
}

/** Can the person open this question: one they answered on the path, or the next one? */
export const isOnPath = (path: WizardPath, question: QuestionId): boolean => path.asked.includes(question) || path.next === question;

/** The question's place on the path, from 1: an earlier one when going back, else the next one. */
export const positionOf = (path: WizardPath, current: QuestionId | null): number =>
  current !== null && path.asked.includes(current) ? path.asked.indexOf(current) + 1 : path.asked.length + 1;

/** The question before the one on screen (null on the first), or the last one asked on the result. */
export function previousQuestion(path: WizardPath, current: QuestionId | null): QuestionId | null {
  const at = current === null ? path.asked.length : path.asked.indexOf(current);
  const index = at === -1 ? path.asked.length - 1 : at - 1;
  return path.asked[index] ?? null;
}
