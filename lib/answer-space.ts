// Walks the whole answer space (every profile, counting every subset of the multi-select
// question). Used by the invariant tests and the benchmark.
import { leader, tally } from "./decide";
import { outcomeKey } from "./outcome";
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

/** The winner with every question answered: the plain leader of the full tally. */
export const fullWinner = (full: State): number => leader(tally(full));

/** The whole result's key with every question answered. */
export const fullOutcome = (full: State): number => outcomeKey(full, fullWinner(full));
