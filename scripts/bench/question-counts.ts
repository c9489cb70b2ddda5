// How many questions different ways of asking need on average over the whole answer space
// (every profile weighs the same): all ten, a fixed order that stops once the result is settled,
// the wizard's adaptive order, and the exact optimum of any adaptive order, found by dynamic
// programming over every partial answer state.
import { emptyState } from "@/tests/fixtures/answer-space";
import { isSettled, liveQuestions, nextQuestionIndex, resultCount } from "@/lib/next-question";
import { QUESTION_COUNT, UNANSWERED, questionsTable, type State } from "@/lib/table";

/** Mean questions asked when `next` picks each question, walking every branch. */
export function meanAsked(next: (state: State) => number): { mean: number; states: number; stops: number } {
  let asked = 0;
  let profiles = 0;
  let states = 0;
  let stops = 0;
  const walk = (state: State, depth: number) => {
    states++;
    const q = next(state);
    if (q === -1) {
      stops++;
      let weight = 1;
      state.forEach((c, i) => (weight *= c === UNANSWERED ? questionsTable[i]!.choices : 1));
      asked += depth * weight;
      profiles += weight;
      return;
    }
    for (let c = 0; c < questionsTable[q]!.choices; c++) {
      const child = state.slice();
      child[q] = c;
      walk(child, depth + 1);
    }
  };
  walk(emptyState(), 0);
  return { mean: asked / profiles, states, stops };
}

/**
 * Greedy: the question whose answers leave the fewest possible results on average (ties to the
 * catalog order), among those that could still change the result.
 */
export function greedyOrder(state: State): number {
  if (isSettled(state)) return -1;
  const live = liveQuestions(state);
  let best = -1;
  let bestCount = Infinity;
  for (let q = 0; q < QUESTION_COUNT; q++) {
    if (!(live & (1 << q))) continue;
    const { choices } = questionsTable[q]!;
    let total = 0;
    for (let c = 0; c < choices; c++) total += resultCount(state.map((v, i) => (i === q ? c : v)));
    if (total / choices < bestCount - 1e-9) {
      best = q;
      bestCount = total / choices;
    }
  }
  return best;
}

/** The wizard's order, but starting with `first`. */
export const startingWith = (first: number) => (state: State) => (state.every((c) => c === UNANSWERED) ? first : nextQuestionIndex(state));

/** The catalog's order, one question after another, stopping once the result is settled. */
export const fixedOrder = (state: State) => (isSettled(state) ? -1 : state.indexOf(UNANSWERED));

/**
 * The fewest questions any adaptive order could ask on average. States are numbered in mixed
 * radix (digit 0 = unanswered, c+1 = choice c); answering a question only raises the number, so
 * one pass from the highest number down sees every child before its parent.
 */
export function optimumMean(): number {
  const radix = questionsTable.map((q) => q.choices + 1);
  const stride: number[] = [];
  let total = 1;
  for (let q = QUESTION_COUNT - 1; q >= 0; q--) {
    stride[q] = total;
    total *= radix[q]!;
  }
  const value = new Float32Array(total);
  const state = new Array<number>(QUESTION_COUNT);
  for (let index = total - 1; index >= 0; index--) {
    let rest = index;
    for (let q = 0; q < QUESTION_COUNT; q++) {
      state[q] = Math.floor(rest / stride[q]!) - 1;
      rest %= stride[q]!;
    }
    if (isSettled(state)) continue; // value 0
    let best = Infinity;
    for (let q = 0; q < QUESTION_COUNT; q++) {
      if (state[q] !== UNANSWERED) continue;
      const { choices } = questionsTable[q]!;
      let sum = 0;
      for (let c = 0; c < choices; c++) sum += value[index + (c + 1) * stride[q]!]!;
      best = Math.min(best, 1 + sum / choices);
    }
    value[index] = best;
  }
  return value[0]!;
}
