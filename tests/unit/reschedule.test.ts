// Moving a plan that has fallen behind (lib/reschedule.ts): open steps start again from today in
// the same order and with their lengths at the pace, steps the calendar sets land in their next
// window, done steps never move, and the dates are the ones a new plan from today would get.
import { describe, expect, it } from "vitest";
import type { Answers } from "@/data/answers";
import { CATALOG_VERSION } from "@/data/catalog";
import type { OptionId } from "@/data/ids";
import type { Plan, PlanStep } from "@/data/plan";
import { PACE } from "@/data/plan-rules";
import { meanwhile } from "@/data/plan-steps";
import { routes } from "@/data/routes";
import { calendarDates } from "@/lib/calendar";
import { addDays, daysBetween } from "@/lib/dates";
import { overdueSteps, realPace } from "@/lib/living-plan";
import { reschedule } from "@/lib/reschedule";
import { personas } from "../fixtures/personas";
import { decidedResult } from "../fixtures/results";
import { savedUnderV2 } from "../fixtures/saved-under-v2";

const WAITS = new Set(Object.values(meanwhile).map((m) => m.id));
/** The 1st of every month, a year on from the plans' start. */
const TODAYS = Array.from({ length: 12 }, (_, i) => `2027-${String(i + 1).padStart(2, "0")}-01`);
const START = "2026-11-02";

/** A person's plan saved on START, with the first `doneCount` steps ticked. */
function saved(answers: Answers, doneCount: number) {
  const plan = decidedResult(answers, START).plan;
  const done = Object.fromEntries(plan.steps.slice(0, doneCount).map((s) => [s.id, true]));
  return { plan, done };
}

const templateOf = (plan: Plan, id: string) => routes.find((r) => r.id === plan.route)!.steps.find((s) => s.id === id);

