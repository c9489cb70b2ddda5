// Where a person should be in their plan by the calendar, next to where they are by their ticks:
// the step (or steps) whose dates cover today, and how many earlier steps are still open.
import type { PlanStep } from "@/data/plan";

export type Schedule =
  | { kind: "all-done" }
  | { kind: "not-started"; startsOn: string }
  | { kind: "under-way"; current: { number: number; step: PlanStep }[]; overdue: number }
  | { kind: "past-end"; open: number };

export function schedule(steps: readonly PlanStep[], done: Readonly<Record<string, boolean>>, today: string): Schedule {
  const open = steps.filter((s) => !done[s.id]);
  if (open.length === 0) return { kind: "all-done" };
  const start = steps.reduce((min, s) => (s.dates.start < min ? s.dates.start : min), steps[0]!.dates.start);
  const end = steps.reduce((max, s) => (s.dates.end > max ? s.dates.end : max), steps[0]!.dates.end);
  if (today < start) return { kind: "not-started", startsOn: start };
  if (today > end) return { kind: "past-end", open: open.length };
  const current = steps.flatMap((step, i) =>
    step.dates.start <= today && today <= step.dates.end ? [{ number: i + 1, step }] : [],
  );
  const overdue = open.filter((s) => s.dates.end < today).length;
  return { kind: "under-way", current, overdue };
}
