// The dated plan over every shape a result can take: every distinct outcome in the answer space
// (route, level, pace, added steps, warning), each started on the 1st and the 15th of every month.
// The rules are those of docs/domain.md, "Definitions for the plan": the steps the answers add,
// the checkpoint, no quiet stretch over two weeks, the holidays, and the dates the calendar sets.
import assert from "node:assert/strict";
import { beforeAll, describe, expect, it } from "vitest";
import type { Answers } from "@/data/answers";
import { APM_WINDOW, H1B, INTERNSHIP_WINDOWS, MBA_ROUNDS, MIN_WINDOW_DAYS } from "@/data/calendar-dates";
import { Plan, type PlanStep } from "@/data/plan";
import * as planSteps from "@/data/plan-steps";
import { ADDED_STEPS, MAX_PLAN_STEPS, MAX_QUIET_DAYS, MIN_PLAN_STEPS, PACE } from "@/data/plan-rules";
import { routes } from "@/data/routes";
import type { StepTemplate } from "@/data/schema";
import { emptyState, forEachCompletion, fullWinner } from "../fixtures/answer-space";
import type { RecommendationResponse } from "@/lib/api-contract";
import { afterHolidays, aroundHolidays, holidayDays, inHolidays, mbaSchedule } from "@/lib/calendar";
import { addDays, daysBetween, formatDate, formatDateRange } from "@/lib/dates";
import { outcomeKey, outcomeOf, type Outcome } from "@/lib/outcome";
import { buildPlan } from "@/lib/plan";
import { firstOffers, resultView } from "@/lib/result-view";
import { fromState } from "@/lib/table";
import { personas } from "../fixtures/personas";
import { decidedResult } from "../fixtures/results";

/** The 1st and the 15th of every month. */
const STARTS = Array.from({ length: 24 }, (_, i) => `2027-${String((i >> 1) + 1).padStart(2, "0")}-${i % 2 ? "15" : "01"}`);

const { checkpoint: _checkpoint, meanwhile, ...added } = planSteps;
const addedTemplates = Object.values<StepTemplate>(added);
/** The template a plan's step came from (step ids are unique within a route, not across routes). */
const templateOf = (c: Case, id: string): StepTemplate | undefined =>
  [...routes.find((r) => r.id === c.outcome.route)!.steps, ...addedTemplates].find((s) => s.id === id);
const meanwhileIds = Object.values(meanwhile).map((m) => m.id);
const ADDED: readonly string[] = ADDED_STEPS;

type Case = { answers: Answers; outcome: Outcome; start: string; result: RecommendationResponse };
const cases: Case[] = [];

beforeAll(() => {
  // One answer set per distinct outcome in the whole answer space.
  const seen = new Map<number, number[]>();
  forEachCompletion(emptyState(), (full) => {
    const key = outcomeKey(full, fullWinner(full));
    if (!seen.has(key)) seen.set(key, full.slice());
  });
  for (const state of seen.values()) {
    const answers = fromState(state);
    const outcome = outcomeOf(state, fullWinner(state))!;
    for (const start of STARTS) cases.push({ answers, outcome, start, result: decidedResult(answers, start) });
  }
}, 120_000);

const label = (c: Case) => `${c.outcome.route} ${c.outcome.level} ${c.outcome.added.join("+")} pace ${c.outcome.pace} from ${c.start}`;
const each = (check: (c: Case, steps: PlanStep[]) => void) => {
  for (const c of cases) check(c, c.result.plan.steps);
};

