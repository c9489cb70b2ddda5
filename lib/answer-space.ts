// Walks the whole answer space (every profile, counting every subset of the multi-select
// question) and the wizard's question tree over it. Used by the invariant tests and the benchmark.
import { decidedWinner, leader, tally } from "./decide";
import { nextQuestionIndex } from "./next-question";
import { QUESTION_COUNT, UNANSWERED, questionsTable, type State } from "./table";

export const emptyState = (): State => new Array<number>(QUESTION_COUNT).fill(UNANSWERED);

/** Calls visit with every completion of state (the array is reused: copy it to keep it). */
export function forEachCompletion(state: State, visit: (full: State) => void, from = 0): void {
  if (from === QUESTION_COUNT) return visit(state);
  if (state[from] !== UNANSWERED) return forEachCompletion(state, visit, from + 1);
  for (let c = 0; c < questionsTable[from]!.choices; c++) {
    state[from] = c;
    forEachCompletion(state, visit, from + 1);
  }
  state[from] = UNANSWERED;
}

export type Leaf = { state: State; asked: number; winner: number };

/**
 * Follows nextQuestion from the empty state down every branch; visit gets each state where the
 * wizard stops, with how many questions it asked and the route it recommends.
 */
export function walkWizard(visit: (leaf: Leaf) => void, state: State = emptyState(), asked = 0): void {
  const q = nextQuestionIndex(state);
  if (q === -1) return visit({ state, asked, winner: decidedWinner(state) });
  for (let c = 0; c < questionsTable[q]!.choices; c++) {
    const next = state.slice();
    next[q] = c;
    walkWizard(visit, next, asked + 1);
  }
}

/** The winner with every question answered: the plain leader of the full tally. */
export const fullWinner = (full: State): number => leader(tally(full));
