// buildPlan: the route's step template with the steps the person's answers add, the checkpoint
// that ends the first phase, and real dates from the day they start (docs/domain.md, "Definitions
// for the plan"). The hours a week stretch or compress the steps the person controls and cap how
// many run at once: steps are sequenced, in template order, rather than stacked. The calendar
// sets the dates of its steps (lib/calendar.ts); the year-end holidays stretch the steps that
// depend on other people, to whole plan weeks; a deadline at risk opens a second door from day
// one; the checkpoint comes after the steps it judges; and a wait the calendar imposes gets a named
// step for meanwhile, so the plan never goes quiet for more than two weeks.
import { getRoute } from "@/data/routes";
import type { Plan, PlanStep, WeekRange } from "@/data/plan";
import {
  apmProgrammes,
  bridgeRoles,
  bridgeRolesInside,
  checkpoint,
  internships,
  meanwhile,
  overTheHolidays,
  remoteFirst,
  restoreStanding,
  returnships,
  stemProgrammes,
  visaAmendment,
  visaSponsors,
  visaSponsorsWithoutDegree,
} from "@/data/plan-steps";
import { ADDED_STEPS, MAX_PLAN_STEPS, MAX_QUIET_DAYS, type AddedStep } from "@/data/plan-rules";
import { routeFacts } from "@/data/route-facts";
import type { CalendarSlot, StepTemplate } from "@/data/schema";
import { joinList } from "@/data/copy";
import { afterHolidays, calendarDates, holidayDays, inHolidays, type DateRange } from "./calendar";
import { addDays, addMonths, daysBetween, formatDate } from "./dates";
import type { Outcome } from "./outcome";

const addedSteps: Record<Exclude<AddedStep, "visa-sponsors" | "bridge-roles">, StepTemplate> = {
  "restore-standing": restoreStanding,
  "apm-programmes": apmProgrammes,
  internships,
  "stem-programmes": stemProgrammes,
  "visa-amendment": visaAmendment,
  returnships,
  "remote-first": remoteFirst,
};

function templateOf(step: AddedStep, outcome: Outcome): StepTemplate {
  if (step === "visa-sponsors") return outcome.visaWithoutDegree ? visaSponsorsWithoutDegree : visaSponsors;
  if (step === "bridge-roles") return routeFacts[outcome.route].insideCompany ? bridgeRolesInside : bridgeRoles;
  return addedSteps[step];
}

/** Paced weeks: the template's weeks at the person's pace. */
const scale = ({ from, to }: WeekRange, pace: number): WeekRange => {
  const start = Math.max(1, Math.round((from - 1) * pace) + 1);
  return { from: start, to: Math.max(start, Math.round(to * pace)) };
};

/** Plan weeks, counted from `origin`: week n covers days 7(n-1) .. 7n-1. */
export class Weeks {
  constructor(readonly origin: string) {}
  dates = ({ from, to }: WeekRange): DateRange => ({ start: this.start(from), end: this.end(to) });
  start = (week: number) => addDays(this.origin, (week - 1) * 7);
  end = (week: number) => addDays(this.origin, week * 7 - 1);
  /** the week a day falls in (days before the origin fall in week 1) */
  of = (date: string) => Math.max(1, Math.floor(daysBetween(this.origin, date) / 7) + 1);
  label = (dates: DateRange): WeekRange => ({ from: this.of(dates.start), to: this.of(dates.end) });
  /** the last day of the week this day falls in */
  endOf = (date: string) => this.end(this.of(date));
  /** the first day of the first week that starts on or after this day */
  startOnOrAfter = (date: string) => {
    const week = this.of(date);
    return this.start(week) >= date ? this.start(week) : this.start(week + 1);
  };
}

/**
 * The dates of a step that depends on other people, around the year-end holidays: one that would
 * start inside them starts at the first plan week that starts after them, keeping its length; its
 * end moves out by the days it overlaps them, rounded up to the end of that plan week.
 */
export function aroundHolidays(range: DateRange, weeks: Weeks): DateRange {
  let { start, end } = range;
  if (inHolidays(start)) {
    const moved = weeks.startOnOrAfter(afterHolidays(start));
    end = addDays(end, daysBetween(start, moved));
    start = moved;
  }
  const overlap = holidayDays({ start, end });
  return overlap === 0 ? { start, end } : { start, end: weeks.endOf(addDays(end, overlap)) };
}

/** Fills {placeholders} with the step's dates; a placeholder without a value is a catalog error. */
function fill(text: string, words: Record<string, string>, id: string): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    const word = words[name];
    if (word === undefined) throw new Error(`step ${id}: no value for {${name}}`);
    return word;
  });
}