describe("every plan", () => {
  it("covers more than a thousand outcomes, each from the 1st and the 15th of every month", () => {
    expect(STARTS).toHaveLength(24);
    expect(new Set(STARTS.map((d) => d.slice(5, 7))).size).toBe(12);
    expect(cases.length).toBeGreaterThan(1000 * 24);
  });

  it("has the route's steps, exactly the steps the answers add, one interview practice and a checkpoint", () => {
    each((c, steps) => {
      const plan = Plan.parse(c.result.plan);
      const ids = steps.map((s) => s.id);
      assert.equal(new Set(ids).size, ids.length, label(c));
      assert.deepEqual(ids.filter((id) => ADDED.includes(id)).sort(), [...c.outcome.added].sort(), label(c));
      assert.equal(steps.filter((s) => s.interviewPractice).length, 1, label(c));
      assert.equal(ids.filter((id) => id === "checkpoint").length, 1, label(c));
      const own = ids.filter((id) => !ADDED.includes(id) && id !== "checkpoint" && !meanwhileIds.includes(id));
      assert.ok(own.length >= 4, label(c));
      // Past MAX_PLAN_STEPS (a wait's step aside), the route's optional steps have given way.
      const counted = steps.length - steps.filter((s) => meanwhileIds.includes(s.id)).length;
      assert.ok(counted >= MIN_PLAN_STEPS, label(c));
      const optional = routes
        .find((r) => r.id === c.outcome.route)!
        .steps.filter((s) => s.optional)
        .map((s) => s.id);
      if (counted > MAX_PLAN_STEPS)
        assert.deepEqual(
          ids.filter((id) => optional.includes(id)),
          [],
          label(c),
        );
      if (counted < MAX_PLAN_STEPS)
        assert.equal(
          optional.every((id) => ids.includes(id)),
          true,
          label(c),
        );
      if (c.outcome.added.includes("restore-standing")) assert.equal(ids[0], "restore-standing", label(c));
      const rest = steps.filter((s) => s.id !== "restore-standing").map((s) => s.dates.start);
      assert.deepEqual(rest, [...rest].sort(), label(c));
      assert.deepEqual([plan.route, plan.level, plan.pace, plan.startDate], [c.outcome.route, c.outcome.level, c.outcome.pace, c.start]);
      assert.equal(
        plan.endDate,
        steps
          .map((s) => s.dates.end)
          .sort()
          .at(-1),
        label(c),
      );
    });
  });

  it("never goes quiet for more than two weeks between the start and its last step", () => {
    let filled = 0;
    each((c, steps) => {
      let covered = addDays(c.start, -1);
      for (const step of [...steps].sort((a, b) => a.dates.start.localeCompare(b.dates.start))) {
        assert.ok(daysBetween(covered, step.dates.start) - 1 <= MAX_QUIET_DAYS, `${label(c)}: before ${step.id}`);
        if (step.dates.end > covered) covered = step.dates.end;
      }
      // A wait is filled only where the calendar sets the next step, and says when that opens.
      steps.forEach((step, i) => {
        if (!meanwhileIds.includes(step.id)) return;
        filled++;
        const next = steps[i + 1]!;
        assert.notEqual(templateOf(c, next.id)?.calendar, undefined, label(c));
        assert.equal(addDays(step.dates.end, 1), next.dates.start);
        assert.ok(step.detail.includes(formatDate(next.dates.start)));
      });
    });
    expect(filled).toBeGreaterThan(1000);
  });

  it("dates week n of a paced step from day 7(n-1), and gives each date to the week it falls in", () => {
    each((c, steps) => {
      for (const step of steps) {
        assert.equal(step.dates.end >= step.dates.start, true, label(c));
        assert.equal(step.weeks.from, Math.floor(daysBetween(c.start, step.dates.start) / 7) + 1, label(c));
        assert.equal(step.weeks.to, Math.floor(daysBetween(c.start, step.dates.end) / 7) + 1, label(c));
      }
    });
  });
});

