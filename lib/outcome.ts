// The result beyond the route: the level to aim for, the pace, the steps the answers add and the
// deadline warning (docs/domain.md, "What the result decides"). Each part is a function of the
// route and one or two answers, so over partial answers a part is either settled or still open,
// and the wizard may stop only when the route and every part are settled. Works on the engine's
// numeric states (lib/table.ts) because the question choice calls it many times per step.
import { routeFacts } from "@/data/route-facts";
import { MULTI_QUESTION, OPTION_IDS, QUESTION_IDS, ROUTE_IDS, type QuestionId, type RouteId } from "@/data/ids";
import type { LevelId } from "@/data/ladder";
import { APM_ANSWERS, DEADLINE_MONTHS, PACE, VISA_STEP } from "@/data/plan-rules";
import { UNANSWERED, type State } from "./table";

const question = (id: QuestionId) => QUESTION_IDS.indexOf(id);
const option = <Q extends QuestionId>(q: Q, id: (typeof OPTION_IDS)[Q][number]) =>
  (OPTION_IDS[q] as readonly string[]).indexOf(id);

const EMPLOYER = question("employer");
const ROLE = question("role");
const EXPERIENCE = question("experience");
const CONSTRAINTS = question("constraints");
const HOURS = question("hours");
const DEADLINE = question("deadline");

const AT_RISK = option("employer", "pm-team-at-risk");
const STUDENT = option("role", APM_ANSWERS.role);
const NEW_GRAD = option("experience", APM_ANSWERS.experience);
const VISA_BIT = 1 << option(MULTI_QUESTION, "needs-visa");

const paceScales = ROUTE_IDS.map((r) => routeFacts[r].paceScales);
const visaStep = ROUTE_IDS.map((r) => VISA_STEP[r] ?? null);
const shortest = ROUTE_IDS.map((r) => routeFacts[r].timeToOffer.shortestMonths);
const deadlineMonths = OPTION_IDS.deadline.map((d) => DEADLINE_MONTHS[d]);
const paceByHours = OPTION_IDS.hours.map((h) => PACE[h]);
/** The pace "value" of a route whose dates the calendar sets: one past the hours answers. */
const CALENDAR_PACE = OPTION_IDS.hours.length;
const UNDER_3 = option("hours", "under-3");
/** Can some deadline answer warn about this route? Only then does the deadline matter for it. */
const canWarn = shortest.map((months) => deadlineMonths.some((limit) => months >= limit));

/** A part that the unanswered questions could still change. */
export const OPEN = -1;

/** Level: 1 for APM, 0 for PM, OPEN while role and experience could still make it either. */
function level(state: State): number {
  const role = state[ROLE]!;
  const experience = state[EXPERIENCE]!;
  if (role === STUDENT || experience === NEW_GRAD) return 1;
  return role === UNANSWERED || experience === UNANSWERED ? OPEN : 0;
}

/** Index of the hours answer setting the pace; CALENDAR_PACE where the calendar sets it instead. */
const pace = (state: State, route: number): number =>
  paceScales[route] ? (state[HOURS] === UNANSWERED ? OPEN : state[HOURS]!) : CALENDAR_PACE;

const visa = (state: State, route: number): number =>
  visaStep[route] === null ? 0 : state[CONSTRAINTS] === UNANSWERED ? OPEN : state[CONSTRAINTS]! & VISA_BIT ? 1 : 0;

const standing = (state: State): number =>
  state[EMPLOYER] === UNANSWERED ? OPEN : state[EMPLOYER] === AT_RISK ? 1 : 0;

const warning = (state: State, route: number): number =>
  !canWarn[route]
    ? 0
    : state[DEADLINE] === UNANSWERED
      ? OPEN
      : shortest[route]! >= deadlineMonths[state[DEADLINE]!]!
        ? 1
        : 0;

/**
 * The question to ask next so that route's result is settled, or -1 when every part already is.
 * Each part needs its own question, so when the route is decided all of them must be asked; the
 * order only matters for level, where experience settles it more often (new graduates) than role.
 */
export function openPartQuestion(state: State, route: number): number {
  if (standing(state) === OPEN) return EMPLOYER;
  if (level(state) === OPEN) return state[EXPERIENCE] === UNANSWERED ? EXPERIENCE : ROLE;
  if (pace(state, route) === OPEN) return HOURS;
  if (visa(state, route) === OPEN) return CONSTRAINTS;
  if (warning(state, route) === OPEN) return DEADLINE;
  return -1;
}

/** The unanswered questions route's result still needs for its parts, as a bitmask of question indexes. */
export function partQuestions(state: State, route: number): number {
  let mask = 0;
  if (standing(state) === OPEN) mask |= 1 << EMPLOYER;
  if (level(state) === OPEN) {
    if (state[ROLE] === UNANSWERED) mask |= 1 << ROLE;
    if (state[EXPERIENCE] === UNANSWERED) mask |= 1 << EXPERIENCE;
  }
  if (pace(state, route) === OPEN) mask |= 1 << HOURS;
  if (visa(state, route) === OPEN) mask |= 1 << CONSTRAINTS;
  if (warning(state, route) === OPEN) mask |= 1 << DEADLINE;
  return mask;
}

/**
 * How many results route could still end with, counting the values each open part could take.
 * An upper bound the question choice minimises (lib/next-question.ts).
 */
export function possibleResults(state: State, route: number): number {
  let n = 1;
  if (standing(state) === OPEN) n *= 2;
  if (level(state) === OPEN) n *= 2;
  if (pace(state, route) === OPEN) n *= OPTION_IDS.hours.length;
  if (visa(state, route) === OPEN) n *= 2;
  if (warning(state, route) === OPEN) n *= 2;
  return n;
}

/**
 * The whole result as one number, for comparing a stopped wizard with every full profile:
 * equal keys mean the same route, level, pace, added steps and warnings. OPEN parts make it -1.
 */
export function outcomeKey(state: State, route: number): number {
  const parts = [level(state), pace(state, route), visa(state, route), standing(state), warning(state, route)];
  if (parts.includes(OPEN)) return -1;
  const [l, p, v, s, w] = parts as [number, number, number, number, number];
  return ((((route * 2 + l) * (CALENDAR_PACE + 1) + p) * 2 + v) * 2 + s) * 2 + w;
}

export type VariantStep = "restore-standing" | "apm-programmes" | "visa-sponsors" | "stem-programmes";

/** The settled result for route: what lib/plan.ts builds the plan from. */
export type Outcome = {
  route: RouteId;
  level: LevelId;
  /** the factor on the weeks of the steps the person controls (1 where the calendar sets them) */
  pace: number;
  /** under 3 hours a week on a route they pace: weekly amounts in the steps shrink to fit */
  light: boolean;
  /** steps these answers add to the route's plan */
  variants: VariantStep[];
  /** the route usually takes longer than the deadline allows */
  deadlineWarning: boolean;
};

/** The outcome for route on these answers, or null while a part is still open. */
export function outcomeOf(state: State, route: number): Outcome | null {
  if (outcomeKey(state, route) === -1) return null;
  const variants: VariantStep[] = [];
  if (standing(state)) variants.push("restore-standing");
  if (level(state)) variants.push("apm-programmes");
  const visaVariant = visaStep[route];
  if (visaVariant && visa(state, route)) variants.push(visaVariant);
  const p = pace(state, route);
  return {
    route: ROUTE_IDS[route]!,
    level: level(state) ? "apm" : "pm",
    pace: p === CALENDAR_PACE ? 1 : paceByHours[p]!,
    light: p === UNDER_3,
    variants,
    deadlineWarning: warning(state, route) === 1,
  };
}