/** The step's words for this person: the level's wording, the student path's, then the amounts that fit under 3 hours. */
function textOf(step: StepTemplate, outcome: Outcome) {
  return {
    ...step,
    ...(outcome.level === "apm" ? step.apm : undefined),
    ...(outcome.studentPath ? step.student : undefined),
    ...(outcome.light ? step.light : undefined),
  };
}

type StepText = Pick<StepTemplate, "id" | "title" | "detail" | "doneWhen" | "interviewPractice" | "offer">;

function planStep(step: StepText, dates: DateRange, weeks: Weeks, words: Record<string, string> = {}): PlanStep {
  return {
    id: step.id,
    title: fill(step.title, words, step.id),
    detail: fill(step.detail, words, step.id),
    doneWhen: fill(step.doneWhen, words, step.id),
    interviewPractice: step.interviewPractice === true,
    ...(step.offer ? { offer: step.offer } : {}),
    weeks: weeks.label(dates),
    dates,
  };
}

/** A dated step, with the calendar slot that set its dates (null where the weeks did) and its place in the template. */
export type Dated = { step: PlanStep; slot: CalendarSlot | null; order: number };

/** The route's own steps, with optional ones giving way (1 first) so the whole plan fits. */
function templateSteps(outcome: Outcome, room: number): StepTemplate[] {
  const steps = getRoute(outcome.route).steps;
  const dropped = new Set(
    steps
      .filter((s) => s.optional !== undefined)
      .sort((a, b) => a.optional! - b.optional!)
      .slice(0, Math.max(0, steps.length - room))
      .map((s) => s.id),
  );
  return steps.filter((s) => !dropped.has(s.id));
}

/** The templates of a plan, in template order: the route's own steps, then the ones the answers add. */
export function planTemplates(outcome: Outcome): StepTemplate[] {
  const added = ADDED_STEPS.filter((s) => outcome.added.includes(s)).map((s) => templateOf(s, outcome));
  return [...templateSteps(outcome, MAX_PLAN_STEPS - 1 - added.length), ...added];
}

/**
 * The days on which steps run, for the load rule: at most `load` steps on any day. Counting only
 * where a range starts is enough, since a range's busiest day is one where some range begins.
 */
class Load {
  private ranges: DateRange[] = [];
  constructor(private readonly cap: number | null) {}
  add(range: DateRange) {
    this.ranges.push(range);
  }
  /** Could this range run without more than `cap` steps on any of its days? */
  fits(range: DateRange): boolean {
    if (this.cap === null) return true;
    const points = [range.start, ...this.ranges.map((r) => r.start).filter((d) => d > range.start && d <= range.end)];
    return points.every((day) => this.ranges.filter((r) => r.start <= day && r.end >= day).length < this.cap!);
  }
}

/** What a plan is built from, beyond the outcome. */
export type PlanInput = {
  outcome: Outcome;
  /** what the checkpoint says to do if the plan isn't working (lib/switch-route.ts words it) */
  ifNot: string;
  startDate: string;
  /** only these steps (a moved plan's open ones), laid out from startDate; all by default */
  only?: ReadonlySet<string>;
  /** weeks are labelled from this day, and the deadline counts from it (a moved plan's own start); startDate by default */
  origin?: string;
  /** a moved plan: the paced week that starts on startDate (the earliest open step's); 1 by default */
  pacedFrom?: number;
};

/**
 * Every step dated, in template order, without the steps for waits. The order of placing: the
 * steps whose dates are fixed (the standing step, the second door, a school's calendar), then the
 * calendar's windows (later inside the window, or the next one, when the hours are taken), then
 * the steps the person paces, each no earlier than its weeks say and than the step before it, at
 * the first week where it fits the load.
 */
