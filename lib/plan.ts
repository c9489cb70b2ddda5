// buildPlan: the route's step template with the steps the person's answers add, the checkpoint
// that ends the first phase, and real dates from the day they start. The hours a week stretch or
// compress the steps the person controls; the calendar sets the rest (lib/calendar.ts).
import { routeName } from "@/data/route-facts";
import { getRoute } from "@/data/routes";
import type { RouteId } from "@/data/ids";
import type { Plan, PlanStep } from "@/data/plan";
import { apmProgrammes, checkpoint, restoreStanding, stemProgrammes, visaSponsors } from "@/data/plan-steps";
import { MAX_PLAN_STEPS } from "@/data/plan-rules";
import type { WeekRange } from "@/data/plan";
import type { StepTemplate } from "@/data/schema";
import { calendarSlot } from "./calendar";
import { addDays, daysBetween } from "./dates";
import type { Outcome, VariantStep } from "./outcome";

const variantSteps: Record<VariantStep, StepTemplate> = {
  "restore-standing": restoreStanding,
  "apm-programmes": apmProgrammes,
  "visa-sponsors": visaSponsors,
  "stem-programmes": stemProgrammes,
};

const scale = ({ from, to }: WeekRange, pace: number): WeekRange => {
  const start = Math.max(1, Math.round((from - 1) * pace) + 1);
  return { from: start, to: Math.max(start, Math.round(to * pace)) };
};

/** Week 1 starts on startDate; week n covers days 7(n-1) .. 7n-1. */
const datesOf = ({ from, to }: WeekRange, startDate: string) => ({
  start: addDays(startDate, (from - 1) * 7),
  end: addDays(startDate, to * 7 - 1),
});

const weeksOf = (dates: { start: string; end: string }, startDate: string): WeekRange => ({
  from: Math.floor(daysBetween(startDate, dates.start) / 7) + 1,
  to: Math.floor(daysBetween(startDate, dates.end) / 7) + 1,
});

function dated(step: StepTemplate, outcome: Outcome, startDate: string): PlanStep {
  const text = outcome.light && step.light ? { ...step, ...step.light } : step;
  let weeks: WeekRange;
  let dates: PlanStep["dates"];
  if (step.calendar) {
    dates = calendarSlot(step.calendar, startDate);
    weeks = weeksOf(dates, startDate);
  } else {
    weeks = step.weeks ? scale(step.weeks, outcome.pace) : step.fixedWeeks!;
    dates = datesOf(weeks, startDate);
  }
  return {
    id: step.id,
    title: text.title,
    detail: text.detail,
    doneWhen: text.doneWhen,
    interviewPractice: step.interviewPractice === true,
    weeks,
    dates,
  };
}

function checkpointStep(route: RouteId, switchTo: RouteId, outcome: Outcome, startDate: string): PlanStep {
  const week = Math.max(1, Math.round(checkpoint.week * outcome.pace));
  const weeks = { from: week, to: week };
  return {
    id: checkpoint.id,
    title: checkpoint.title,
    detail: `${checkpoint.working(getRoute(route).checkpoint)} ${checkpoint.switchTo(routeName(switchTo))}`,
    doneWhen: checkpoint.doneWhen,
    interviewPractice: false,
    weeks,
    dates: datesOf(weeks, startDate),
  };
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
 * The plan for a settled outcome. switchTo is the route the checkpoint points to if this one is
 * not working (the strongest other route on the answers given).
 */
export function buildPlan(outcome: Outcome, switchTo: RouteId, startDate: string): Plan {
  const variants = outcome.variants.map((v) => variantSteps[v]);
  const own = templateSteps(outcome.route, MAX_PLAN_STEPS - 1 - variants.length);
  const standing = variants.filter((s) => s.id === restoreStanding.id);
  const rest = [...own, ...variants.filter((s) => s.id !== restoreStanding.id)].map((s) => dated(s, outcome, startDate));
  rest.push(checkpointStep(outcome.route, switchTo, outcome, startDate));
  // In date order (stable, so the template's order breaks ties); standing comes before everything.
  rest.sort((a, b) => a.dates.start.localeCompare(b.dates.start));
  const steps = [...standing.map((s) => dated(s, outcome, startDate)), ...rest];
  const endDate = steps.reduce((end, s) => (s.dates.end > end ? s.dates.end : end), startDate);
  return { route: outcome.route, level: outcome.level, startDate, endDate, pace: outcome.pace, steps };
}
