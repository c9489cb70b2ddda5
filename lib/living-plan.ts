// A saved plan as it lives on, in the few light rules its page needs in the browser: its current
// dates, its checkpoint, whether the check-in says it is working, which steps are overdue, and the
// pace the person has kept. The heavier work (moving the plan, switching it) is in
// lib/reschedule.ts and lib/switch.ts, on the server.
import type { Answers } from "@/data/answers";
import type { OptionId } from "@/data/ids";
import type { Plan, PlanStep } from "@/data/plan";
import { CHECKPOINT_ID, PACE } from "@/data/plan-rules";
import type { SavedPlan } from "./api-contract";
import { daysBetween } from "./dates";

/** The answers the plan rests on now: as saved, with those given since (the plan-B questions, the hours of a move). */
export const currentAnswers = (saved: Pick<SavedPlan, "answers" | "laterAnswers">): Answers => ({
  ...saved.answers,
  ...saved.laterAnswers,
});

/** The plan with its current dates: after the last reschedule, or as saved. */
export const currentPlan = (saved: Pick<SavedPlan, "schedule" | "snapshot">): Plan => saved.schedule ?? saved.snapshot.plan;

export const checkpointOf = (plan: Plan): PlanStep | undefined => plan.steps.find((s) => s.id === CHECKPOINT_ID);

/** From the checkpoint's week on, the choice is open again: check in, and switch if it is not working. */
export function checkpointReached(saved: Pick<SavedPlan, "schedule" | "snapshot">, today: string): boolean {
  const step = checkpointOf(currentPlan(saved));
  return step !== undefined && today >= step.dates.start;
}

/** Working when every sign is there. */
export const isWorking = (answers: readonly boolean[]): boolean => answers.length > 0 && answers.every(Boolean);

/** The steps that are not done yet, in plan order. */
export const openSteps = (plan: Plan, done: Readonly<Record<string, boolean>>): PlanStep[] => plan.steps.filter((s) => !done[s.id]);

/** Steps past their end date and not done: what makes a plan behind. */
export const overdueSteps = (plan: Plan, done: Readonly<Record<string, boolean>>, today: string): PlanStep[] =>
  openSteps(plan, done).filter((s) => s.dates.end < today);

/**
 * How far behind a plan is: the steps past their end date and not ticked, and the whole weeks
 * since the earliest of them ended (at least one); null when nothing is late.
 */
export function lateness(plan: Plan, done: Readonly<Record<string, boolean>>, today: string): { steps: PlanStep[]; weeks: number } | null {
  const steps = overdueSteps(plan, done, today);
  if (steps.length === 0) return null;
  const earliest = steps.map((s) => s.dates.end).sort()[0]!;
  return { steps, weeks: Math.max(1, Math.round(daysBetween(earliest, today) / 7)) };
}

/** The pace a person has really kept, from the dates their ticks record. */
export type RealPace = {
  /** how much longer than planned the done steps took: 2 is half the planned speed */
  ratio: number;
  /** the hours a week whose pace comes closest to it (for a route the person paces) */
  suggested: OptionId<"hours">;
};

export function realPace(plan: Plan, doneOn: Readonly<Record<string, string>>): RealPace | null {
  let planned = 0;
  let actual = 0;
  for (const step of plan.steps) {
    const on = doneOn[step.id];
    if (!on) continue;
    planned += Math.max(7, daysBetween(plan.startDate, step.dates.end) + 1);
    actual += Math.max(1, daysBetween(plan.startDate, on) + 1);
  }
  if (planned === 0) return null;
  const ratio = actual / planned;
  const wanted = plan.pace * ratio;
  const options = Object.entries(PACE) as [OptionId<"hours">, number][];
  const [suggested] = options.reduce((best, option) => (Math.abs(option[1] - wanted) < Math.abs(best[1] - wanted) ? option : best));
  return { ratio, suggested };
}
