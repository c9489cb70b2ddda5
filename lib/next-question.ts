// Which question to ask next. None once the whole result is settled (the route by decide.ts, the
// other parts by outcome.ts); otherwise, of the questions that could still change it, the one
// that looks cheapest two questions ahead: for each answer it could get, the best next question,
// scored by an estimate of how many questions would still follow. The first question, which every
// profile passes through, is chosen once by walking the whole tree after each candidate.
import type { Answers } from "@/data/answers";
import { OPTION_IDS, QUESTION_IDS, type OptionId, type QuestionId } from "@/data/ids";
import { contenders, decidedWinner, popcount, tally } from "./decide";
import { partQuestions, possibleResults } from "./outcome";
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
  return winner !== -1 && partQuestions(state, winner) === 0;
}

/** How many results are still possible: per route that could still win, the values its open parts could take. */
export function resultCount(state: State, { winner, contenders: mask }: Race = raceOf(state)): number {
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
 * The question that looks cheapest two questions ahead, or -1 when no remaining answer can change
 * the result.
 */
export function lookahead(state: State): number {
  const race = raceOf(state);
  const live = liveQuestions(state, race);
  if (live === 0) return -1;
  return cheapest(state, live, (scratch, q) => averageOver(scratch, q, oneAhead));
}

/**
 * The first question. Every profile passes through it, so it is chosen by the surest measure
 * there is rather than by the estimate: for each candidate, walk every branch of the wizard after
 * it and count the questions asked. After "employer" the wizard asks 7.330 on average, as after
 * "deadline"; after "constraints" 7.331 (npm run bench walks the tree after every candidate and
 * prints each; the answer-space test fails if the mean drifts up).
 */
export const FIRST_QUESTION = "employer" satisfies QuestionId;
const FIRST = QUESTION_IDS.indexOf(FIRST_QUESTION);

/**
 * The lookahead's pick after each answer to the first question, worked out ahead: these are its
 * slowest choices (up to about 140 ms here, more on a phone), and every visitor meets one. A unit
 * test recomputes them and fails if a catalog change moves one.
 */
export const SECOND_QUESTION: Record<OptionId<typeof FIRST_QUESTION>, QuestionId> = {
  "pm-team-settled": "deadline",
  "pm-team-new": "hours",
  "pm-team-at-risk": "deadline",
  "no-pm-team": "deadline",
  "not-employed": "deadline",
  "career-break": "deadline",
};
const SECOND = OPTION_IDS[FIRST_QUESTION].map((o) => QUESTION_IDS.indexOf(SECOND_QUESTION[o]));

/**
 * Index of the next question to ask, or -1 when no remaining answer can change the result: the
 * first question, then the lookahead. 7.330 questions on average over every profile, against
 * 7.360 for the greedy order and 7.327 for the best order possible (npm run bench).
 */
export function chooseNext(state: State): number {
  const answered = state.filter((c) => c !== UNANSWERED).length;
  if (answered === 0) return FIRST;
  if (answered === 1 && state[FIRST] !== UNANSWERED) return SECOND[state[FIRST]!]!;
  return lookahead(state);
}

/**
 * The next question for these answers. Nothing here remembers earlier answers: the wizard keeps
 * its path and extends it by one choice per answer (lib/wizard-path.ts).
 */
export const nextQuestionIndex = (state: State): number => chooseNext(state);

export function nextQuestion(answers: Answers): QuestionId | null {
  const q = nextQuestionIndex(toState(answers));
  return q === -1 ? null : QUESTION_IDS[q]!;
}
