// Which question to ask next: none once the winner is decided, otherwise the question whose
// answer is expected to leave the fewest routes able to win (a greedy, adaptive order).
import type { Answers } from "@/data/answers";
import { QUESTION_IDS, type QuestionId } from "@/data/ids";
import { contenders, decidedWinner, popcount, tally } from "./decide";
import { QUESTION_COUNT, UNANSWERED, questionsTable, toState, type State } from "./table";

/** Expected number of routes still able to win after asking q (0 once decided). */
function expectedContenders(state: State, q: number): number {
  const t = questionsTable[q]!;
  let total = 0;
  for (let c = 0; c < t.choices; c++) {
    state[q] = c;
    const tl = tally(state);
    total += decidedWinner(state, tl) === -1 ? popcount(contenders(state, tl)) : 0;
  }
  state[q] = UNANSWERED;
  return total / t.choices;
}

/** Index of the next question to ask, or -1 when no remaining answer can change the winner. */
export function nextQuestionIndex(state: State): number {
  if (decidedWinner(state) !== -1) return -1;
  const scratch = state.slice();
  let best = -1;
  let bestCost = Infinity;
  for (let q = 0; q < QUESTION_COUNT; q++) {
    if (state[q] !== UNANSWERED) continue;
    const cost = expectedContenders(scratch, q);
    if (cost < bestCost) {
      best = q;
      bestCost = cost;
    }
  }
  return best;
}

export function nextQuestion(answers: Answers): QuestionId | null {
  const q = nextQuestionIndex(toState(answers));
  return q === -1 ? null : QUESTION_IDS[q]!;
}
