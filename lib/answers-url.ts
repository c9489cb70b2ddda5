// Answers in a URL query: /result?employer=no-pm-team&constraints=needs-visa,outside-tech-hub.
// A result is a pure function of its answers, so its URL can be reloaded, bookmarked or shared.
import type { Answers } from "@/data/answers";
import { MULTI_QUESTION, QUESTION_IDS } from "@/data/ids";
import { toAnswers } from "./answer-values";

export type Params = URLSearchParams | Record<string, string | string[] | undefined>;

const get = (params: Params, key: string): string[] => {
  if (params instanceof URLSearchParams) return params.getAll(key);
  const value = params[key];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
};

export function answersToSearch(answers: Answers): string {
  const params = new URLSearchParams();
  for (const q of QUESTION_IDS) {
    const value = answers[q];
    if (value === undefined) continue;
    params.set(q, Array.isArray(value) ? value.join(",") : value);
  }
  return params.toString();
}

/** The answers in query parameters (others are ignored), or null when one is not an answer. */
export function answersFromSearch(params: Params): Answers | null {
  const raw: Record<string, string | string[]> = {};
  for (const q of QUESTION_IDS) {
    const values = get(params, q);
    if (q === MULTI_QUESTION) {
      // An empty value means "answered: none of these" (a form's hidden field sends it).
      if (values.length) raw[q] = values.flatMap((v) => v.split(",")).filter(Boolean);
      continue;
    }
    const given = values.filter((v) => v !== ""); // an empty select means "not answered"
    if (given.length) raw[q] = given.length === 1 ? given[0]! : given;
  }
  return toAnswers(raw);
}