export function datedSteps({ outcome, ifNot, startDate, only, origin = startDate, pacedFrom = 1 }: PlanInput): Dated[] {
  const weeks = new Weeks(startDate);
  const label = new Weeks(origin);
  const templates = planTemplates(outcome);
  const order = new Map(templates.map((t, i) => [t.id, i]));
  const included = (t: StepTemplate) => !only || only.has(t.id);
  const load = new Load(outcome.load);
  const placed = new Map<string, Dated>();
  const place = (
    t: StepTemplate,
    dates: DateRange,
    words = t.words ? calendarDates(t.words, startDate, outcome.pace).words : undefined,
  ) => {
    load.add(dates);
    placed.set(t.id, { step: planStep(textOf(t, outcome), dates, label, words), slot: t.calendar ?? null, order: order.get(t.id)! });
  };
  const withPeople = (t: StepTemplate, range: DateRange) => (t.withOthers ? aroundHolidays(range, weeks) : range);
  const deadlineDate = outcome.deadlineMonths === null ? null : addMonths(origin, outcome.deadlineMonths);
  // The second door stays open until the deadline's week (on a moved plan past it, as long again as it was planned).
  const doorCloses =
    deadlineDate === null ? startDate : deadlineDate >= startDate ? deadlineDate : addDays(startDate, daysBetween(origin, deadlineDate));

  // 1. Fixed dates.
  for (const t of templates.filter(included)) {
    if (t.fixedWeeks) place(t, withPeople(t, weeks.dates(t.fixedWeeks)));
    else if (t.span === "until-deadline") place(t, { start: startDate, end: weeks.endOf(doorCloses) });
    else if (t.calendar?.startsWith("mba-")) {
      const { start, end, words } = calendarDates(t.calendar, startDate, outcome.pace);
      place(t, withPeople(t, { start, end }), words);
    }
  }
  // 2. Windows: later in the window while the hours are taken, or the next window. A student's
  // internships come first: internships now, the APM window next.
  const windows = templates.filter((t) => included(t) && t.calendar && !t.calendar.startsWith("mba-"));
  for (const t of windows.sort((a, b) => Number(b.calendar === "internship-window") - Number(a.calendar === "internship-window"))) {
    for (let from = startDate; ;) {
      const window = calendarDates(t.calendar!, from, outcome.pace);
      const range = withPeople(t, { start: window.start, end: window.end });
      if (load.fits(range)) {
        place(t, range, window.words);
        break;
      }
      from = weeks.startOnOrAfter(addDays(range.start, 1));
    }
  }
  // 3. Paced steps, in template order (which is the order of their weeks).
  const apmOpens = placed.get(apmProgrammes.id)?.step.dates.start;
  const amendment = templates.find((t) => t.span === "before-internal-application" && included(t));
  const paced = templates
    .filter((t) => included(t) && t.weeks)
    .map((t) => {
      const paced = scale(t.weeks!, outcome.pace);
      return { t, weeks: { from: Math.max(1, paced.from - pacedFrom + 1), to: Math.max(1, paced.to - pacedFrom + 1) } };
    })
    .sort((a, b) => a.weeks.from - b.weeks.from);
  let previousStart = startDate;
  for (const {
    t,
    weeks: { from, to },
  } of paced) {
    const lead = t.internalApplication ? amendment : undefined;
    // No full-time offer before the APM window for a student far from graduating.
    const notBefore = outcome.studentPath && t.offer === "job" && apmOpens ? apmOpens : previousStart;
    for (let week = Math.max(from, lead ? 3 : 1); ; week++) {
      const range = withPeople(t, weeks.dates({ from: week, to: week + to - from }));
      if (range.start < previousStart || range.start < notBefore || !load.fits(range)) continue;
      // The visa amendment takes the two weeks just before, outside the holidays.
      const before = lead ? weeks.dates({ from: weeks.of(range.start) - 2, to: weeks.of(range.start) - 1 }) : null;
      if (before && (holidayDays(before) > 0 || !load.fits(before))) continue;
      if (before) place(lead!, before);
      place(t, range);
      previousStart = range.start;
      break;
    }
  }
  const steps = [...placed.values()];
  if (!only || only.has(checkpoint.id)) steps.push(checkpointStep(outcome, ifNot, steps, weeks, label, templates.length));
  return inPlanOrder(steps);
}

/**
 * The checkpoint: one whole plan week, the later of week round(8 x pace) and the week after the
 * last step it measures ends, and never a week that touches the holidays. Its words: what working
 * looks like (the route's signs, for the steps this plan has), and where to go if it isn't.
 */
function checkpointStep(outcome: Outcome, ifNot: string, steps: Dated[], weeks: Weeks, label: Weeks, order: number): Dated {
  const route = getRoute(outcome.route);
  const present = new Set(steps.map((d) => d.step.id));
  const signs = route.signs.filter((s) => present.has(s.step)).map((s) => (outcome.light && s.light ? s.light : s));
  const measures = [...new Set(route.signs.filter((s) => present.has(s.step)).map((s) => s.step))];
  const lastEnd = steps
    .filter((d) => measures.includes(d.step.id))
    .reduce((end, d) => (d.step.dates.end > end ? d.step.dates.end : end), "");
  let week = Math.max(1, Math.round(checkpoint.week * outcome.pace), lastEnd ? weeks.of(lastEnd) + 1 : 1);
  while (holidayDays(weeks.dates({ from: week, to: week })) > 0) week++;
  const dates = weeks.dates({ from: week, to: week });
  const step = planStep(
    {
      id: checkpoint.id,
      title: checkpoint.title,
      detail: `${checkpoint.working(joinList(signs.map((s) => s.text)))} ${ifNot} ${checkpoint.stick}`,
      doneWhen: checkpoint.doneWhen,
    },
    dates,
    label,
  );
  return { step: { ...step, measures }, slot: null, order };
}

