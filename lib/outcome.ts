// The result beyond the route: the level to aim for, the pace, the steps the answers add and the
// deadline warning (docs/domain.md, "What the result decides"). Each part is a function of the
// route and one or two answers, so over partial answers a part is either settled or still open,
// and the wizard may stop only when the route and every part are settled. Works on the engine's
// numeric states (lib/table.ts) because the question choice calls it many times per step.
import { routeFacts } from "@/data/route-facts";
import { MULTI_QUESTION, OPTION_IDS, QUESTION_IDS, ROUTE_IDS, type OptionId, type QuestionId, type RouteId } from "@/data/ids";
import type { LevelId } from "@/data/ladder";
import {
  APM_LEVEL,
  DEADLINE_MONTHS,
  FAR_FROM_GRADUATING,
  LOAD,
  PACE,
  SEARCH_ROUTES,
  VISA_STEP,
  WARNING_IDS,
  type AddedStep,
  type WarningId,
} from "@/data/plan-rules";
import { UNANSWERED, type State } from "./table";

const question = (id: QuestionId) => QUESTION_IDS.indexOf(id);
const option = <Q extends QuestionId>(q: Q, id: OptionId<Q>) => (OPTION_IDS[q] as readonly string[]).indexOf(id);
const constraint = (id: OptionId<"constraints">) => 1 << option(MULTI_QUESTION, id);

const EMPLOYER = question("employer");
const ROLE = question("role");
const PM_WORK = question("pm-work");
const EXPERIENCE = question("experience");
const CONSTRAINTS = question("constraints");
const HOURS = question("hours");
const DEADLINE = question("deadline");

const AT_RISK = option("employer", "pm-team-at-risk");
const CAREER_BREAK = option("employer", "career-break");
const STUDENT = option("role", APM_LEVEL.answers.role);
const NEW_GRAD = option("experience", APM_LEVEL.answers.experience);
const EARLY_CAREER = option("experience", APM_LEVEL.earlyCareer.experience);
const SHIPPED = option("pm-work", APM_LEVEL.earlyCareer.unless["pm-work"]);
const UNDER_3_MONTHS = option("deadline", "under-3-months");
const FAR_DEADLINES = FAR_FROM_GRADUATING.map((d) => option("deadline", d));
const VISA = constraint("needs-visa");
const NO_DEGREE = constraint("no-bachelors");
const AWAY = constraint("outside-tech-hub");
const UNDER_3_HOURS = option("hours", "under-3");

const paceScales = ROUTE_IDS.map((r) => routeFacts[r].paceScales);
const visaStep = ROUTE_IDS.map((r) => VISA_STEP[r]);
const search = ROUTE_IDS.map((r) => SEARCH_ROUTES.includes(r));
const earlyCareerApm = ROUTE_IDS.map((r) => APM_LEVEL.earlyCareer.routes.includes(r));
const neverApm = ROUTE_IDS.map((r) => (APM_LEVEL.neverOn as readonly RouteId[]).includes(r));
const paceByHours = OPTION_IDS.hours.map((h) => PACE[h]);
const loadByHours = OPTION_IDS.hours.map((h) => LOAD[h]);
/** The pace "value" of a route whose dates the calendar sets: one past the hours answers. */
const CALENDAR_PACE = OPTION_IDS.hours.length;

/**
 * The warning each deadline answer gives each route: 0 none, 1 "deadline" (the route's shortest
 * typical time is not shorter than the deadline), 2 "deadline-tight" (otherwise, its longest is
 * longer): 1 + the index in WARNING_IDS.
 */
const warningByDeadline = ROUTE_IDS.map((r) => {
  const { shortestMonths, longestMonths } = routeFacts[r].timeToOffer;
  return OPTION_IDS.deadline.map((d) => {
    const months = DEADLINE_MONTHS[d];
    if (shortestMonths >= months) return 1;
    return longestMonths > months ? 2 : 0;
  });
});
/** Can some deadline answer warn about this route? Only then does the deadline matter for it. */
const canWarn = warningByDeadline.map((values) => values.some((v) => v !== 0));

