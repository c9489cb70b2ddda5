// recommend(answers): the one route, why it fits, why every other route lost and what would flip
// it, and the rest of the result (lib/outcome.ts). Works on partial answers: it recommends only
// once the whole result is settled; until then it names the question to ask. Every explanation is
// computed on the answers given and presumes nothing about the questions the wizard skipped.
import type { Answers } from "@/data/answers";
import { getOption } from "@/data/catalog";
import { routeFacts, routeName } from "@/data/route-facts";
import { getRoute } from "@/data/routes";
import { copy } from "@/data/copy";
import { QUESTION_IDS, ROUTE_IDS, type QuestionId, type RouteId } from "@/data/ids";
import type { Condition, EffectSentences } from "@/data/schema";
import { scoringSentences } from "@/data/scoring-sentences";
import { decidedWinner, tally } from "./decide";
import { contributions, eliminationOf, type Contribution } from "./eliminations";
import { findFlips, type Flip } from "./flip";
import { nextQuestionIndex } from "./next-question";
import { outcomeOf, type Outcome } from "./outcome";
import { routeOrNull, settle } from "./switch-route";
import { tieRank, toState } from "./table";

/** An answer that helps the winner, in plain words; question is null for the fallback reason. */
export type Reason = { question: QuestionId | null; option: string | null; text: string };
type OtherRoute = {
  route: RouteId;
  /** ruled out by an answer, level with the winner on points and lost the tie-break, or behind on points */
  status: "eliminated" | "tied" | "outscored";
  why: string;
  /** the smallest change of answers a person could choose that would make this route win */
  flip: Flip | null;
  /** when no such change exists: the conditions it needs that the answers given do not meet */
  wouldNeed: string | null;
};
export type Recommendation = {
  route: RouteId;
  reasons: Reason[];
  others: OtherRoute[];
  /**
   * where the checkpoint points if this route is not working (lib/switch-route.ts): a route, or
   * null where none qualifies or while the skipped questions in switchOpen could still change it
   */
  switchTo: RouteId | null;
  /** the skipped questions that decide the switch route; empty once it is settled */
  switchOpen: QuestionId[];
  /** a route level with the winner on points that lost the tie-break, where the skipped questions cannot change it */
  closeSecond: RouteId | null;
  outcome: Outcome;
};
export type RecommendResult = { status: "decided"; recommendation: Recommendation } | { status: "open"; next: QuestionId };

/** How many reasons the result shows: the strongest few, not every point. */
const MAX_REASONS = 4;

const phraseOf = (c: Contribution) => getOption(c.question, c.option as never).phrase;

/** What the server says of an answer's effect: why it helps a route, and the line for the routes it rules out together. */
const sentencesOf = ({ question, option }: Pick<Contribution, "question" | "option">): EffectSentences =>
  (scoringSentences[question] as Partial<Record<string, EffectSentences>>)[option] ?? {};

/** The answers that helped the route most, strongest first, each as its own plain sentence. */
export function reasonsFor(parts: Contribution[], route: RouteId): Reason[] {
  const reasons = parts
    .map((c) => ({ c, points: c.effect.points[route] ?? 0 }))
    .filter(({ points }) => points > 0)
    .sort((a, b) => b.points - a.points)
    .slice(0, MAX_REASONS)
    .map(({ c }) => ({ question: c.question, option: c.option, text: sentencesOf(c).fits![route]! }));
  return reasons.length ? reasons : [{ question: null, option: null, text: copy.openReason }];
}

/** Is the condition met by the answer given? Undefined for a question the wizard skipped. */
function meets(condition: Condition, answers: Answers): boolean | undefined {
  const value = answers[condition.question];
  if (value === undefined) return undefined;
  const given: readonly string[] = Array.isArray(value) ? value : [value];
  return condition.anyOf ? given.some((o) => condition.anyOf!.includes(o)) : !given.some((o) => condition.noneOf!.includes(o));
}

/** What the route needs that the answers given do not meet; nothing about skipped questions. */
export function unmetNeeds(route: RouteId, answers: Answers): Condition[] {
  return getRoute(route).needs.filter((c) => meets(c, answers) === false);
}

