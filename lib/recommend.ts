// recommend(answers): the one route, why it fits, why every other route lost and what would flip
// it, and the rest of the result (lib/outcome.ts). Works on partial answers: it recommends only
// once the whole result is settled; until then it names the question to ask.
import type { Answers } from "@/data/answers";
import { getOption } from "@/data/catalog";
import { routeName } from "@/data/route-facts";
import { getRoute } from "@/data/routes";
import { copy } from "@/data/copy";
import { QUESTION_IDS, ROUTE_IDS, type QuestionId, type RouteId } from "@/data/ids";
import { decidedWinner, leader, tally } from "./decide";
import { contributions, eliminationOf, type Contribution } from "./eliminations";
import { findFlips, type Flip } from "./flip";
import { nextQuestionIndex } from "./next-question";
import { outcomeOf, type Outcome } from "./outcome";
import { toState } from "./table";

/** An answer that helps the winner, in plain words; question is null for the fallback reason. */
export type Reason = { question: QuestionId | null; option: string | null; text: string };
export type OtherRoute = {
  route: RouteId;
  status: "eliminated" | "outscored";
  /** internal: the route's points, for ordering; never shown */
  score: number;
  why: string;
  /** the smallest change of answers a person could make that would make this route win */
  flip: Flip | null;
  /** when no such change exists: what would have to be true instead */
  wouldNeed: string | null;
};
export type Recommendation = {
  route: RouteId;
  scores: Record<RouteId, number>;
  reasons: Reason[];
  others: OtherRoute[];
  /** the strongest other route on the answers given: where the checkpoint points if this one stalls */
  runnerUp: RouteId;
  /** the runner-up, when the winner leads it by a point or less */
  closeSecond: RouteId | null;
  outcome: Outcome;
};
export type RecommendResult =
  | { status: "decided"; recommendation: Recommendation }
  | { status: "open"; next: QuestionId };

/** How many reasons the result shows: the strongest few, not every point. */
const MAX_REASONS = 4;

const phraseOf = (c: { question: QuestionId; option: string }) =>
  getOption(c.question, c.option as never).phrase;

/** The answers that helped the route most, strongest first, each as its own plain sentence. */
function reasonsFor(parts: Contribution[], route: RouteId): Reason[] {
  const reasons = parts
    .map((c) => ({ c, points: c.effect.points[route] ?? 0 }))
    .filter(({ points }) => points > 0)
    .sort((a, b) => b.points - a.points)
    .slice(0, MAX_REASONS)
    .map(({ c }) => ({ question: c.question, option: c.option, text: c.effect.fits[route]! }));
  return reasons.length ? reasons : [{ question: null, option: null, text: copy.openReason }];
}

export function recommend(answers: Answers): RecommendResult {
  const state = toState(answers);
  const t = tally(state);
  const winnerIndex = decidedWinner(state, t);
  const outcome = winnerIndex === -1 ? null : outcomeOf(state, winnerIndex);
  if (!outcome) return { status: "open", next: QUESTION_IDS[nextQuestionIndex(state)]! };

  const route = outcome.route;
  const scores = Object.fromEntries(ROUTE_IDS.map((r, i) => [r, t.scores[i]!])) as Record<RouteId, number>;
  const parts = contributions(answers);

  const flips = findFlips(state, winnerIndex);
  const others: OtherRoute[] = ROUTE_IDS.filter((r) => r !== route).map((r) => {
    const name = routeName(r);
    const flip = flips.get(r) ?? null;
    const base = { route: r, score: scores[r], flip, wouldNeed: flip ? null : getRoute(r).wouldNeed };
    const elimination = eliminationOf(answers, r);
    if (elimination) return { ...base, status: "eliminated", why: elimination.reason };
    if (scores[route] - scores[r] <= 0) return { ...base, status: "outscored", why: copy.outscoredTie(name, routeName(route)) };
    // What held it back most: the answer that favoured the winner over it by the most.
    const drag = parts
      .map((c) => ({ c, delta: (c.effect.points[r] ?? 0) - (c.effect.points[route] ?? 0) }))
      .filter((d) => d.delta < 0)
      .sort((a, b) => a.delta - b.delta)[0];
    return { ...base, status: "outscored", why: copy.outscored(name, routeName(route), drag && phraseOf(drag.c)) };
  });

  const runnerUp = ROUTE_IDS[leader({ scores: t.scores, eliminated: t.eliminated | (1 << winnerIndex) })]!;
  return {
    status: "decided",
    recommendation: {
      route,
      scores,
      reasons: reasonsFor(parts, route),
      others,
      runnerUp,
      closeSecond: scores[route] - scores[runnerUp] <= 1 ? runnerUp : null,
      outcome,
    },
  };
}
