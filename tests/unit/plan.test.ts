import { describe, expect, it } from "vitest";
import { getRoute } from "@/data/catalog";
import { Plan } from "@/data/plan";
import { buildPlan, targetLevel } from "@/lib/plan";

describe("buildPlan", () => {
  const start = "2026-11-30";

  it("dates each step from the start day at the typical pace", () => {
    const plan = buildPlan({ route: "networking" }, { hours: "3-8" }, start);
    expect(() => Plan.parse(plan)).not.toThrow();
    const template = getRoute("networking").steps;
    expect(plan.steps.map((s) => s.weeks)).toEqual(template.map((s) => s.weeks));
    expect(plan.steps[0]!.dates.start).toBe("2026-11-30");
    const first = plan.steps[0]!;
    // week n ends on day 7n-1 after the start
    expect(first.dates.end).toBe(new Date(Date.UTC(2026, 10, 30 + first.weeks.to * 7 - 1)).toISOString().slice(0, 10));
    expect(plan.endDate >= plan.steps.at(-1)!.dates.end).toBe(true);
  });

  it("stretches the plan for fewer hours and compresses it for more", () => {
    const slow = buildPlan({ route: "side-project" }, { hours: "under-3" }, start);
    const usual = buildPlan({ route: "side-project" }, {}, start);
    const fast = buildPlan({ route: "side-project" }, { hours: "over-15" }, start);
    expect(slow.endDate > usual.endDate).toBe(true);
    expect(fast.endDate < usual.endDate).toBe(true);
    for (const p of [slow, usual, fast]) {
      for (const s of p.steps) expect(s.weeks.to).toBeGreaterThanOrEqual(s.weeks.from);
    }
  });

  it("keeps a degree on the school's calendar whatever the hours", () => {
    const a = buildPlan({ route: "masters" }, { hours: "over-15" }, start);
    const b = buildPlan({ route: "masters" }, { hours: "under-3" }, start);
    expect(a.steps).toEqual(b.steps);
  });

  it("aims new graduates at APM programmes and switchers at PM", () => {
    expect(targetLevel({ experience: "new-grad" })).toBe("apm");
    expect(targetLevel({ role: "student" })).toBe("apm");
    expect(targetLevel({ experience: "4-7", role: "design" })).toBe("pm");
    expect(targetLevel({})).toBe("pm");
  });
});
