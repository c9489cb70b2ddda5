// Which question to ask next. None once the whole result is settled (the route by decide.ts, the
// other parts by outcome.ts); the missing part's question once only a part is open; otherwise the
// question that looks cheapest two questions ahead: for each answer it could get, the best next
// question, scored by an estimate of how many questions would still follow.
import type { Answers } from "@/data/answers";
import { QUESTION_IDS, type QuestionId } from "@/data/ids";
import { contenders, decidedWinner, popcount, tally } from "./decide";
import { openPartQuestion, partQuestions, possibleResults } from "./outcome";
import { QUESTION_COUNT, ROUTE_COUNT, UNANSWERED, questionsTable, toState, type State } from "./table";

/** Per question: the routes whose points or eliminations some answer to it touches. */
const touches = questionsTable.map((q) => {
  let mask = 0;
  for (let c = 0; c < q.choices; c++) {
    mask |= q.eliminates[c]!;
    q.points[c]!.forEach((p, r) => (mask |= p === 0 ? 0 : 1 << r));
  }
  return mask;
});

/** Which routes can still win: the decided winner, or (winner -1) the contenders as a bitmask. */
type Race = { winner: number; contenders: number };

/** The two costly checks over partial answers, done once per state for everything that needs them. */
function raceOf(state: State): Race {
  const t = tally(state);
  const winner = decidedWinner(state, t);
  return { winner, contenders: winner === -1 ? contenders(state, t) : 0 };
}

/**
 * The unanswered questions that could still change the result, as a bitmask: those touching a
 * route that could still win, and those a part of such a route's result still needs. The rest
 * can never matter again (routes only ever drop out of contention), so the wizard never asks them
 * and the count is an honest "at most" for the questions still to come.
 */
export function liveQuestions(state: State, { winner, contenders: mask }: Race = raceOf(state)): number {
  if (winner !== -1) return partQuestions(state, winner);
  let live = 0;
  for (let q = 0; q < QUESTION_COUNT; q++) if (state[q] === UNANSWERED && touches[q]! & mask) live |= 1 << q;
  for (let r = 0; r < ROUTE_COUNT; r++) if (mask & (1 << r)) live |= partQuestions(state, r);
  return live;
}

/** Is the whole result settled: no answer to a remaining question could change any part of it? */
export function isSettled(state: State): boolean {
  const winner = decidedWinner(state);
  return winner !== -1 && openPartQuestion(state, winner) === -1;
}

/** How many results are still possible: per route that could still win, the values its open parts could take. */
function resultCount(state: State, { winner, contenders: mask }: Race): number {
  if (winner !== -1) return possibleResults(state, winner);
  let n = 0;
  for (let r = 0; r < ROUTE_COUNT; r++) if (mask & (1 << r)) n += possibleResults(state, r);
  return n;
}

/**
 * About how many questions are still to come: log2 of the results still possible (each answer
 * tends to split them) plus the questions that could still matter. 0 once the result is settled.
 */
function estimate(state: State): number {
  const race = raceOf(state);
  return Math.log2(resultCount(state, race)) + popcount(liveQuestions(state, race));
}

/** Average over q's answers of f(state with that answer); state is scratch space, restored after. */
function averageOver(state: State, q: number, f: (state: State) => number): number {
  const { choices } = questionsTable[q]!;
  let total = 0;
  for (let c = 0; c < choices; c++) {
    state[q] = c;
    total += f(state);
  }
  state[q] = UNANSWERED;
  return total / choices;
}

/** The live question with the lowest cost, or -1 when none is live. */
function cheapest(state: State, live: number, cost: (scratch: State, q: number) => number): number {
  const scratch = state.slice();
  let best = -1;
  let bestCost = Infinity;
  for (let q = 0; q < QUESTION_COUNT; q++) {
    if (!(live & (1 << q))) continue;
    const c = cost(scratch, q);
    // Costs are averages of floats: treat near-equal as equal, so ties go to the catalog order.
    if (c < bestCost - 1e-9) {
      best = q;
      bestCost = c;
    }
  }
  return best;
}

/** Questions still to come after this state if the next one were chosen by the estimate alone. */
function oneAhead(state: State): number {
  const race = raceOf(state);
  const live = liveQuestions(state, race);
  // Settled: the winner is decided and none of its parts needs a question (as isSettled says).
  if (race.winner !== -1 && live === 0) return 0;
  let best = Infinity;
  const scratch = state.slice();
  for (let q = 0; q < QUESTION_COUNT; q++) {
    if (live & (1 << q)) best = Math.min(best, 1 + averageOver(scratch, q, estimate));
  }
  return best;
}

/**
 * Index of the next question to ask, or -1 when no remaining answer can change the result.
 * Looking two questions ahead asks 7.07 questions on average over every profile, against 7.22
 * for one question ahead and 7.04 for the best order possible (npm run bench).
 */
export function chooseNext(state: State): number {
  const race = raceOf(state);
  if (race.winner !== -1) return openPartQuestion(state, race.winner);
  return cheapest(state, liveQuestions(state, race), (scratch, q) => averageOver(scratch, q, oneAhead));
}

/**
 * The first question, worked out ahead: looking two questions ahead from nothing is the slowest
 * choice of all (20-40 ms in a fresh process), and every visitor's wizard starts there. A unit
 * test recomputes it and fails if a catalog change moves it.
 */
export const FIRST_QUESTION: QuestionId = "hours";
const FIRST = QUESTION_IDS.indexOf(FIRST_QUESTION);

/**
 * Every other state is worked out when asked: the wizard keeps its path and extends it by one
 * choice per answer (lib/wizard-path.ts), so nothing here needs to remember earlier answers.
 */
export function nextQuestionIndex(state: State): number {
  return state.every((c) => c === UNANSWERED) ? FIRST : chooseNext(state);
}

export function nextQuestion(answers: Answers): QuestionId | null {
  const q = nextQuestionIndex(toState(answers));
  return q === -1 ? null : QUESTION_IDS[q]!;
}