/** A part that the unanswered questions could still change. */
const OPEN = -1;

const answered = (state: State, q: number) => state[q] !== UNANSWERED;
const flag = (state: State, q: number, yes: boolean): number => (answered(state, q) ? (yes ? 1 : 0) : OPEN);

/** One part of the result: its value for a route on these answers (or OPEN), how many values it can take, and the questions it waits on while open. */
type Part = { values: number; value: (state: State, route: number) => number; needs: number[] };

/**
 * Level (v4): 1 for APM, 0 for PM, OPEN while the answers it rests on could still make it either.
 * PM on a master's; APM for a student or a new graduate, and for 1-3 years on a route that ends in
 * outside applications unless they have shipped product work with a result; PM otherwise.
 */
function level(state: State, route: number): number {
  if (neverApm[route]) return 0;
  if (state[ROLE] === STUDENT || state[EXPERIENCE] === NEW_GRAD) return 1;
  const early = earlyCareerApm[route] && state[EXPERIENCE] === EARLY_CAREER;
  if (early && answered(state, PM_WORK) && state[PM_WORK] !== SHIPPED) return 1;
  // What is left needs the role (a student is APM whatever else) and, on the early-career rule's
  // routes, the years and the product work.
  if (!answered(state, ROLE) || !answered(state, EXPERIENCE)) return OPEN;
  return early && !answered(state, PM_WORK) ? OPEN : 0;
}

/** A student on a search route applies for next summer's internships, unless the deadline is under 3 months. */
function internships(state: State, route: number): number {
  if (!search[route]) return 0;
  const role = state[ROLE]!;
  const deadline = state[DEADLINE]!;
  if ((answered(state, ROLE) && role !== STUDENT) || deadline === UNDER_3_MONTHS) return 0;
  return role === STUDENT && answered(state, DEADLINE) ? 1 : OPEN;
}

/**
 * 0 no visa step, 1 a visa step, 2 the visa-sponsors step for someone without a bachelor's degree
 * (an H-1B needs one or equivalent experience, and the step says so).
 */
function visa(state: State, route: number): number {
  if (!answered(state, CONSTRAINTS)) return OPEN;
  const c = state[CONSTRAINTS]!;
  if (!(c & VISA)) return 0;
  return visaStep[route] === "visa-sponsors" && c & NO_DEGREE ? 2 : 1;
}

/**
 * A student far from graduating on a search route (deadline 12-24 months or no rush): internships
 * now, the APM window next, and no full-time offer step before it opens. 1, 0 or OPEN.
 */
function studentPath(state: State, route: number): number {
  if (!search[route]) return 0;
  if (answered(state, ROLE) && state[ROLE] !== STUDENT) return 0;
  if (answered(state, DEADLINE) && !FAR_DEADLINES.includes(state[DEADLINE]!)) return 0;
  return answered(state, ROLE) && answered(state, DEADLINE) ? 1 : OPEN;
}

const PARTS: Part[] = [
  { values: 2, needs: [EMPLOYER], value: (s) => flag(s, EMPLOYER, s[EMPLOYER] === AT_RISK) },
  { values: 2, needs: [ROLE, EXPERIENCE, PM_WORK], value: level },
  {
    values: CALENDAR_PACE + 1,
    needs: [HOURS],
    value: (s, r) => (!paceScales[r] ? CALENDAR_PACE : answered(s, HOURS) ? s[HOURS]! : OPEN),
  },
  { values: 2, needs: [ROLE, DEADLINE], value: studentPath },
  { values: 3, needs: [CONSTRAINTS], value: visa },
  { values: 2, needs: [EMPLOYER], value: (s, r) => (search[r] ? flag(s, EMPLOYER, s[EMPLOYER] === CAREER_BREAK) : 0) },
  { values: 2, needs: [CONSTRAINTS], value: (s, r) => (search[r] ? flag(s, CONSTRAINTS, (s[CONSTRAINTS]! & AWAY) !== 0) : 0) },
  { values: 2, needs: [ROLE, DEADLINE], value: internships },
  {
    values: 3,
    needs: [DEADLINE],
    value: (s, r) => (!canWarn[r] ? 0 : answered(s, DEADLINE) ? warningByDeadline[r]![s[DEADLINE]!]! : OPEN),
  },
];
const [STANDING, LEVEL, PACE_PART, STUDENT_PATH, VISA_PART, RETURNSHIPS, REMOTE, INTERNSHIPS, WARNING] = PARTS;

