// Moving a plan that has fallen behind: the steps not done yet start again from today, in the
// same order and with their lengths at the person's pace (or at a new pace, for other hours a
// week); steps the calendar sets move to their next valid window; the holidays stretch the steps
// that depend on other people; the checkpoint moves with the plan; a done step never moves. The
// dates come from the one engine that dates a new plan (lib/plan.ts), run from today. A plan saved
// under an older catalog cannot be rebuilt from today's templates, so its open steps shift by the
// same number of days instead.
import type { Answers } from "@/data/answers";
import { CATALOG_VERSION } from "@/data/catalog";
import type { OptionId } from "@/data/ids";
import { ROUTE_IDS } from "@/data/ids";
import type { Plan, PlanStep } from "@/data/plan";
import { openSteps } from "./living-plan";
import { waitSteps } from "@/data/plan-steps";
import { CHECKPOINT_ID } from "@/data/plan-rules";
import { holidayDays, type DateRange } from "./calendar";
import { addDays, daysBetween } from "./dates";
import { outcomeOf } from "./outcome";
import { datedSteps, deadlineOf, fillWaits, inPlanOrder, markAfterDeadline, pacedStart, pacedWeeks, planOf, type Dated } from "./plan";
import { toState } from "./table";

/** The steps that fill a wait: recomputed from today, never carried over. */
const WAIT_STEPS = new Set(waitSteps);

export type Move = {
  id: string;
  title: string;
  from: DateRange;
  to: DateRange;
  /** why it landed there: the person's pace, the calendar's next window, or the holidays */
  why: "pace" | "calendar" | "holidays";
};

export type Rescheduled = {
  plan: Plan;
  moves: Move[];
  /** how far the first open step moved, in whole weeks (positive: later) */
  weeksMoved: number;
};

type Input = {
  answers: Answers;
  plan: Plan;
  catalogVersion: string;
  done: Readonly<Record<string, boolean>>;
  today: string;
  /** other hours a week to go on with, or the same as before */
  hours?: OptionId<"hours">;
};

const aYearLater = (iso: string) => `${Number(iso.slice(0, 4)) + 1}${iso.slice(4)}`;

/** Annual windows (an MBA's school year) come round again a year later, until one is still to come. */
function nextYear(range: DateRange, today: string): DateRange {
  let { start, end } = range;
  while (end < today) [start, end] = [aYearLater(start), aYearLater(end)];
  return { start: start < today ? today : start, end };
}

function shifted(steps: PlanStep[], days: number): PlanStep[] {
  return steps.map((s) => ({ ...s, dates: { start: addDays(s.dates.start, days), end: addDays(s.dates.end, days) } }));
}

export function reschedule({ answers, plan, catalogVersion, done, today, hours }: Input): Rescheduled {
  const open = openSteps(plan, done);
  const kept = plan.steps.filter((s) => done[s.id]);
  const first = open[0];
  if (!first) return { plan, moves: [], weeksMoved: 0 };

  const state = toState(hours ? { ...answers, hours } : answers);
  const outcome = catalogVersion === CATALOG_VERSION ? outcomeOf(state, ROUTE_IDS.indexOf(plan.route)) : null;
  let moved: Dated[];
  let pace = plan.pace;
  if (!outcome) {
    // An older plan: shift its open steps so the first starts today, as they are.
    moved = shifted(open, daysBetween(first.dates.start, today)).map((step, order) => ({ step, slot: null, order }));
  } else {
    pace = outcome.pace;
    const saved = (id: string) => plan.steps.find((s) => s.id === id)!;
    const openIds = new Set(open.map((s) => s.id).filter((id) => !WAIT_STEPS.has(id)));
    const testsOpen = openIds.has("tests-and-essays");
    // Laid out from today, so that the earliest open step the person paces starts today and the
    // rest keep their places after it; weeks count from the plan's own start.
    const pacedFrom = Math.min(...[...openIds].map((id) => pacedStart(outcome, id) ?? Infinity));
    const input = { outcome, ifNot: "", startDate: today, only: openIds, origin: plan.startDate };
    moved = datedSteps({ ...input, pacedFrom: pacedFrom === Infinity ? 1 : pacedFrom }).map((d): Dated => {
      // The checkpoint keeps its words as saved, at its new dates.
      if (d.step.id === CHECKPOINT_ID) return { ...d, step: { ...saved(CHECKPOINT_ID), dates: d.step.dates, weeks: d.step.weeks } };
      // An MBA's school year moves only if the admission tests are still to do; otherwise each slot comes round yearly.
      if (d.slot?.startsWith("mba-") && !testsOpen)
        return { ...d, step: { ...saved(d.step.id), dates: nextYear(saved(d.step.id).dates, today) } };
      return d;
    });
  }
  // Weeks count from the plan's start, as before.
  const week = (date: string) => Math.floor(daysBetween(plan.startDate, date) / 7) + 1;
  const renumbered = inPlanOrder(moved).map((d) => ({
    ...d,
    step: { ...d.step, weeks: { from: Math.max(1, week(d.step.dates.start)), to: Math.max(1, week(d.step.dates.end)) } },
  }));
  // Waits are filled again from today; one filled before, and not done, goes. Under a deadline
  // warning, what now starts after the deadline date is marked so again.
  const filledOpen = outcome
    ? markAfterDeadline(
        fillWaits(
          renumbered.filter((d) => !WAIT_STEPS.has(d.step.id)),
          today,
          plan.startDate,
          false,
        ).map(({ afterDeadline: _, ...step }) => step),
        deadlineOf(outcome, plan.startDate),
      )
    : renumbered.map((d) => d.step);
  const steps = inPlanOrder([...kept, ...filledOpen].map((step) => ({ step }))).map((d) => d.step);

  const moves: Move[] = filledOpen.flatMap((step) => {
    const was = plan.steps.find((s) => s.id === step.id);
    if (!was || (was.dates.start === step.dates.start && was.dates.end === step.dates.end)) return [];
    const slot = renumbered.find((d) => d.step.id === step.id)?.slot;
    // The holidays, only where they made the step longer than its weeks at the pace.
    const paced = outcome ? pacedWeeks(outcome, step.id) : null;
    const stretched =
      paced !== null && holidayDays(step.dates) > 0 && daysBetween(step.dates.start, step.dates.end) + 1 > (paced.to - paced.from + 1) * 7;
    const why: Move["why"] = slot ? "calendar" : stretched ? "holidays" : "pace";
    return [{ id: step.id, title: step.title, from: was.dates, to: step.dates, why }];
  });
  const firstNow = steps.find((s) => s.id === first.id) ?? filledOpen[0]!;
  return {
    plan: planOf({ route: plan.route, level: plan.level, pace }, plan.startDate, steps),
    moves,
    weeksMoved: Math.round(daysBetween(first.dates.start, firstNow.dates.start) / 7),
  };
}
