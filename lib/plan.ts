// buildPlan: the route's step template with the steps the person's answers add, the checkpoint
// that ends the first phase, and real dates from the day they start. The hours a week stretch or
// compress the steps the person controls; the calendar sets the rest (lib/calendar.ts); the
// year-end holidays stretch the steps that depend on other people; and a wait the calendar
// imposes gets a named step for meanwhile, so the plan never goes quiet for more than two weeks.
import { getRoute } from "@/data/routes";
import type { RouteId } from "@/data/ids";
import type { Plan, PlanStep, WeekRange } from "@/data/plan";
import {
  apmProgrammes,
  checkpoint,
  internships,
  meanwhile,
  remoteFirst,
  restoreStanding,
  returnships,
  stemProgrammes,
  visaSponsors,
  visaSponsorsWithoutDegree,
} from "@/data/plan-steps";
import { MAX_PLAN_STEPS, MAX_QUIET_DAYS, type AddedStep } from "@/data/plan-rules";
import type { CalendarSlot, StepTemplate } from "@/data/schema";
import { afterHolidays, aroundHolidays, calendarDates, holidayDays, type DateRange } from "./calendar";
import { addDays, daysBetween, formatDate } from "./dates";
import type { Outcome } from "./outcome";

const addedSteps: Record<Exclude<AddedStep, "visa-sponsors">, StepTemplate> = {
  "restore-standing": restoreStanding,
  "apm-programmes": apmProgrammes,
  internships,
  "stem-programmes": stemProgrammes,
  returnships,
  "remote-first": remoteFirst,
};

const templateOf = (step: AddedStep, outcome: Outcome): StepTemplate =>
  step === "visa-sponsors" ? (outcome.visaWithoutDegree ? visaSponsorsWithoutDegree : visaSponsors) : addedSteps[step];

const scale = ({ from, to }: WeekRange, pace: number): WeekRange => {
  const start = Math.max(1, Math.round((from - 1) * pace) + 1);
  return { from: start, to: Math.max(start, Math.round(to * pace)) };
};

/** Week 1 starts on startDate; week n covers days 7(n-1) .. 7n-1. */
const datesOf = ({ from, to }: WeekRange, startDate: string): DateRange => ({
  start: addDays(startDate, (from - 1) * 7),
  end: addDays(startDate, to * 7 - 1),
});

const weeksOf = (dates: DateRange, startDate: string): WeekRange => ({
  from: Math.max(1, Math.floor(daysBetween(startDate, dates.start) / 7) + 1),
  to: Math.max(1, Math.floor(daysBetween(startDate, dates.end) / 7) + 1),
});

/** Fills {placeholders} with the step's dates; a placeholder without a value is a catalog error. */
function fill(text: string, words: Record<string, string>, id: string): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    const word = words[name];
    if (word === undefined) throw new Error(`step ${id}: no value for {${name}}`);
    return word;
  });
}

/** The step's words for this person: the level's wording, then the amounts that fit under 3 hours. */
function textOf(step: StepTemplate, outcome: Outcome) {
  return {
    ...step,
    ...(outcome.level === "apm" ? step.apm : undefined),
    ...(outcome.light ? step.light : undefined),
  };
}

function planStep(
  step: Pick<StepTemplate, "id" | "title" | "detail" | "doneWhen" | "interviewPractice" | "offer">,
  dates: DateRange,
  startDate: string,
  words: Record<string, string> = {},
): PlanStep {
  return {
    id: step.id,
    title: fill(step.title, words, step.id),
    detail: fill(step.detail, words, step.id),
    doneWhen: fill(step.doneWhen, words, step.id),
    interviewPractice: step.interviewPractice === true,
    ...(step.offer ? { offer: step.offer } : {}),
    weeks: weeksOf(dates, startDate),
    dates,
  };
}

/** A dated step, with the calendar slot that set its dates (null where the weeks did). */
export type Dated = { step: PlanStep; slot: CalendarSlot | null };

function dated(step: StepTemplate, outcome: Outcome, startDate: string): Dated {
  const text = textOf(step, outcome);
  const calendar = step.calendar ? calendarDates(step.calendar, startDate, outcome.pace) : null;
  let dates: DateRange = calendar
    ? { start: calendar.start, end: calendar.end }
    : datesOf(step.weeks ? scale(step.weeks, outcome.pace) : step.fixedWeeks!, startDate);
  if (step.withOthers) dates = aroundHolidays(dates);
  return { step: planStep(text, dates, startDate, calendar?.words), slot: step.calendar ?? null };
}

/** The checkpoint: what working looks like, and where to switch if it isn't. */
export type SwitchTo = { name: string; firstStep: string };

