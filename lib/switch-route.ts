// The checkpoint's switch route and the close second (docs/domain.md, "What the result decides",
// v4). On full answers each is one value: the switch route is the best live route through
// another door that has at least 1 point, whose shortest typical time fits the months the deadline
// leaves at the checkpoint, and that is not unpaid volunteering for someone who needs a visa (or
// none qualifies); the close second is the best route that tied the winner and lost the
// tie-break (or none). Over the answers the wizard stopped at, each is named only when every
// completion of the skipped questions gives the same one; otherwise the switch route waits for
// the check-in, which asks first the skipped questions that decide it (`open`).
import { DEADLINE_MONTHS, CHECKPOINT_MONTHS } from "@/data/plan-rules";
import { MULTI_QUESTION, OPTION_IDS, QUESTION_IDS, ROUTE_IDS, type QuestionId, type RouteId } from "@/data/ids";
import { routeFacts } from "@/data/route-facts";
import { tally } from "./decide";
import { ROUTE_COUNT, UNANSWERED, beats, questionsTable, type State } from "./table";

/** No route qualifies (the switch route), or none tied (the close second). */
const NONE = -1;

const DEADLINE = QUESTION_IDS.indexOf("deadline");
const CONSTRAINTS = QUESTION_IDS.indexOf(MULTI_QUESTION);
const NEEDS_VISA = 1 << OPTION_IDS.constraints.indexOf("needs-visa");
const NONPROFIT = ROUTE_IDS.indexOf("nonprofit");
const shortest = ROUTE_IDS.map((r) => routeFacts[r].timeToOffer.shortestMonths);
const inside = ROUTE_IDS.map((r) => routeFacts[r].insideCompany);
/** Months the deadline leaves at the checkpoint, per deadline answer ("no rush" leaves no limit). */
const monthsLeft = OPTION_IDS.deadline.map((d) => DEADLINE_MONTHS[d] - CHECKPOINT_MONTHS);

/** The winner and the routes through the same door (a move inside the company is one door), as a bitmask. */
const sameDoor = (winner: number): number =>
  ROUTE_IDS.reduce((mask, _, i) => (i === winner || (inside[i] && inside[winner]) ? mask | (1 << i) : mask), 0);

/** The checkpoint's switch route on full answers, from their totals: a route index, or NONE. */
export function switchRoute(full: State, scores: readonly number[], eliminated: number, winner: number): number {
  const left = monthsLeft[full[DEADLINE]!]!;
  const visa = (full[CONSTRAINTS]! & NEEDS_VISA) !== 0;
  const out = eliminated | sameDoor(winner);
  let best = NONE;
  for (let r = 0; r < ROUTE_COUNT; r++) {
    if (out & (1 << r) || scores[r]! < 1 || !(shortest[r]! < left) || (visa && r === NONPROFIT)) continue;
    if (best === NONE || beats(r, best, scores[r]! - scores[best]!)) best = r;
  }
  return best;
}

/** The close second on full answers: the best route level with the winner on points (it lost the tie-break), or NONE. */
export function closeSecondRoute(scores: readonly number[], eliminated: number, winner: number): number {
  let best = NONE;
  for (let r = 0; r < ROUTE_COUNT; r++) {
    if (r === winner || eliminated & (1 << r) || scores[r] !== scores[winner]) continue;
    if (best === NONE || beats(r, best, 0)) best = r;
  }
  return best;
}

/** A value over partial answers: settled to one value for every completion, or still open. */
export type Settled = { value: number; open: QuestionId[] };

/**
 * Both values over every completion of the unanswered questions, with the winner decided. Points
 * add up per question, so each completion's totals are the answered ones plus one row per skipped
 * question; the values are kept in a mixed-radix array so that, for each skipped question, two
 * completions that differ only there can be compared (switchOpen).
 */
export function settle(state: State, winner: number): { switchTo: Settled; closeSecond: Settled } {
  const base = tally(state);
  const skipped = state.flatMap((c, q) => (c === UNANSWERED ? [q] : []));
  const radix = skipped.map((q) => questionsTable[q]!.choices);
  const total = radix.reduce((n, r) => n * r, 1);
  const switches = new Int8Array(total);
  const seconds = new Int8Array(total);
  const full = state.slice();
  const scores = base.scores.slice();
  let index = 0;
  const walk = (i: number, eliminated: number) => {
    if (i === skipped.length) {
      switches[index] = switchRoute(full, scores, eliminated, winner);
      seconds[index] = closeSecondRoute(scores, eliminated, winner);
      index++;
      return;
    }
    const q = skipped[i]!;
    const table = questionsTable[q]!;
    for (let c = 0; c < table.choices; c++) {
      const points = table.points[c]!;
      for (let r = 0; r < ROUTE_COUNT; r++) scores[r]! += points[r]!;
      full[q] = c;
      walk(i + 1, eliminated | table.eliminates[c]!);
      for (let r = 0; r < ROUTE_COUNT; r++) scores[r]! -= points[r]!;
    }
    full[q] = UNANSWERED;
  };
  walk(0, base.eliminated);
  return { switchTo: settledOf(switches, skipped, radix), closeSecond: settledOf(seconds, skipped, radix) };
}

/**
 * One value if every completion agrees (open empty); else NONE, with the skipped questions for
 * which two completions that differ only in that question give different values, in catalog order.
 */
function settledOf(values: Int8Array, skipped: number[], radix: number[]): Settled {
  if (values.every((v) => v === values[0])) return { value: values[0] ?? NONE, open: [] };
  const open: QuestionId[] = [];
  // The stride of skipped question i in the array: the product of the radices after it.
  let stride = values.length;
  skipped.forEach((q, i) => {
    stride /= radix[i]!;
    const span = stride * radix[i]!;
    let differs = false;
    for (let block = 0; block < values.length && !differs; block += span) {
      for (let k = block; k < block + stride && !differs; k++) {
        for (let c = 1; c < radix[i]! && !differs; c++) differs = values[k + c * stride] !== values[k];
      }
    }
    if (differs) open.push(QUESTION_IDS[q]!);
  });
  return { value: NONE, open };
}

export const routeOrNull = (value: number): RouteId | null => (value === NONE ? null : ROUTE_IDS[value]!);
