// Exact reasoning over partial answers. Points add up per question and each question's answer is
// picked on its own, so "can route B still overtake route X?" is a sum of per-question best cases.
import { QUESTION_COUNT, ROUTE_COUNT, UNANSWERED, beats, questionsTable, type State } from "./table";

const NEG = -1_000_000;
const pair = (a: number, b: number) => a * ROUTE_COUNT + b;

/** Per question: every route bit that some answer to it could eliminate. */
const canEliminate = questionsTable.map((q) => q.eliminates.reduce((m, e) => m | e, 0));

/**
 * maxGain[q][x*R+b]: the most route b can gain on route x from question q, over the answers that
 * keep b in the running. minGain[q][a*R+b]: the least route a gains on b, over the answers that
 * keep b in (NEG when such an answer eliminates a, since then a cannot be relied on).
 */
const maxGain: number[][] = [];
const minGain: number[][] = [];
for (const q of questionsTable) {
  const max = new Array<number>(ROUTE_COUNT * ROUTE_COUNT).fill(NEG);
  const min = new Array<number>(ROUTE_COUNT * ROUTE_COUNT).fill(-NEG);
  for (let c = 0; c < q.choices; c++) {
    const pts = q.points[c]!;
    const elim = q.eliminates[c]!;
    for (let a = 0; a < ROUTE_COUNT; a++) {
      for (let b = 0; b < ROUTE_COUNT; b++) {
        if (elim & (1 << b)) continue;
        const i = pair(a, b);
        max[i] = Math.max(max[i]!, pts[b]! - pts[a]!);
        min[i] = Math.min(min[i]!, elim & (1 << a) ? NEG : pts[a]! - pts[b]!);
      }
    }
  }
  maxGain.push(max);
  minGain.push(min);
}

export type Tally = { scores: number[]; eliminated: number };

/** Totals and eliminations from the answered questions only. */
export function tally(state: State): Tally {
  const scores = new Array<number>(ROUTE_COUNT).fill(0);
  let eliminated = 0;
  for (let q = 0; q < QUESTION_COUNT; q++) {
    const c = state[q]!;
    if (c === UNANSWERED) continue;
    const t = questionsTable[q]!;
    const pts = t.points[c]!;
    for (let r = 0; r < ROUTE_COUNT; r++) scores[r]! += pts[r]!;
    eliminated |= t.eliminates[c]!;
  }
  return { scores, eliminated };
}

/** The best route still in the running on these totals (highest score, then the tie-break). */
export function leader({ scores, eliminated }: Tally): number {
  let best = -1;
  for (let r = 0; r < ROUTE_COUNT; r++) {
    if (eliminated & (1 << r)) continue;
    if (best === -1 || beats(r, best, scores[r]! - scores[best]!)) best = r;
  }
  return best;
}

/** Can x be certain to win whatever the unanswered questions turn out to be? */
export function isCertain(state: State, t: Tally, x: number): boolean {
  if (t.eliminated & (1 << x)) return false;
  for (let q = 0; q < QUESTION_COUNT; q++) {
    if (state[q] === UNANSWERED && canEliminate[q]! & (1 << x)) return false;
  }
  for (let b = 0; b < ROUTE_COUNT; b++) {
    if (b === x || t.eliminated & (1 << b)) continue;
    let gain = t.scores[b]! - t.scores[x]!;
    for (let q = 0; q < QUESTION_COUNT; q++) {
      if (state[q] === UNANSWERED) gain += maxGain[q]![pair(x, b)]!;
    }
    if (gain > NEG / 2 && beats(b, x, gain)) return false;
  }
  return true;
}

/**
 * The route that wins for every way the unanswered questions could be answered, or -1 while the
 * answer is still open. With every question answered this is simply the leader.
 */
export function decidedWinner(state: State, t: Tally = tally(state)): number {
  const first = leader(t);
  if (first === -1) return -1;
  if (isCertain(state, t, first)) return first;
  // Rarely, a route that trails now wins every completion (every remaining answer favours it).
  for (let x = 0; x < ROUTE_COUNT; x++) if (x !== first && isCertain(state, t, x)) return x;
  return -1;
}

/**
 * Routes that could still win, as a bitmask: an upper bound that drops routes already eliminated
 * and routes that another route beats in every completion where they survive.
 */
export function contenders(state: State, t: Tally = tally(state)): number {
  let mask = 0;
  for (let b = 0; b < ROUTE_COUNT; b++) {
    if (t.eliminated & (1 << b)) continue;
    let dominated = false;
    for (let a = 0; a < ROUTE_COUNT && !dominated; a++) {
      if (a === b || t.eliminated & (1 << a)) continue;
      let least = t.scores[a]! - t.scores[b]!;
      for (let q = 0; q < QUESTION_COUNT; q++) {
        if (state[q] === UNANSWERED) least += minGain[q]![pair(a, b)]!;
      }
      dominated = least > NEG / 2 && beats(a, b, least);
    }
    if (!dominated) mask |= 1 << b;
  }
  return mask;
}

export const popcount = (mask: number): number => {
  let n = 0;
  for (let m = mask; m; m &= m - 1) n++;
  return n;
};