/** Why a route level with the winner lost the tie-break. */
function tieReason(winner: RouteId, other: RouteId): string {
  if (routeFacts[winner].insideCompany && !routeFacts[other].insideCompany) return copy.tieReason.insideCompany;
  const sooner = routeFacts[winner].timeToOffer.midpointMonths < routeFacts[other].timeToOffer.midpointMonths;
  return sooner ? copy.tieReason.sooner : copy.tieReason.order;
}

export function recommend(answers: Answers): RecommendResult {
  const state = toState(answers);
  const t = tally(state);
  const winnerIndex = decidedWinner(state, t);
  const outcome = winnerIndex === -1 ? null : outcomeOf(state, winnerIndex);
  if (!outcome) return { status: "open", next: QUESTION_IDS[nextQuestionIndex(state)]! };

  const route = outcome.route;
  const winnerName = routeName(route);
  const score = (r: RouteId) => t.scores[ROUTE_IDS.indexOf(r)]!;
  const parts = contributions(answers);
  const flips = findFlips(state, winnerIndex);

  const eliminations = new Map(ROUTE_IDS.map((r) => [r, eliminationOf(answers, r)]));
  /** What it needs beyond the answer its "why" already names, or, with a flip to suggest, nothing. */
  const wouldNeed = (r: RouteId, named: QuestionId | null, flip: Flip | null): string | null => {
    if (flip) return null;
    const unmet = unmetNeeds(r, answers);
    const rest = unmet.filter((c) => c.question !== named).map((c) => c.text);
    return rest.length ? copy.wouldNeed(rest, rest.length < unmet.length) : null;
  };
  const others: OtherRoute[] = ROUTE_IDS.filter((r) => r !== route).map((r) => {
    const flip = flips.get(r) ?? null;
    const elimination = eliminations.get(r);
    if (elimination) {
      // Routes ruled out by the same answer share one line, so nothing is said twice.
      const together = ROUTE_IDS.filter((o) => eliminations.get(o)?.effect === elimination.effect);
      const line = together.length > 1 ? sentencesOf(elimination).eliminatesTogether : undefined;
      const why = line ? copy.together(line, together.map(routeName)) : elimination.reason;
      return { route: r, status: "eliminated", why, flip, wouldNeed: wouldNeed(r, elimination.question, flip) };
    }
    if (score(r) >= score(route)) {
      const why = copy.tied(winnerName, tieReason(route, r));
      return { route: r, status: "tied", why, flip, wouldNeed: wouldNeed(r, null, flip) };
    }
    // What held it back most: the answer that favoured the winner over it by the most, taken from
    // the answers that added to the winner where one did (not one that only cost this route).
    const favoured = parts
      .map((c) => ({ c, added: c.effect.points[route] ?? 0, delta: (c.effect.points[route] ?? 0) - (c.effect.points[r] ?? 0) }))
      .filter((d) => d.delta > 0);
    const adding = favoured.filter((d) => d.added > 0);
    const drag = (adding.length ? adding : favoured).sort((a, b) => b.delta - a.delta)[0]!;
    const why = copy.outscored(winnerName, phraseOf(drag.c));
    return { route: r, status: "outscored", why, flip, wouldNeed: wouldNeed(r, drag.c.question, flip) };
  });
  // Closest first: ties, then the rest by points, then the routes ruled out, grouped by the answer.
  const rank = { tied: 0, outscored: 1, eliminated: 2 } as const;
  const order = (o: OtherRoute) =>
    o.status === "eliminated" ? QUESTION_IDS.indexOf(eliminations.get(o.route)!.question) : -score(o.route);
  others.sort(
    (a, b) =>
      rank[a.status] - rank[b.status] || order(a) - order(b) || tieRank[ROUTE_IDS.indexOf(a.route)]! - tieRank[ROUTE_IDS.indexOf(b.route)]!,
  );

  const { switchTo, closeSecond } = settle(state, winnerIndex);
  return {
    status: "decided",
    recommendation: {
      route,
      reasons: reasonsFor(parts, route),
      others,
      switchTo: routeOrNull(switchTo.value),
      switchOpen: switchTo.open,
      closeSecond: routeOrNull(closeSecond.value),
      outcome,
    },
  };
}