describe("the holidays (20 December to 3 January)", () => {
  it("never start a step that depends on other people, and never hold a checkpoint", () => {
    let moved = 0;
    each((c, steps) => {
      for (const step of steps) {
        if (step.id === "checkpoint") {
          assert.equal(holidayDays(step.dates), 0, label(c));
          continue;
        }
        if (!templateOf(c, step.id)?.withOthers) continue;
        assert.equal(inHolidays(step.dates.start), false, `${label(c)}: ${step.id} starts ${step.dates.start}`);
        if (holidayDays(step.dates) > 0) moved++;
      }
    });
    expect(moved).toBeGreaterThan(1000);
  });

  it("stretch a step that spans them by the days it overlaps them", () => {
    // 20-27 December: 8 days.
    expect(aroundHolidays({ start: "2026-12-07", end: "2026-12-27" })).toEqual({ start: "2026-12-07", end: "2027-01-04" });
    // All 15 days, and no more.
    expect(aroundHolidays({ start: "2026-12-01", end: "2027-01-31" })).toEqual({ start: "2026-12-01", end: "2027-02-15" });
    // Starting inside them: from 4 January, the end out by the 12 days overlapped (22 Dec - 3 Jan).
    expect(aroundHolidays({ start: "2026-12-22", end: "2027-01-10" })).toEqual({ start: "2027-01-04", end: "2027-01-23" });
    // Wholly inside them: the same length from 4 January.
    expect(aroundHolidays({ start: "2026-12-21", end: "2026-12-27" })).toEqual({ start: "2027-01-04", end: "2027-01-10" });
    expect(aroundHolidays({ start: "2027-02-01", end: "2027-03-01" })).toEqual({ start: "2027-02-01", end: "2027-03-01" });
    each((c, steps) => {
      for (const step of steps) {
        const template = templateOf(c, step.id);
        if (!template?.withOthers || !template.weeks) continue;
        const weeks = {
          from: Math.max(1, Math.round((template.weeks.from - 1) * c.outcome.pace) + 1),
          to: Math.round(template.weeks.to * c.outcome.pace),
        };
        const planned = { start: addDays(c.start, (weeks.from - 1) * 7), end: addDays(c.start, Math.max(weeks.from, weeks.to) * 7 - 1) };
        assert.deepEqual(step.dates, aroundHolidays(planned), `${label(c)} ${step.id}`);
      }
    });
  });

  it("leave the steps a person does alone where their weeks put them", () => {
    const plan = buildPlan(
      { route: "transferable-resume", level: "pm", pace: 1, light: false, added: [], visaWithoutDegree: false, warning: null },
      { name: "Networking", firstStep: "Choose" },
      "2026-12-14",
    );
    const rewrite = plan.steps.find((s) => s.id === "rewrite-bullets")!;
    expect(rewrite.dates).toEqual({ start: "2026-12-14", end: "2026-12-27" });
    const applications = plan.steps.find((s) => s.id === "targeted-applications")!;
    expect(applications.dates.start).toBe("2027-01-04");
  });
});

describe("dates the calendar sets", () => {
  const stepOf = (steps: PlanStep[], id: string) => steps.find((s) => s.id === id);

  it("dates the visa step against the first March registration at least 12 paced weeks away", () => {
    let seen = 0;
    each((c, steps) => {
      const visa = stepOf(steps, "visa-sponsors");
      if (!visa) return;
      seen++;
      const runway = addDays(c.start, Math.round(12 * c.outcome.pace) * 7);
      let year = Number(c.start.slice(0, 4));
      while (`${year}-${H1B.registration}` < runway) year++;
      assert.equal(visa.dates.end, `${year}-${H1B.offerBy}`, label(c));
      assert.equal(visa.dates.start, c.start);
      assert.ok(visa.title.includes(formatDate(`${year}-${H1B.offerBy}`)));
      assert.ok(visa.title.includes(`March ${year}`));
      assert.match(visa.detail, /exempt from the cap/);
      assert.equal(visa.detail.includes("bachelor's degree"), c.outcome.visaWithoutDegree, label(c));
    });
    expect(seen).toBeGreaterThan(1000);
  });

  it.each([
    ["apm-programmes", [APM_WINDOW]],
    ["internships", INTERNSHIP_WINDOWS],
  ] as const)("puts %s in the next window with three weeks left, open after the holidays", (id, windows) => {
    let seen = 0;
    each((c, steps) => {
      const step = stepOf(steps, id);
      if (!step) return;
      seen++;
      const { start, end } = step.dates;
      const fits = (w: { from: string; to: string }) => end.slice(5) === w.to && start.slice(5) >= w.from && start.slice(5) <= w.to;
      assert.equal(windows.some(fits), true, `${label(c)}: ${start} to ${end}`);
      assert.equal(start >= c.start && !inHolidays(start), true);
      assert.ok(daysBetween(start, end) >= MIN_WINDOW_DAYS);
      // The first window, year by year, with three weeks left once the start and the holidays are past.
      const expected = [0, 1, 2]
        .flatMap((y) => windows.map((w) => ({ ...w, year: Number(c.start.slice(0, 4)) + y })))
        .map((w) => {
          const open = [c.start, `${w.year}-${w.from}`].map((d) => (inHolidays(d) ? afterHolidays(d) : d)).sort()[1]!;
          return { start: open, end: `${w.year}-${w.to}` };
        })
        .find((w) => daysBetween(w.start, w.end) >= MIN_WINDOW_DAYS);
      assert.deepEqual({ start, end }, expected, label(c));
      assert.ok(step.detail.includes(formatDate(start)));
    });
    expect(seen).toBeGreaterThan(500);
  });

  it.each(STARTS)("a master's from %s applies in the first round with 12 weeks to prepare, then recruits in year one", (start) => {
    const schedule = mbaSchedule(start);
    const closes = MBA_ROUNDS.map((r) => r.closes);
    expect(closes).toContain(schedule.roundCloses.slice(5));
    expect(daysBetween(start, schedule.roundCloses)).toBeGreaterThanOrEqual(12 * 7);
    for (let d = addDays(start, 12 * 7); d < schedule.roundCloses; d = addDays(d, 1)) expect(closes, d).not.toContain(d.slice(5));
    const steps = decidedResult(personas[1]!.answers, start).plan.steps;
    const month = (id: string, end = false) => Number(stepOf(steps, id)!.dates[end ? "end" : "start"].slice(5, 7));
    expect(stepOf(steps, "tests-and-essays")!.dates.end).toBe(schedule.roundCloses);
    expect(stepOf(steps, "tests-and-essays")!.detail).toContain(formatDate(schedule.roundCloses));
    expect([month("internship-applications"), month("internship-applications", true)]).toEqual([11, 12]);
    expect([1, 2, 3, 4]).toContain(month("internship-interviews"));
    expect([month("internship"), month("internship", true)]).toEqual([6, 8]);
  });

  it("keeps the calendar's steps where the calendar puts them, whatever the hours", () => {
    const consultant = personas[1]!.answers;
    const slow = decidedResult({ ...consultant, hours: "under-3" }).plan;
    const fast = decidedResult({ ...consultant, hours: "over-15" }).plan;
    expect(slow.route).toBe("masters");
    const when = (p: typeof slow) => p.steps.map((s) => [s.id, s.title, s.dates.start, s.dates.end]);
    expect(when(slow)).toEqual(when(fast));
    expect(slow.pace).toBe(1);
  });
});

