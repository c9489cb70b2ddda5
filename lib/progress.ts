// How many questions the wizard can still ask at most, from the current answers: the deepest
// branch of its question tree below them. Memoised, since every later state is a subtree.
import type { Answers } from "@/data/answers";
import { QUESTION_COUNT, questionsTable, toState, type State } from "./table";
import { nextQuestionIndex } from "./next-question";

const cache = new Map<string, number>();
/** The whole tree is 9 deep; measured by tests/unit/progress.test.ts, so the first screen is free. */
export const MAX_QUESTIONS = QUESTION_COUNT;
cache.set(new Array(QUESTION_COUNT).fill(-1).join(","), MAX_QUESTIONS);

function deepest(state: State): number {
  const key = state.join(",");
  const known = cache.get(key);
  if (known !== undefined) return known;
  const q = nextQuestionIndex(state);
  let depth = 0;
  if (q !== -1) {
    for (let c = 0; c < questionsTable[q]!.choices; c++) {
      state[q] = c;
      depth = Math.max(depth, deepest(state));
    }
    state[q] = -1;
    depth += 1;
  }
  cache.set(key, depth);
  return depth;
}

/** At most how many more questions the wizard will ask, given these answers. */
export const remainingAtMost = (answers: Answers): number => deepest(toState(answers));

/** Test hook: the tree depth computed from scratch, bypassing the seeded root value. */
export function measureDepth(answers: Answers): number {
  cache.clear();
  const depth = deepest(toState(answers));
  cache.set(new Array(QUESTION_COUNT).fill(-1).join(","), MAX_QUESTIONS);
  return depth;
}
