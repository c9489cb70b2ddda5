// How far along a saved plan is: steps done out of all, the next open step, and where the
// calendar says the person should be (the steps whose dates cover today, and how many earlier
// steps are still open). The one home for a plan's progress: the plan page, My plans, the tick
// message and the preview card all read it here.
import type { PlanStep } from "@/data/plan";

export type Schedule =
  | { kind: "all-done" }
  | { kind: "not-started"; startsOn: string }
  | { kind: "under-way"; current: { number: number; step: PlanStep }[]; overdue: number }
  | { kind: "past-end"; open: number };

export type PlanProgress = {
  done: number;
  total: number;
  /** the first step not ticked yet, numbered from 1 */
  next: { number: number; step: PlanStep } | null;
  schedule: Schedule;
};

/** How many of the steps are ticked. */
export function stepsDone(steps: readonly PlanStep[], done: Readonly<Record<string, boolean>>): { done: number; total: number } {
  return { done: steps.filter((s) => done[s.id]).length, total: steps.length };
}

/** "3 of 8 steps done": the one way progress is written, on every page and in every file. */
export const progressText = ({ done, total }: { done: number; total: number }): string => `${done} of ${total} steps done`;

export function planProgress(steps: readonly PlanStep[], done: Readonly<Record<string, boolean>>, today: string): PlanProgress {
  const open = steps.filter((s) => !done[s.id]);
  const nextIndex = steps.findIndex((s) => !done[s.id]);
  return {
    ...stepsDone(steps, done),
    next: nextIndex === -1 ? null : { number: nextIndex + 1, step: steps[nextIndex]! },
    schedule: scheduleOf(steps, open, today),
  };
}

function scheduleOf(steps: readonly PlanStep[], open: readonly PlanStep[], today: string): Schedule {
  if (open.length === 0) return { kind: "all-done" };
  const start = steps.reduce((min, s) => (s.dates.start < min ? s.dates.start : min), steps[0]!.dates.start);
  const end = steps.reduce((max, s) => (s.dates.end > max ? s.dates.end : max), steps[0]!.dates.end);
  if (today < start) return { kind: "not-started", startsOn: start };
  if (today > end) return { kind: "past-end", open: open.length };
  const current = steps.flatMap((step, i) => (step.dates.start <= today && today <= step.dates.end ? [{ number: i + 1, step }] : []));
  const overdue = open.filter((s) => s.dates.end < today).length;
  return { kind: "under-way", current, overdue };
}