describe("what a person reads", () => {
  it("shows first offers from the plan's own dates: the internship offer for a student or an MBA", () => {
    each((c, steps) => {
      const offer = firstOffers(steps);
      assert.notEqual(offer, null, label(c));
      const student = c.answers.role === "student" && c.outcome.added.includes("internships");
      assert.equal(offer!.offer, student || c.outcome.route === "masters" ? "internship" : "job", label(c));
      const fact = resultView(c.result).facts[1]!;
      assert.equal(fact.value, formatDateRange(offer!.dates.start, offer!.dates.end));
    });
  });

  it('says "entry-level" only to people aiming at the Associate PM level', () => {
    each((c, steps) => {
      const text = steps.map((s) => `${s.title} ${s.detail} ${s.doneWhen}`).join(" ");
      if (c.outcome.level === "pm") assert.doesNotMatch(text, /entry-level/i, label(c));
    });
    const founder = decidedResult(personas[11]!.answers).plan.steps.find((s) => s.id === "map-accomplishments")!;
    expect(founder.title).toBe("Map 10 of your accomplishments to PM duties");
  });

  it("sizes weekly amounts to fit under 3 hours a week", () => {
    const weekly = /(\d+)(?:[–-](\d+))?(?:\s+[\w-]+){0,3}\s+(?:a|per)\s+week/g;
    let light = 0;
    each((c, steps) => {
      if (!c.outcome.light) return;
      light++;
      for (const step of steps) {
        for (const text of [step.title, step.detail, step.doneWhen]) {
          for (const m of text.matchAll(weekly)) {
            assert.ok(Number(m[2] ?? m[1]) <= 3, `${label(c)} ${step.id}: ${m[0]}`);
          }
        }
      }
    });
    expect(light).toBeGreaterThan(100);
  });

  it("stretches the steps a person controls for fewer hours and compresses them for more", () => {
    const end = (hours: keyof typeof PACE) => decidedResult({ ...personas[3]!.answers, hours }).plan.endDate;
    expect(end("under-3") > end("3-8")).toBe(true);
    expect(end("8-15") < end("3-8")).toBe(true);
    expect(end("over-15") < end("8-15")).toBe(true);
  });

  it("puts the checkpoint at week round(8 x pace), after the holidays when it would fall in them", () => {
    each((c, steps) => {
      const checkpoint = steps.find((s) => s.id === "checkpoint")!;
      const week = Math.max(1, Math.round(8 * c.outcome.pace));
      const planned = { start: addDays(c.start, (week - 1) * 7), end: addDays(c.start, week * 7 - 1) };
      if (holidayDays(planned) === 0) assert.deepEqual(checkpoint.dates, planned, label(c));
      else assert.ok(checkpoint.dates.start > planned.start && daysBetween(checkpoint.dates.start, checkpoint.dates.end) === 6, label(c));
    });
  });
});