/** The unanswered questions route's result still needs for its parts, as a bitmask of question indexes. */
export function partQuestions(state: State, route: number): number {
  let mask = 0;
  for (const part of PARTS) {
    if (part.value(state, route) !== OPEN) continue;
    for (const q of part.needs) if (!answered(state, q)) mask |= 1 << q;
  }
  return mask;
}

/**
 * How many results route could still end with, counting the values each open part could take.
 * An upper bound the question choice minimises (lib/next-question.ts).
 */
export function possibleResults(state: State, route: number): number {
  let n = 1;
  for (const part of PARTS) if (part.value(state, route) === OPEN) n *= part.values;
  return n;
}

/**
 * The whole result as one number, for comparing a stopped wizard with every full profile:
 * equal keys mean the same route, level, pace, added steps and warnings. OPEN parts make it -1.
 */
export function outcomeKey(state: State, route: number): number {
  let key = route;
  for (const part of PARTS) {
    const value = part.value(state, route);
    if (value === OPEN) return -1;
    key = key * part.values + value;
  }
  return key;
}

/** The settled result for a route: what lib/plan.ts builds the plan from. */
export type Outcome = {
  route: RouteId;
  level: LevelId;
  /** the factor on the weeks of the steps the person controls (1 where the calendar sets them) */
  pace: number;
  /** under 3 hours a week on a route they pace: weekly amounts in the steps shrink to fit */
  light: boolean;
  /** at most this many steps at once (null where the calendar sets the dates: a master's) */
  load: number | null;
  /** steps these answers add to the route's plan */
  added: AddedStep[];
  /** needs a visa but has no bachelor's degree: the visa step says what that means */
  visaWithoutDegree: boolean;
  /** the route may run past the deadline ("deadline-tight") or usually does ("deadline") */
  warning: WarningId | null;
  /** under a warning, the deadline in months: the second door runs until then */
  deadlineMonths: number | null;
  /** a student far from graduating on a search route: no full-time offer step before the APM window */
  studentPath: boolean;
};

const valueOf = (part: Part | undefined, state: State, route: number) => part!.value(state, route);

/** The outcome for route on these answers, or null while a part is still open. */
export function outcomeOf(state: State, route: number): Outcome | null {
  if (outcomeKey(state, route) === -1) return null;
  const apm = valueOf(LEVEL, state, route) === 1;
  const w = valueOf(WARNING, state, route);
  const added: AddedStep[] = [];
  if (valueOf(STANDING, state, route)) added.push("restore-standing");
  // A deadline at risk opens a second door from day one.
  if (w !== 0) added.push("bridge-roles");
  if (apm) added.push("apm-programmes");
  if (valueOf(INTERNSHIPS, state, route)) added.push("internships");
  const visaValue = valueOf(VISA_PART, state, route);
  if (visaValue) added.push(visaStep[route]!);
  if (valueOf(RETURNSHIPS, state, route)) added.push("returnships");
  if (valueOf(REMOTE, state, route)) added.push("remote-first");
  const p = valueOf(PACE_PART, state, route);
  return {
    route: ROUTE_IDS[route]!,
    level: apm ? "apm" : "pm",
    pace: p === CALENDAR_PACE ? 1 : paceByHours[p]!,
    light: p === UNDER_3_HOURS,
    load: p === CALENDAR_PACE ? null : loadByHours[p]!,
    added,
    visaWithoutDegree: visaValue === 2,
    warning: w === 0 ? null : WARNING_IDS[w - 1]!,
    deadlineMonths: w === 0 ? null : DEADLINE_MONTHS[OPTION_IDS.deadline[state[DEADLINE]!]!],
    studentPath: valueOf(STUDENT_PATH, state, route) === 1,
  };
}