describe("reschedule", () => {
  it.each(personas.map((p, i) => [p.name, i] as const))("%s: open steps from today, in order, at the pace; done steps stay", (_, i) => {
    const persona = personas[i]!;
    for (const today of TODAYS) {
      const { plan, done } = saved(persona.answers, 2);
      const { plan: after, weeksMoved } = reschedule({ answers: persona.answers, plan, catalogVersion: CATALOG_VERSION, done, today });
      const label = `${persona.name} on ${today}`;
      // Done steps keep their dates and words.
      for (const step of plan.steps.slice(0, 2))
        expect(
          after.steps.find((s) => s.id === step.id),
          label,
        ).toEqual(step);
      const open = after.steps.filter((s) => !done[s.id]);
      for (const step of open) expect(step.dates.start >= today, `${label}: ${step.id} ${step.dates.start}`).toBe(true);
      // The same open steps (waits aside), and those the person paces keep their order and working length.
      const ids = (steps: PlanStep[]) =>
        steps
          .filter((s) => !done[s.id] && !WAITS.has(s.id))
          .map((s) => s.id)
          .sort();
      expect(ids(after.steps), label).toEqual(ids(plan.steps));
      const paced = (steps: PlanStep[]) =>
        steps.filter((s) => !done[s.id] && templateOf(plan, s.id)?.weeks).sort((a, b) => a.dates.start.localeCompare(b.dates.start) || 0);
      const before = paced(plan.steps);
      const now = paced(after.steps);
      expect(
        now.map((s) => s.id),
        label,
      ).toEqual(before.map((s) => s.id));
      // A step's length is its weeks at the pace, and for a step that depends on other people at
      // most the holidays longer, rounded up to the end of that week.
      for (const step of now) {
        const { from, to } = templateOf(plan, step.id)!.weeks!;
        const first = Math.max(1, Math.round((from - 1) * plan.pace) + 1);
        const days = (Math.max(first, Math.round(to * plan.pace)) - first + 1) * 7;
        const length = daysBetween(step.dates.start, step.dates.end) + 1;
        if (templateOf(plan, step.id)!.withOthers) expect(length - days, `${label}: ${step.id}`).toBeGreaterThanOrEqual(0);
        if (templateOf(plan, step.id)!.withOthers) expect(length - days, `${label}: ${step.id}`).toBeLessThanOrEqual(15 + 6);
        else expect(length, `${label}: ${step.id}`).toBe(days);
      }
      // The first open step the person paces starts today (or just after the holidays).
      if (now[0] && !templateOf(plan, now[0].id)!.withOthers) expect(now[0].dates.start, label).toBe(today);
      expect(weeksMoved, label).toBeGreaterThanOrEqual(0);
      // No stretch of more than two weeks without a step, from today on.
      let covered = addDays(today, -1);
      for (const step of [...open].sort((a, b) => a.dates.start.localeCompare(b.dates.start))) {
        expect(daysBetween(covered, step.dates.start) - 1, `${label}: before ${step.id}`).toBeLessThanOrEqual(14);
        if (step.dates.end > covered) covered = step.dates.end;
      }
    }
  });

  it("says a step moved for the holidays only where they made it longer than its weeks at the pace", () => {
    let holidays = 0;
    for (const persona of personas) {
      for (const today of ["2026-11-30", "2026-12-07", "2026-12-14", "2026-12-21", "2026-12-28"]) {
        const { plan, done } = saved(persona.answers, 1);
        const { moves } = reschedule({ answers: persona.answers, plan, catalogVersion: CATALOG_VERSION, done, today });
        // The route's own steps, whose weeks the catalog gives (added steps and the checkpoint are dated by rules).
        for (const move of moves.filter((m) => m.why !== "calendar" && templateOf(plan, m.id)?.weeks)) {
          const { from, to } = templateOf(plan, move.id)!.weeks!;
          const first = Math.max(1, Math.round((from - 1) * plan.pace) + 1);
          const paced = (Math.max(first, Math.round(to * plan.pace)) - first + 1) * 7;
          const length = daysBetween(move.to.start, move.to.end) + 1;
          expect(length > paced, `${persona.name} on ${today}: ${move.id} (${move.why})`).toBe(move.why === "holidays");
          if (move.why === "holidays") holidays++;
        }
      }
    }
    expect(holidays).toBeGreaterThan(0);
  });

  it("puts the steps the calendar sets in their next window, from a date in every month", () => {
    const student = { ...personas[4]!.answers, deadline: "12-24-months", constraints: ["needs-visa"] } as Required<Answers>;
    let checked = 0;
    for (const today of TODAYS) {
      const { plan, done } = saved(student, 1);
      const { plan: after, moves } = reschedule({ answers: student, plan, catalogVersion: CATALOG_VERSION, done, today });
      for (const id of ["apm-programmes", "internships"] as const) {
        const step = after.steps.find((s) => s.id === id)!;
        const next = calendarDates(id === "apm-programmes" ? "apm-window" : "internship-window", today, plan.pace);
        // The next window, from its first day the hours leave room in.
        expect(step.dates.end, `${id} on ${today}`).toBe(next.end);
        expect(step.dates.start >= (next.start < today ? today : next.start), `${id} on ${today}`).toBe(true);
        const move = moves.find((m) => m.id === id);
        if (move) expect(move.why).toBe("calendar");
        checked++;
      }
      // The visa step, if still open, names the registration the plan now races.
      const visa = after.steps.find((s) => s.id === "visa-sponsors")!;
      if (!done[visa.id]) expect(visa.title).toContain(calendarDates("visa-registration", today, plan.pace).words.offerBy!);
      else expect(visa).toEqual(plan.steps.find((s) => s.id === "visa-sponsors"));
    }
    expect(checked).toBe(24);
  });

  it("moves a master's to the next admission round while the tests are still to do", () => {
    const consultant = personas[1]!.answers;
    const { plan, done } = saved(consultant, 1);
    const today = "2027-10-01";
    const { plan: after } = reschedule({ answers: consultant, plan, catalogVersion: CATALOG_VERSION, done, today });
    const tests = after.steps.find((s) => s.id === "tests-and-essays")!;
    expect(tests.dates.end).toBe(calendarDates("mba-tests", today, 1).end);
    expect(tests.dates.end > plan.steps.find((s) => s.id === "tests-and-essays")!.dates.end).toBe(true);
  });

  it("re-paces the open steps for other hours a week", () => {
    const seller = personas[3]!.answers;
    const { plan, done } = saved(seller, 1);
    const today = "2027-03-01";
    const slower = reschedule({ answers: seller, plan, catalogVersion: CATALOG_VERSION, done, today, hours: "under-3" }).plan;
    const same = reschedule({ answers: seller, plan, catalogVersion: CATALOG_VERSION, done, today }).plan;
    expect(slower.pace).toBe(PACE["under-3"]);
    expect(same.pace).toBe(plan.pace);
    expect(slower.endDate > same.endDate).toBe(true);
    // Under 3 hours a week, the weekly amounts shrink too.
    expect(slower.steps.find((s) => s.id === "customer-conversations")!.title).toMatch(/^Have 1–2 conversations/);
  });

  it("shifts the open steps of a plan saved under an older catalog, as they are", () => {
    const { answers, snapshot } = savedUnderV2;
    const done = { [snapshot.plan.steps[0]!.id]: true };
    const today = "2027-06-01";
    const { plan: after, weeksMoved } = reschedule({ answers, plan: snapshot.plan, catalogVersion: snapshot.catalogVersion, done, today });
    const delta = daysBetween(snapshot.plan.steps[1]!.dates.start, today);
    for (const step of snapshot.plan.steps.slice(1)) {
      const now = after.steps.find((s) => s.id === step.id)!;
      expect(now.title).toBe(step.title);
      expect(now.dates).toEqual({ start: addDays(step.dates.start, delta), end: addDays(step.dates.end, delta) });
    }
    expect(weeksMoved).toBe(Math.round(delta / 7));
  });

  it("knows when a plan is behind", () => {
    const { plan, done } = saved(personas[3]!.answers, 0);
    expect(overdueSteps(plan, done, START)).toEqual([]);
    const late = addDays(plan.steps[1]!.dates.end, 1);
    expect(overdueSteps(plan, done, late).map((s) => s.id)).toContain(plan.steps[1]!.id);
    expect(overdueSteps(plan, { ...done, [plan.steps[1]!.id]: true }, late).map((s) => s.id)).not.toContain(plan.steps[1]!.id);
  });
});

describe("the pace a person has kept", () => {
  const { plan } = saved(personas[3]!.answers, 0);
  const doneOn = (factor: number) =>
    Object.fromEntries(
      plan.steps
        .slice(0, 3)
        .map((s) => [s.id, addDays(plan.startDate, Math.round((daysBetween(plan.startDate, s.dates.end) + 1) * factor) - 1)]),
    );

  it.each<[number, OptionId<"hours">]>([
    [1, "3-8"],
    [2, "under-3"],
    [1.45, "under-3"],
    [0.8, "8-15"],
    [0.6, "over-15"],
  ])("steps done %sx as late as planned suggest %s hours a week", (factor, hours) => {
    const pace = realPace(plan, doneOn(factor))!;
    expect(pace.ratio).toBeCloseTo(factor, 1);
    expect(pace.suggested).toBe(hours);
  });

  it("says nothing without a dated tick", () => {
    expect(realPace(plan, {})).toBeNull();
  });
});
