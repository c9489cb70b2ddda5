// buildPlan over every shape a result can take: the route's steps with the ones the answers add,
// the checkpoint, the pace, and dates the calendar sets (MBA rounds, recruiting, APM windows).
import { describe, expect, it } from "vitest";
import { getRoute } from "@/data/routes";
import { OPTION_IDS, ROUTE_IDS, type RouteId } from "@/data/ids";
import { Plan, type PlanStep } from "@/data/plan";
import { MAX_PLAN_STEPS, MIN_PLAN_STEPS, PACE, VISA_STEP } from "@/data/plan-rules";
import { MBA_PREP_DAYS, mbaSchedule } from "@/lib/calendar";
import { addDays, daysBetween } from "@/lib/dates";
import type { Outcome, VariantStep } from "@/lib/outcome";
import { buildPlan } from "@/lib/plan";
import { personas } from "../fixtures/personas";
import { decidedResult } from "../fixtures/results";

const START = "2026-11-30";

function outcome(route: RouteId, o: Partial<Omit<Outcome, "route">> = {}): Outcome {
  return { route, level: "pm", pace: 1, light: false, variants: [], deadlineWarning: false, ...o };
}

/** Every outcome a route can have: level, visa, standing and hours. */
function* everyOutcome(): Generator<Outcome> {
  for (const route of ROUTE_IDS) {
    const paced = getRoute(route).paceScales;
    for (const hours of paced ? OPTION_IDS.hours : (["3-8"] as const)) {
      for (const apm of [false, true]) {
        for (const visa of VISA_STEP[route] ? [false, true] : [false]) {
          for (const standing of [false, true]) {
            const variants: VariantStep[] = [];
            if (standing) variants.push("restore-standing");
            if (apm) variants.push("apm-programmes");
            if (visa) variants.push(VISA_STEP[route]!);
            yield outcome(route, {
              level: apm ? "apm" : "pm",
              pace: paced ? PACE[hours] : 1,
              light: paced && hours === "under-3",
              variants,
            });
          }
        }
      }
    }
  }
}

const ids = (steps: PlanStep[]) => steps.map((s) => s.id);
const month = (iso: string) => Number(iso.slice(5, 7));

describe("buildPlan: shape", () => {
  it("gives every outcome 6-8 steps: the answers' added steps, one interview practice and the checkpoint", () => {
    let plans = 0;
    for (const o of everyOutcome()) {
      plans++;
      const plan = Plan.parse(buildPlan(o, "networking", START));
      const label = `${o.route} ${o.level} ${o.variants.join("+")} pace ${o.pace}`;
      expect(plan.steps.length, label).toBeGreaterThanOrEqual(MIN_PLAN_STEPS);
      expect(plan.steps.length, label).toBeLessThanOrEqual(MAX_PLAN_STEPS);
      expect(new Set(ids(plan.steps)).size, label).toBe(plan.steps.length);
      expect(plan.steps.filter((s) => s.interviewPractice), label).toHaveLength(1);
      for (const v of o.variants) expect(ids(plan.steps), label).toContain(v);
      const added = ["restore-standing", "apm-programmes", "visa-sponsors", "stem-programmes"];
      expect(ids(plan.steps).filter((id) => added.includes(id)).sort(), label).toEqual([...o.variants].sort());
      expect(ids(plan.steps), label).toContain("checkpoint");
      if (o.variants.includes("restore-standing")) expect(plan.steps[0]!.id, label).toBe("restore-standing");
      const rest = plan.steps.filter((s) => s.id !== "restore-standing").map((s) => s.dates.start);
      expect(rest, label).toEqual([...rest].sort());
      expect(plan).toMatchObject({ route: o.route, level: o.level, pace: o.pace, startDate: START });
      expect(plan.endDate, label).toBe(plan.steps.map((s) => s.dates.end).sort().at(-1));
    }
    expect(plans).toBeGreaterThan(150);
  });

  it("keeps the full template when nothing is added, and drops optional steps first when the plan runs long", () => {
    const plain = buildPlan(outcome("networking"), "nonprofit", START);
    expect(ids(plain.steps).filter((id) => id !== "checkpoint")).toEqual(getRoute("networking").steps.map((s) => s.id));
    const long = buildPlan(outcome("networking", { variants: ["restore-standing", "apm-programmes", "visa-sponsors"] }), "nonprofit", START);
    expect(ids(long.steps)).not.toContain("problem-proposals"); // optional: 1
    expect(ids(long.steps)).not.toContain("interview-debrief"); // optional: 2
    expect(long.steps).toHaveLength(MAX_PLAN_STEPS);
  });

  it("ends the first phase with a dated checkpoint that names the route to switch to", () => {
    for (const hours of OPTION_IDS.hours) {
      const plan = buildPlan(outcome("side-project", { pace: PACE[hours] }), "networking", START);
      const checkpoint = plan.steps.find((s) => s.id === "checkpoint")!;
      const week = Math.round(8 * PACE[hours]);
      expect(checkpoint.weeks).toEqual({ from: week, to: week });
      expect(checkpoint.dates.start).toBe(addDays(START, (week - 1) * 7));
      expect(checkpoint.detail).toContain(getRoute("side-project").checkpoint);
      expect(checkpoint.detail).toContain("switch to Networking");
    }
  });

  it("dates week n of a paced step from day 7(n-1) to day 7n-1", () => {
    const plan = buildPlan(outcome("networking"), "nonprofit", START);
    for (const step of plan.steps) {
      expect(step.dates.start).toBe(addDays(START, (step.weeks.from - 1) * 7));
      expect(step.dates.end).toBe(addDays(START, step.weeks.to * 7 - 1));
    }
  });
});

