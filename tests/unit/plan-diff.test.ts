// diffPlans: a saved plan against a fresh result for the same answers, built by the real engine
// and then edited the way a catalog change would edit it.
import { describe, expect, it } from "vitest";
import { diffPlans } from "@/lib/plan-diff";
import { personas } from "../fixtures/personas";
import { decidedResult as resultFor } from "../fixtures/results";

const seller = personas[3]!;
const developer = personas[2]!;

describe("diffPlans", () => {
  it("finds nothing when the same answers give the same plan, even with new dates", () => {
    const diff = diffPlans(resultFor(seller.answers, "2026-01-05"), resultFor(seller.answers, "2026-11-30"));
    expect(diff).toMatchObject({ sameRoute: true, level: null, same: true, added: [], removed: [], changed: [] });
    expect(diff.unchanged).toBe(resultFor(seller.answers).plan.steps.length);
  });

  it("reports a different route with its names", () => {
    const saved = resultFor(seller.answers);
    const current = resultFor(developer.answers);
    const diff = diffPlans(saved, current);
    expect(diff.sameRoute).toBe(false);
    expect(diff.same).toBe(false);
    expect(diff.from).toEqual(saved.route);
    expect(diff.to).toEqual(current.route);
    // Every step of the new plan is either carried over (same id) or added.
    expect(diff.added.length + diff.changed.length + diff.unchanged).toBe(current.plan.steps.length);
    expect(diff.removed.length + diff.changed.length + diff.unchanged).toBe(saved.plan.steps.length);
  });

  it("lists steps added, removed and reworded, by step id", () => {
    const saved = resultFor(seller.answers);
    const current = structuredClone(saved);
    const [first, second, third] = current.plan.steps;
    first!.title = "A new first title";
    second!.doneWhen = "A stricter finish line";
    current.plan.steps = current.plan.steps.filter((s) => s.id !== third!.id);
    current.plan.steps.push({ ...third!, id: "brand-new-step", title: "Something new" });
    current.catalogVersion = "2099-01-01.1";

    const diff = diffPlans(saved, current);
    expect(diff.sameRoute).toBe(true);
    expect(diff.same).toBe(false);
    expect(diff.added).toEqual([{ id: "brand-new-step", title: "Something new" }]);
    expect(diff.removed).toEqual([{ id: third!.id, title: third!.title }]);
    expect(diff.changed).toEqual([
      { id: first!.id, title: "A new first title", was: saved.plan.steps[0]!.title, fields: ["title"] },
      { id: second!.id, title: second!.title, was: null, fields: ["doneWhen"] },
    ]);
    expect(diff.unchanged).toBe(saved.plan.steps.length - 3);
  });

  it("reports a new level to aim for", () => {
    const saved = resultFor(seller.answers);
    const current = resultFor({ ...seller.answers, experience: "new-grad" });
    const diff = diffPlans(saved, current);
    expect(diff.level).toEqual({ from: "pm", to: "apm" });
    expect(diff.same).toBe(false);
    expect(diff.added.map((s) => s.id)).toContain("apm-programmes");
  });

  it("counts a newer catalog with identical steps as the same plan", () => {
    const saved = resultFor(seller.answers);
    const newer = { ...saved, catalogVersion: "2099-01-01.1" };
    const diff = diffPlans(saved, newer);
    expect(diff.same).toBe(true);
  });
});
