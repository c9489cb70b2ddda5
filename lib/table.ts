// The scoring catalog compiled into small numeric tables, so that the engine can reason over the
// whole answer space quickly. A "state" holds one number per question: -1 while unanswered,
// otherwise the chosen option's index; for the multi-select question it is a bitmask of the
// chosen options (so it has 2^n "choices", each a possible answer).
import type { Answers } from "@/data/answers";
import { MULTI_QUESTION, OPTION_IDS, QUESTION_IDS, ROUTE_IDS, type QuestionId } from "@/data/ids";
import { routeFacts } from "@/data/route-facts";
import type { Effect } from "@/data/schema";
import { scoring } from "@/data/scoring";

export type State = number[];
export const UNANSWERED = -1;
export const ROUTE_COUNT = ROUTE_IDS.length;
export const QUESTION_COUNT = QUESTION_IDS.length;

type Compiled = {
  id: QuestionId;
  multiple: boolean;
  /** number of possible answers: options, or subsets of options for the multi-select question */
  choices: number;
  /** points[choice][route] */
  points: number[][];
  /** bitmask of routes each choice eliminates */
  eliminates: number[];
};

function optionPoints(q: QuestionId, option: number): { points: number[]; eliminates: number } {
  const id = (OPTION_IDS[q] as readonly string[])[option]!;
  const effect = (scoring[q] as Record<string, Effect>)[id]!;
  const points = ROUTE_IDS.map((r) => effect.points[r] ?? 0);
  let eliminates = 0;
  ROUTE_IDS.forEach((r, i) => {
    if (effect.eliminates[r] !== undefined) eliminates |= 1 << i;
  });
  return { points, eliminates };
}

export const questionsTable: Compiled[] = QUESTION_IDS.map((id) => {
  const n = OPTION_IDS[id].length;
  const multiple = id === MULTI_QUESTION;
  const choices = multiple ? 1 << n : n;
  const points: number[][] = [];
  const eliminates: number[] = [];
  for (let c = 0; c < choices; c++) {
    const pts = new Array<number>(ROUTE_COUNT).fill(0);
    let elim = 0;
    for (let o = 0; o < n; o++) {
      if (multiple ? !(c & (1 << o)) : o !== c) continue;
      const e = optionPoints(id, o);
      e.points.forEach((p, r) => (pts[r]! += p));
      elim |= e.eliminates;
    }
    points.push(pts);
    eliminates.push(elim);
  }
  return { id, multiple, choices, points, eliminates };
});

/**
 * Tie-break rank per route: lower wins. A move inside the company first (free, and the commonest
 * way into a first PM job), then the shorter typical time to a first offer, then the fixed order
 * of ROUTE_IDS.
 */
export const tieRank: number[] = (() => {
  const inside = (r: number) => (routeFacts[ROUTE_IDS[r]!].insideCompany ? 0 : 1);
  const midpoint = (r: number) => routeFacts[ROUTE_IDS[r]!].timeToOffer.midpointMonths;
  const order = ROUTE_IDS.map((_, i) => i).sort((a, b) => inside(a) - inside(b) || midpoint(a) - midpoint(b) || a - b);
  const rank = new Array<number>(ROUTE_COUNT);
  order.forEach((r, i) => (rank[r] = i));
  return rank;
})();

/** Does route b beat route a when b's total minus a's total is diff? */
export const beats = (b: number, a: number, diff: number): boolean => diff > 0 || (diff === 0 && tieRank[b]! < tieRank[a]!);

export function toState(answers: Answers): State {
  return QUESTION_IDS.map((q) => {
    const value = answers[q];
    if (value === undefined) return UNANSWERED;
    const ids = OPTION_IDS[q] as readonly string[];
    if (Array.isArray(value)) return value.reduce((mask, o) => mask | (1 << ids.indexOf(o)), 0);
    return ids.indexOf(value);
  });
}

export function fromState(state: State): Answers {
  const answers: Record<string, string | string[]> = {};
  state.forEach((c, q) => {
    if (c === UNANSWERED) return;
    const id = QUESTION_IDS[q]!;
    const ids = OPTION_IDS[id] as readonly string[];
    answers[id] = id === MULTI_QUESTION ? ids.filter((_, o) => c & (1 << o)) : ids[c]!;
  });
  return answers;
}