/**
 * Each stretch of more than two weeks in which no step runs, between `from` and the last step
 * (steps in date order): it can only end where a step the calendar sets begins, and a named step
 * fills it. Weeks count from `origin`. A new plan's wait that ends anywhere else is a catalog
 * error; when a plan is moved, such a wait is left as it is (strict false).
 */
export function fillWaits(steps: Dated[], from: string, origin: string = from, strict = true): PlanStep[] {
  const label = new Weeks(origin);
  const filled: PlanStep[] = [];
  let coveredUntil = addDays(from, -1);
  for (const { step, slot } of steps) {
    const quiet = daysBetween(coveredUntil, step.dates.start) - 1;
    if (quiet > MAX_QUIET_DAYS) {
      // A wait the calendar imposes: its window, or the year-end holidays that the steps needing
      // other people skip (without them the wait would be short).
      const gap = { start: addDays(coveredUntil, 1), end: addDays(step.dates.start, -1) };
      const text = slot ? meanwhile[slot] : quiet - holidayDays(gap) <= MAX_QUIET_DAYS ? overTheHolidays : undefined;
      if (!text && strict) throw new Error(`${quiet} quiet days before ${step.id}, and no step for meanwhile`);
      if (text) filled.push(planStep(text, gap, label, { opens: formatDate(step.dates.start) }));
    }
    filled.push(step);
    if (step.dates.end > coveredUntil) coveredUntil = step.dates.end;
  }
  return filled;
}

/** By start date, then end date (a checkpoint before a longer step that starts the same day), then template order. */
export function inPlanOrder<T extends { step: PlanStep; order?: number }>(steps: T[]): T[] {
  return [...steps].sort(
    (a, b) =>
      a.step.dates.start.localeCompare(b.step.dates.start) ||
      a.step.dates.end.localeCompare(b.step.dates.end) ||
      (a.order ?? Infinity) - (b.order ?? Infinity),
  );
}

/** The deadline date under a deadline warning (the plan's start plus the deadline's months), else null. */
export const deadlineOf = (outcome: Pick<Outcome, "warning" | "deadlineMonths">, origin: string): string | null =>
  outcome.warning && outcome.deadlineMonths !== null ? addMonths(origin, outcome.deadlineMonths) : null;

/** Steps that start after the deadline date are the plan if no offer has come by then: marked, under a deadline warning. */
export const markAfterDeadline = (steps: PlanStep[], deadline: string | null): PlanStep[] =>
  deadline ? steps.map((s) => (s.dates.start > deadline ? { ...s, afterDeadline: true as const } : s)) : steps;

/** The plan for a settled outcome, from its start date (with the deadline date under a deadline warning). */
export function buildPlan(input: PlanInput): Plan {
  const { outcome, startDate } = input;
  const deadline = deadlineOf(outcome, startDate);
  const plan = planOf(outcome, startDate, markAfterDeadline(fillWaits(datedSteps(input), startDate), deadline));
  return deadline ? { ...plan, deadline } : plan;
}

/** The plan around its steps. */
export function planOf(outcome: Pick<Outcome, "route" | "level" | "pace">, startDate: string, steps: PlanStep[]): Plan {
  const endDate = steps.reduce((end, s) => (s.dates.end > end ? s.dates.end : end), startDate);
  return { route: outcome.route, level: outcome.level, startDate, endDate, pace: outcome.pace, steps };
}

/**
 * The paced week a step of this outcome's plan starts in at its pace, before the load or the
 * holidays move it; null for a step whose dates something else sets (or one the plan lacks).
 */
export function pacedStart(outcome: Outcome, id: string): number | null {
  return pacedWeeks(outcome, id)?.from ?? null;
}

/** The weeks a step of this outcome's plan takes at its pace, before the holidays stretch it; null as for pacedStart. */
export function pacedWeeks(outcome: Outcome, id: string): WeekRange | null {
  const template = planTemplates(outcome).find((t) => t.id === id);
  return template?.weeks ? scale(template.weeks, outcome.pace) : null;
}