describe("buildPlan: pace", () => {
  it("stretches the steps a person controls for fewer hours and compresses them for more", () => {
    const end = (hours: keyof typeof PACE) =>
      buildPlan(outcome("side-project", { pace: PACE[hours], light: hours === "under-3" }), "networking", START).endDate;
    expect(end("under-3") > end("3-8")).toBe(true);
    expect(end("8-15") < end("3-8")).toBe(true);
    expect(end("over-15") < end("8-15")).toBe(true);
  });

  it("never moves steps the calendar or the employer sets", () => {
    const slow = buildPlan(outcome("networking", { pace: 1.5, variants: ["restore-standing", "apm-programmes"] }), "nonprofit", START);
    const fast = buildPlan(outcome("networking", { pace: 0.65, variants: ["restore-standing", "apm-programmes"] }), "nonprofit", START);
    for (const id of ["restore-standing", "apm-programmes"]) {
      expect(slow.steps.find((s) => s.id === id)).toEqual(fast.steps.find((s) => s.id === id));
    }
  });

  it("sizes weekly amounts to fit under 3 hours a week", () => {
    const weekly = /(\d+)(?:[–-](\d+))?(?:\s+[\w-]+){0,3}\s+(?:a|per)\s+week/g;
    for (const o of everyOutcome()) {
      if (!o.light) continue;
      for (const step of buildPlan(o, "networking", START).steps) {
        for (const text of [step.title, step.detail, step.doneWhen]) {
          for (const m of text.matchAll(weekly)) {
            expect(Number(m[2] ?? m[1]), `${o.route} ${step.id}: ${m[0]}`).toBeLessThanOrEqual(3);
          }
        }
      }
    }
    const light = buildPlan(outcome("transferable-resume", { pace: 1.5, light: true }), "networking", START);
    expect(light.steps.find((s) => s.id === "targeted-applications")!.title).toMatch(/^Send 2–3 /);
  });
});

describe("buildPlan: the calendar", () => {
  const starts = Array.from({ length: 24 }, (_, i) => `${2026 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}-01`);
  const step = (plan: { steps: PlanStep[] }, id: string) => plan.steps.find((s) => s.id === id)!;

  it.each(starts)("a master's starting %s applies in the first round with 12 weeks to prepare", (start) => {
    const plan = buildPlan(outcome("masters", { variants: ["stem-programmes"] }), "networking", start);
    const schedule = mbaSchedule(start);
    const tests = step(plan, "tests-and-essays");
    expect(daysBetween(start, tests.dates.end)).toBeGreaterThanOrEqual(MBA_PREP_DAYS);
    expect(tests.dates.end).toBe(schedule.roundCloses);
    // Round 1 closes about October, round 2 early January, round 3 about April; no round closes
    // between the end of 12 weeks' preparation and the round chosen.
    const closes = (d: string) => ["10-01", "01-08", "04-01"].includes(d.slice(5));
    expect(closes(schedule.roundCloses)).toBe(true);
    for (let d = addDays(start, MBA_PREP_DAYS); d < schedule.roundCloses; d = addDays(d, 1)) expect(closes(d), d).toBe(false);
    expect(month(schedule.programmeStarts)).toBe(8);
    expect(schedule.programmeStarts > schedule.roundCloses).toBe(true);
  });

  it.each(starts)("a master's starting %s recruits in its first year and interns in the summer", (start) => {
    const plan = buildPlan(outcome("masters"), "networking", start);
    const applications = step(plan, "internship-applications");
    const interviews = step(plan, "internship-interviews");
    const internship = step(plan, "internship");
    for (const d of [applications.dates.start, applications.dates.end]) expect([10, 11, 12, 1]).toContain(month(d));
    for (const d of [interviews.dates.start, interviews.dates.end]) expect([1, 2, 3, 4]).toContain(month(d));
    for (const d of [internship.dates.start, internship.dates.end]) expect([6, 7, 8]).toContain(month(d));
    const weeks = daysBetween(internship.dates.start, internship.dates.end) / 7;
    expect(weeks).toBeGreaterThanOrEqual(10);
    expect(weeks).toBeLessThanOrEqual(12.5);
    expect(applications.dates.start > mbaSchedule(start).programmeStarts).toBe(true);
    expect(interviews.dates.start > applications.dates.end && internship.dates.start > interviews.dates.end).toBe(true);
  });

  it.each(starts)("the APM step for a start on %s falls in the next August-October window", (start) => {
    const plan = buildPlan(outcome("transferable-resume", { level: "apm", variants: ["apm-programmes"] }), "networking", start);
    const apm = step(plan, "apm-programmes");
    expect([8, 9, 10]).toContain(month(apm.dates.start));
    expect([8, 9, 10]).toContain(month(apm.dates.end));
    expect(apm.dates.start >= start).toBe(true);
    expect(daysBetween(apm.dates.start, apm.dates.end)).toBeGreaterThanOrEqual(20);
    // The next window: less than a year away.
    expect(daysBetween(start, apm.dates.start)).toBeLessThan(366);
  });

  it("keeps a degree on the school's calendar whatever the hours", () => {
    const consultant = personas[1]!.answers;
    const slow = decidedResult({ ...consultant, hours: "under-3" }).plan;
    const fast = decidedResult({ ...consultant, hours: "over-15" }).plan;
    expect(slow.route).toBe("masters");
    // The same steps on the same dates (the checkpoint may point to another runner-up).
    const when = (p: typeof slow) => p.steps.map((s) => [s.id, s.title, s.dates.start, s.dates.end]);
    expect(when(slow)).toEqual(when(fast));
    expect(slow.pace).toBe(1);
  });
});
