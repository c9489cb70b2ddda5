// The wizard's state as plain data, and each step from one state to the next: choosing, answering,
// going back, opening a question, starting again, taking in what another tab saved. The session
// machine (wizard-session.ts) runs these in its actions and guards, the server renders the first
// screen with them, and tests call them directly. The path through the questions lives in the
// state: worked out when the answers change, extending the path before it (lib/wizard-path.ts).
import type { Answers } from "@/data/answers";
import { getQuestion } from "@/data/catalog";
import { copy } from "@/data/copy";
import type { QuestionId } from "@/data/ids";
import { isAnswer } from "@/lib/answer-values";
import { answersFromSearch } from "@/lib/answers-url";
import { isOnPath, keptAnswers, previousQuestion, replay, type WizardPath } from "@/lib/wizard-path";
import { WIZARD, wizardHref } from "@/lib/addresses";
import { readWizardUrl } from "@/lib/wizard-url";

export type Draft = string | string[];

export type WizardState = {
  answers: Answers;
  /** the path these answers take through the questions */
  path: WizardPath;
  /** the question on screen; null once the whole result is settled */
  current: QuestionId | null;
  /** the selection on screen, not yet submitted */
  draft: Draft | null;
  /** a short message for the person: answers set aside, a state that could not be restored */
  notice: string | null;
};

/**
 * Puts the answers on the wizard's path and moves to the next question (or the result). Answers
 * that can no longer change the result are set aside, and the person is told. `known` is a path
 * worked out before, followed as far as its answers agree.
 */
export function settle(all: Answers, notice: string | null = null, known?: WizardPath): WizardState {
  const path = replay(all, known);
  if (!path.dropped.length) return { answers: all, path, current: path.next, draft: null, notice };
  return {
    answers: keptAnswers(path, all),
    path: { ...path, dropped: [] },
    current: path.next,
    draft: null,
    notice: copy.setAside(path.dropped.map((q) => getQuestion(q).topic)),
  };
}

export const FRESH: WizardState = settle({});

export const isSelectable = (s: WizardState, value: Draft): boolean => s.current !== null && isAnswer(s.current, value);

/** Answers the question on screen with the selection and moves on. */
export const submit = (s: WizardState): WizardState => settle({ ...s.answers, [s.current!]: s.draft! }, null, s.path);

/** Can the person open this question: one they answered on the path, or the next one? */
export const canOpen = (s: WizardState, question: QuestionId): boolean => isOnPath(s.path, question);

/**
 * Opens a question on the path with its answer selected. The question already on screen keeps its
 * selection and notice (a reload at its own address changes nothing).
 */
export function open(s: WizardState, question: QuestionId): WizardState {
  if (question === s.current) return s;
  return { ...s, current: question, draft: (s.answers[question] as Draft | undefined) ?? null, notice: null };
}

/** The question before the one on screen (null on the first), or the last one asked on the result. */
export const previous = (s: WizardState): QuestionId | null => previousQuestion(s.path, s.current);

export const back = (s: WizardState): WizardState => open(s, previous(s)!);

/** The address of what is on screen: the answers so far, and the question when it is not simply the next one. */
export const addressOf = (s: WizardState, compare: string | null): string =>
  wizardHref(s.answers, s.current === s.path.next ? null : s.current, compare);

/** An address in this site (a path and query), taken apart. */
export const readAddress = (address: string): URL => new URL(address, "http://site.invalid");

/** The question a wizard address shows (the one it names, else the next one its answers lead to); null for any other page. */
export function questionAt(address: string, known?: WizardPath): QuestionId | null {
  const { pathname, searchParams } = readAddress(address);
  if (pathname !== WIZARD) return null;
  const url = readWizardUrl(searchParams);
  if (url.restart) return replay({}, known).next;
  return url.question ?? (url.answers ? replay(url.answers, known).next : null);
}

const selection = (draft: Draft | null): string => (Array.isArray(draft) ? [...draft].sort().join() : (draft ?? ""));

/**
 * A choice the person made in the server-rendered form before the script ran: the form's fields
 * (as the form would send them) hold a selection for the question on screen that differs from the
 * one the page was rendered with. Null when there is none.
 */
export function formChoice(s: WizardState, fields: string | null): Draft | null {
  if (fields === null || s.current === null) return null;
  const value = answersFromSearch(new URLSearchParams(fields))?.[s.current] as Draft | undefined;
  if (value === undefined || !isAnswer(s.current, value) || selection(value) === selection(s.draft)) return null;
  return value;
}

/**
 * This tab's state after another tab saved `theirs`: their answers (the latest anywhere), and this
 * tab's own question while it is still on the path (else the next one, or the last one asked).
 * The selection is theirs when they have the same question on screen, this tab's own while its
 * answer is unchanged, and otherwise the new answer.
 */
export function adopt(own: WizardState, theirs: WizardState): WizardState {
  const { answers, path } = theirs;
  const keep = own.current !== null && isOnPath(path, own.current);
  const current = keep ? own.current! : (path.next ?? path.asked.at(-1)!);
  const unchanged = current === own.current && selection(answers[current] as Draft) === selection(own.answers[current] as Draft);
  const draft = current === theirs.current ? theirs.draft : unchanged ? own.draft : ((answers[current] as Draft | undefined) ?? null);
  return { answers, path, current, draft, notice: own.notice };
}