/** The week round(8 x pace), moved after the holidays if any day of it falls inside them. */
function checkpointStep(route: RouteId, switchTo: SwitchTo, outcome: Outcome, startDate: string): PlanStep {
  const week = Math.max(1, Math.round(checkpoint.week * outcome.pace));
  let dates = datesOf({ from: week, to: week }, startDate);
  if (holidayDays(dates) > 0) {
    const start = afterHolidays(dates.end);
    dates = { start, end: addDays(start, 6) };
  }
  return planStep(
    {
      id: checkpoint.id,
      title: checkpoint.title,
      detail: `${checkpoint.working(getRoute(route).checkpoint)} ${checkpoint.switchTo(switchTo.name, switchTo.firstStep)}`,
      doneWhen: checkpoint.doneWhen,
    },
    dates,
    startDate,
  );
}

/** The route's own steps, with optional ones giving way (1 first) so the whole plan fits. */
function templateSteps(route: RouteId, room: number): StepTemplate[] {
  const steps = getRoute(route).steps;
  const dropped = new Set(
    steps
      .filter((s) => s.optional !== undefined)
      .sort((a, b) => a.optional! - b.optional!)
      .slice(0, Math.max(0, steps.length - room))
      .map((s) => s.id),
  );
  return steps.filter((s) => !dropped.has(s.id));
}

/**
 * Each stretch of more than two weeks in which no step runs, between `from` and the last step
 * (steps in date order): it can only end where a step the calendar sets begins, and a named step
 * fills it. Weeks count from the plan's start. A new plan's wait that ends anywhere else is a
 * catalog error; when a plan is moved, such a wait is left as it is (strict false).
 */
export function fillWaits(steps: Dated[], from: string, startDate: string = from, strict = true): PlanStep[] {
  const filled: PlanStep[] = [];
  let coveredUntil = addDays(from, -1);
  for (const { step, slot } of steps) {
    const quiet = daysBetween(coveredUntil, step.dates.start) - 1;
    if (quiet > MAX_QUIET_DAYS) {
      const text = slot ? meanwhile[slot] : undefined;
      if (!text && strict) throw new Error(`${quiet} quiet days before ${step.id}, and no step for meanwhile`);
      const dates = { start: addDays(coveredUntil, 1), end: addDays(step.dates.start, -1) };
      if (text) filled.push(planStep(text, dates, startDate, { opens: formatDate(step.dates.start) }));
    }
    filled.push(step);
    if (step.dates.end > coveredUntil) coveredUntil = step.dates.end;
  }
  return filled;
}

/**
 * The plan for a settled outcome. switchTo is where the checkpoint points if this route is not
 * working: the strongest route through a different door, and its first step.
 */
export function buildPlan(outcome: Outcome, switchTo: SwitchTo, startDate: string): Plan {
  return planOf(outcome, startDate, fillWaits(datedSteps(outcome, switchTo, startDate), startDate));
}

/** Every step of the plan dated from startDate, in plan order, without the steps for waits. */
export function datedSteps(outcome: Outcome, switchTo: SwitchTo, startDate: string): Dated[] {
  const added = outcome.added.map((s) => templateOf(s, outcome));
  const own = templateSteps(outcome.route, MAX_PLAN_STEPS - 1 - added.length);
  const steps = [...own, ...added].map((s) => dated(s, outcome, startDate));
  steps.push({ step: checkpointStep(outcome.route, switchTo, outcome, startDate), slot: null });
  return inPlanOrder(steps);
}

/** In date order (stable, so the template's order breaks ties); the standing step comes first. */
export function inPlanOrder<T extends { step: PlanStep }>(steps: T[]): T[] {
  const standing = (d: T) => (d.step.id === restoreStanding.id ? 0 : 1);
  return [...steps].sort((a, b) => standing(a) - standing(b) || a.step.dates.start.localeCompare(b.step.dates.start));
}

/**
 * The weeks a step of this outcome's plan takes at its pace, counted from the plan's start, before
 * the holidays stretch it; null for a step the calendar dates (or one the plan does not have).
 */
export function plannedWeeks(outcome: Outcome, id: string): WeekRange | null {
  const template = [...getRoute(outcome.route).steps, ...outcome.added.map((s) => templateOf(s, outcome))].find((s) => s.id === id);
  if (!template || template.calendar) return null;
  return template.weeks ? scale(template.weeks, outcome.pace) : template.fixedWeeks!;
}

/** The plan around its steps. */
export function planOf(outcome: Pick<Outcome, "route" | "level" | "pace">, startDate: string, steps: PlanStep[]): Plan {
  const endDate = steps.reduce((end, s) => (s.dates.end > end ? s.dates.end : end), startDate);
  return { route: outcome.route, level: outcome.level, startDate, endDate, pace: outcome.pace, steps };
}
