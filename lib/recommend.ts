// recommend(answers): the one route, why it fits, why every other route lost and what would flip
// it. Works on partial answers: it recommends only once the winner is decided (see decide.ts).
import type { Answers } from "@/data/answers";
import { getOption, getRoute, scoring } from "@/data/catalog";
import { copy } from "@/data/copy";
import { QUESTION_IDS, ROUTE_IDS, type QuestionId, type RouteId } from "@/data/ids";
import { decidedWinner, tally } from "./decide";
import { findFlips, type Flip } from "./flip";
import { nextQuestionIndex } from "./next-question";
import { toState } from "./table";

/** An answer that adds points to the winner; question is null for the fallback reason. */
export type Reason = { question: QuestionId | null; option: string | null; points: number; text: string };
export type OtherRoute = {
  route: RouteId;
  status: "eliminated" | "outscored";
  score: number;
  why: string;
  flip: Flip | null;
};
export type Recommendation = {
  route: RouteId;
  scores: Record<RouteId, number>;
  reasons: Reason[];
  others: OtherRoute[];
  closeSecond: { route: RouteId; gap: number; text: string } | null;
};
export type RecommendResult =
  | { status: "decided"; recommendation: Recommendation }
  | { status: "open"; next: QuestionId };

/** One answered option with its points for every route, in question order. */
type Contribution = { question: QuestionId; option: string; points: Partial<Record<RouteId, number>> };

function contributions(answers: Answers): Contribution[] {
  return QUESTION_IDS.flatMap((question) => {
    const value = answers[question];
    if (value === undefined) return [];
    const options = Array.isArray(value) ? value : [value as string];
    const table = scoring[question] as Record<string, { points: Partial<Record<RouteId, number>> }>;
    return options.map((option) => ({ question, option, points: table[option]!.points }));
  });
}

const phraseOf = (c: { question: QuestionId; option: string }) =>
  getOption(c.question, c.option as never).phrase;

/** The first answered option that eliminates the route, with its one-line reason. */
export function eliminationOf(answers: Answers, route: RouteId): { question: QuestionId; reason: string } | null {
  for (const question of QUESTION_IDS) {
    const value = answers[question];
    if (value === undefined) continue;
    for (const option of Array.isArray(value) ? value : [value as string]) {
      const effect = (scoring[question] as Record<string, { eliminates: Partial<Record<RouteId, string>> }>)[option]!;
      const reason = effect.eliminates[route];
      if (reason) return { question, reason };
    }
  }
  return null;
}

export function recommend(answers: Answers): RecommendResult {
  const state = toState(answers);
  const t = tally(state);
  const winnerIndex = decidedWinner(state, t);
  if (winnerIndex === -1) return { status: "open", next: QUESTION_IDS[nextQuestionIndex(state)]! };

  const route = ROUTE_IDS[winnerIndex]!;
  const winner = getRoute(route);
  const scores = Object.fromEntries(ROUTE_IDS.map((r, i) => [r, t.scores[i]!])) as Record<RouteId, number>;
  const parts = contributions(answers);

  const reasons: Reason[] = parts
    .map((c) => ({ ...c, value: c.points[route] ?? 0 }))
    .filter((c) => c.value > 0)
    .sort((a, b) => b.value - a.value)
    .slice(0, 4)
    .map((c) => ({ question: c.question, option: c.option, points: c.value, text: copy.reason(c.value, phraseOf(c)) }));

  const flips = findFlips(state, winnerIndex);
  const others: OtherRoute[] = ROUTE_IDS.filter((r) => r !== route).map((r) => {
    const name = getRoute(r).name;
    const flip = flips.get(r) ?? null;
    const elimination = eliminationOf(answers, r);
    if (elimination) return { route: r, status: "eliminated", score: scores[r], why: elimination.reason, flip };
    const gap = scores[route] - scores[r];
    if (gap <= 0) return { route: r, status: "outscored", score: scores[r], why: copy.outscoredTie(name, winner.name), flip };
    const drag = parts
      .map((c) => ({ c, delta: (c.points[r] ?? 0) - (c.points[route] ?? 0) }))
      .filter((d) => d.delta < 0)
      .sort((a, b) => a.delta - b.delta)[0];
    const why = copy.outscored(name, scores[r], winner.name, gap, drag && phraseOf(drag.c));
    return { route: r, status: "outscored", score: scores[r], why, flip };
  });

  const runnerUp = others
    .filter((o) => o.status === "outscored")
    .sort((a, b) => b.score - a.score)[0];
  const gap = runnerUp ? scores[route] - runnerUp.score : Infinity;
  const closeSecond =
    runnerUp && gap <= 1
      ? { route: runnerUp.route, gap, text: copy.closeSecond(getRoute(runnerUp.route).name, gap) }
      : null;

  return {
    status: "decided",
    recommendation: {
      route,
      scores,
      reasons: reasons.length ? reasons : [{ question: null, option: null, points: 0, text: copy.openReason }],
      others,
      closeSecond,
    },
  };
}
