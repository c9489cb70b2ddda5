// The answered options and what each one does (points, and the routes it rules out with their
// one-line reasons), and the first answer that rules a route out. Shared by the wizard's narrowing
// (lib/standings.ts), the explanations (lib/recommend.ts) and the API, and light enough for the
// browser: the sentences that explain a fit (data/scoring-sentences.ts) are not reached from here.
import type { Answers } from "@/data/answers";
import { QUESTION_IDS, type QuestionId, type RouteId } from "@/data/ids";
import type { Effect } from "@/data/schema";
import { scoring } from "@/data/scoring";

/** One answered option with its effect, in question order. */
export type Contribution = { question: QuestionId; option: string; effect: Effect };

export function contributions(answers: Answers): Contribution[] {
  return QUESTION_IDS.flatMap((question) => {
    const value = answers[question];
    if (value === undefined) return [];
    const options = Array.isArray(value) ? value : [value as string];
    const table = scoring[question] as Record<string, Effect>;
    return options.map((option) => ({ question, option, effect: table[option]! }));
  });
}

/** The first answered option that eliminates the route, with its one-line reason. */
export function eliminationOf(answers: Answers, route: RouteId): (Contribution & { reason: string }) | null {
  for (const c of contributions(answers)) {
    const reason = c.effect.eliminates[route];
    if (reason) return { ...c, reason };
  }
  return null;
}
