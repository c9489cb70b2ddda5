// Checking answers without zod, for the browser's wizard: an answer is an option id of its
// question (a list of distinct ids for the multi-select one), and a set of answers is a plain
// object of such answers under question ids. The same rules as the Answers schema in
// data/answers.ts, which the server parses with; a property test holds the two together, so the
// wizard's bundle can leave zod out.
import type { Answers } from "@/data/answers";
import { MULTI_QUESTION, OPTION_IDS, QUESTION_IDS, type QuestionId } from "@/data/ids";

const isOption = (question: QuestionId, value: unknown): boolean =>
  typeof value === "string" && (OPTION_IDS[question] as readonly string[]).includes(value);

/** Is value a well-formed answer to question (an option id, or a list for the multi-select)? */
export function isAnswer(question: QuestionId, value: unknown): value is string | string[] {
  if (question !== MULTI_QUESTION) return isOption(question, value);
  return (
    Array.isArray(value) &&
    value.length <= OPTION_IDS[MULTI_QUESTION].length &&
    new Set(value).size === value.length &&
    value.every((v) => isOption(question, v))
  );
}

/** A plain object (not null, not an array): what JSON gives for {...}. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export const isQuestionId = (value: unknown): value is QuestionId =>
  typeof value === "string" && (QUESTION_IDS as readonly string[]).includes(value);

/** The answers in value, or null when it is not a set of answers (or names an unknown question). */
export function toAnswers(value: unknown): Answers | null {
  if (!isRecord(value)) return null;
  const answers: Record<string, unknown> = {};
  for (const [key, answer] of Object.entries(value)) {
    if (!isQuestionId(key)) return null;
    if (answer === undefined) continue;
    if (!isAnswer(key, answer)) return null;
    answers[key] = Array.isArray(answer) ? [...answer] : answer;
  }
  return answers;
}
