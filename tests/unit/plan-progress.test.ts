import { describe, expect, it } from "vitest";
import { planProgress } from "@/lib/plan-progress";
import { personas } from "../fixtures/personas";
import { decidedResult } from "../fixtures/results";

const { plan } = decidedResult(personas[3]!.answers, "2026-11-30");
const [first, second] = plan.steps;
const schedule = (done: Record<string, boolean>, today: string) => planProgress(plan.steps, done, today).schedule;

describe("planProgress", () => {
  it("counts the steps done and names the first open one", () => {
    expect(planProgress(plan.steps, {}, "2026-12-01")).toMatchObject({
      done: 0,
      total: plan.steps.length,
      next: { number: 1, step: first },
    });
    const some = planProgress(plan.steps, { [first!.id]: true, [second!.id]: false }, "2026-12-01");
    expect(some).toMatchObject({ done: 1, next: { number: 2, step: second } });
    const all = Object.fromEntries(plan.steps.map((s) => [s.id, true]));
    expect(planProgress(plan.steps, all, "2026-12-01")).toMatchObject({ done: plan.steps.length, next: null });
  });

  it("says when the plan starts, before it starts", () => {
    expect(schedule({}, "2026-11-01")).toEqual({ kind: "not-started", startsOn: "2026-11-30" });
  });

  it("names the step whose dates cover today and counts the open ones behind it", () => {
    const s = schedule({}, second!.dates.start);
    expect(s.kind).toBe("under-way");
    if (s.kind !== "under-way") return;
    expect(s.current.map((c) => c.step.id)).toContain(second!.id);
    expect(s.current.find((c) => c.step.id === second!.id)?.number).toBe(2);
    expect(s.overdue).toBe(plan.steps.filter((x) => x.dates.end < second!.dates.start).length);
    const ticked = schedule({ [first!.id]: true }, second!.dates.start);
    expect(ticked.kind === "under-way" && ticked.overdue).toBe(s.overdue - (first!.dates.end < second!.dates.start ? 1 : 0));
  });

  it("after the last date counts what is still open; all ticked is all done", () => {
    expect(schedule({ [first!.id]: true }, "2030-01-01")).toEqual({ kind: "past-end", open: plan.steps.length - 1 });
    const all = Object.fromEntries(plan.steps.map((s) => [s.id, true]));
    expect(schedule(all, "2026-12-01")).toEqual({ kind: "all-done" });
  });
});
