// The dated plan over every shape a result can take: every distinct outcome in the answer space
// (route, level, pace, added steps, warning, student path), each started on the 1st and the 15th
// of every month. A plan is a function of its outcome and its start date (its words aside, which
// the checkpoint's switch route changes), so these cases hold the rules for every profile. The
// rules are those of docs/domain.md, "Definitions for the plan": the steps the answers add, the
// order, week labels and whole weeks, the load a person's hours allow, the checkpoint after the
// steps it judges, no quiet stretch over two weeks, the holidays, the second door under a deadline
// warning, the student path, and the dates the calendar sets.
import assert from "node:assert/strict";
import { beforeAll, describe, expect, it } from "vitest";
import type { Answers } from "@/data/answers";
import { APM_WINDOW, H1B, INTERNSHIP_WINDOWS, MBA_ROUNDS, MIN_WINDOW_DAYS } from "@/data/calendar-dates";
import { Plan, type PlanStep } from "@/data/plan";
import * as planSteps from "@/data/plan-steps";
import { ADDED_STEPS, DEADLINE_MONTHS, LOAD, MAX_PLAN_STEPS, MAX_QUIET_DAYS, MIN_PLAN_STEPS, PACE } from "@/data/plan-rules";
import { routeFacts } from "@/data/route-facts";
import { getRoute, routes } from "@/data/routes";
import type { StepTemplate } from "@/data/schema";
import { emptyState, forEachCompletion, fullWinner } from "../fixtures/answer-space";
import type { RecommendationResponse } from "@/lib/api-contract";
import { afterHolidays, holidayDays, inHolidays, mbaSchedule } from "@/lib/calendar";
import { addDays, addMonths, daysBetween, formatDate, formatDateRange } from "@/lib/dates";
import { outcomeKey, outcomeOf, type Outcome } from "@/lib/outcome";
import { aroundHolidays, planTemplates, Weeks } from "@/lib/plan";
import { firstOffers, resultView } from "@/lib/result-view";
import { fromState } from "@/lib/table";
import { personas } from "../fixtures/personas";
import { decidedResult } from "../fixtures/results";

/** The 1st and the 15th of every month. */
const STARTS = Array.from({ length: 24 }, (_, i) => `2027-${String((i >> 1) + 1).padStart(2, "0")}-${i % 2 ? "15" : "01"}`);

const { checkpoint, meanwhile, overTheHolidays, waitSteps, secondDoor: _door, ...added } = planSteps;
const addedTemplates = Object.values<StepTemplate>(added);
/** The template a plan's step came from (step ids are unique within a route, not across routes). */
const templateOf = (c: Case, id: string): StepTemplate | undefined =>
  [...getRoute(c.outcome.route).steps, ...addedTemplates].find((s) => s.id === id);
const ADDED: readonly string[] = ADDED_STEPS;
const WAITS: readonly string[] = waitSteps;

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
const paced = (c: Case, template: StepTemplate) => {
  const from = Math.max(1, Math.round((template.weeks!.from - 1) * c.outcome.pace) + 1);
  return { from, to: Math.max(from, Math.round(template.weeks!.to * c.outcome.pace)) };
};
/** How many of these steps run on a day. */
const running = (steps: PlanStep[], day: string) => steps.filter((s) => s.dates.start <= day && s.dates.end >= day).length;

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
      const own = ids.filter((id) => !ADDED.includes(id) && id !== "checkpoint" && !WAITS.includes(id));
      assert.ok(own.length >= 4, label(c));
      // Past MAX_PLAN_STEPS (a wait's step aside), the route's optional steps have given way.
      const counted = steps.length - steps.filter((s) => WAITS.includes(s.id)).length;
      assert.ok(counted >= MIN_PLAN_STEPS, label(c));
      const optional = getRoute(c.outcome.route)
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

  it("lists its steps by start date, then end date, then the route's template order", () => {
    let ties = 0;
    each((c, steps) => {
      const order = planTemplates(c.outcome).map((t) => t.id);
      for (let i = 1; i < steps.length; i++) {
        const [a, b] = [steps[i - 1]!, steps[i]!];
        const byDates = a.dates.start.localeCompare(b.dates.start) || a.dates.end.localeCompare(b.dates.end);
        assert.ok(byDates <= 0, `${label(c)}: ${a.id} before ${b.id}`);
        if (byDates === 0 && order.includes(a.id) && order.includes(b.id)) {
          ties++;
          assert.ok(order.indexOf(a.id) < order.indexOf(b.id), `${label(c)}: ${a.id} before ${b.id}`);
        }
      }
    });
    expect(ties).toBeGreaterThan(1000);
  });

  it("labels a step's weeks from its dates, and ends it on a week's last day unless the calendar fixes that day", () => {
    let fixed = 0;
    each((c, steps) => {
      const weeks = new Weeks(c.start);
      steps.forEach((step, i) => {
        assert.ok(step.dates.end >= step.dates.start, label(c));
        assert.equal(step.weeks.from, Math.floor(daysBetween(c.start, step.dates.start) / 7) + 1, label(c));
        assert.equal(step.weeks.to, Math.floor(daysBetween(c.start, step.dates.end) / 7) + 1, label(c));
        if (step.dates.end === weeks.endOf(step.dates.end)) return;
        // Only a date the calendar sets (or the day before one, where a wait gives way to it) ends a step mid-week.
        const calendar = templateOf(c, step.id)?.calendar;
        const beforeCalendar = WAITS.includes(step.id) && templateOf(c, steps[i + 1]!.id)?.calendar !== undefined;
        assert.ok(calendar !== undefined || beforeCalendar, `${label(c)}: ${step.id} ends ${step.dates.end}`);
        fixed++;
      });
    });
    expect(fixed).toBeGreaterThan(1000);
  });

  it("never runs more steps at once than the hours allow, and sequences the paced ones in template order", () => {
    let full = 0;
    each((c, steps) => {
      const counted = steps.filter((s) => s.id !== "checkpoint");
      if (c.outcome.route === "masters") return assert.equal(c.outcome.load, null); // the school's calendar sets its dates
      const cap = LOAD[c.answers.hours!];
      assert.equal(c.outcome.load, cap);
      for (const step of counted) {
        const busy = running(counted, step.dates.start);
        assert.ok(busy <= cap, `${label(c)}: ${busy} steps on ${step.dates.start}`);
        if (busy === cap) full++;
      }
      // The steps the person paces start in the order of their template weeks.
      const pacedSteps = planTemplates(c.outcome)
        .filter((t) => t.weeks)
        .map((t) => ({ t, weeks: paced(c, t), step: steps.find((s) => s.id === t.id)! }))
        .sort((a, b) => a.weeks.from - b.weeks.from);
      for (let i = 1; i < pacedSteps.length; i++)
        assert.ok(pacedSteps[i - 1]!.step.dates.start <= pacedSteps[i]!.step.dates.start, `${label(c)}: ${pacedSteps[i]!.t.id}`);
    });
    expect(full).toBeGreaterThan(1000);
  });

  it("puts the checkpoint in one whole week after the steps it judges, no earlier than week round(8 x pace), and never in the holidays", () => {
    each((c, steps) => {
      const weeks = new Weeks(c.start);
      const step = steps.find((s) => s.id === "checkpoint")!;
      const present = new Set(steps.map((s) => s.id));
      const measured = [...new Set(getRoute(c.outcome.route).signs.map((s) => s.step))].filter((id) => present.has(id));
      assert.deepEqual(step.measures, measured, label(c));
      assert.ok(measured.length > 0, label(c));
      const lastEnd = steps
        .filter((s) => measured.includes(s.id))
        .map((s) => s.dates.end)
        .sort()
        .at(-1)!;
      let week = Math.max(Math.round(8 * c.outcome.pace), weeks.of(lastEnd) + 1);
      while (holidayDays(weeks.dates({ from: week, to: week })) > 0) week++;
      assert.deepEqual(step.dates, weeks.dates({ from: week, to: week }), label(c));
      assert.ok(step.dates.start > lastEnd, label(c));
      // Its words are the signs of the steps it judges.
      for (const sign of getRoute(c.outcome.route).signs) {
        const words = c.outcome.light && sign.light ? sign.light.text : sign.text;
        assert.equal(step.detail.includes(words), present.has(sign.step), `${label(c)}: ${words}`);
      }
    });
  });

  it("never goes quiet for more than two weeks, except a wait the calendar imposes, which a named step fills", () => {
    let filled = 0;
    each((c, steps) => {
      let covered = addDays(c.start, -1);
      for (const step of steps) {
        assert.ok(daysBetween(covered, step.dates.start) - 1 <= MAX_QUIET_DAYS, `${label(c)}: before ${step.id}`);
        if (step.dates.end > covered) covered = step.dates.end;
      }
      // A wait is filled only where the calendar sets the next step, or where the holidays hold back the
      // steps that need other people; its step says when that opens.
      steps.forEach((step, i) => {
        if (!WAITS.includes(step.id)) return;
        filled++;
        const next = steps[i + 1]!;
        if (step.id === overTheHolidays.id) assert.ok(holidayDays(step.dates) > 0, label(c));
        else assert.notEqual(templateOf(c, next.id)?.calendar, undefined, label(c));
        assert.equal(addDays(step.dates.end, 1), next.dates.start);
        assert.ok(step.detail.includes(formatDate(next.dates.start)));
      });
    });
    expect(filled).toBeGreaterThan(1000);
  });

  it("opens the second door from day one under a deadline warning, until the deadline's week, and marks what starts after the deadline", () => {
    let after = 0;
    each((c, steps) => {
      const bridge = steps.find((s) => s.id === "bridge-roles");
      assert.equal(bridge !== undefined, c.result.warnings.length > 0, label(c));
      if (!bridge) {
        assert.equal(c.result.plan.deadline, undefined);
        for (const s of steps) assert.equal(s.afterDeadline, undefined, label(c));
        return;
      }
      const deadline = addMonths(c.start, DEADLINE_MONTHS[c.answers.deadline!]);
      assert.equal(c.result.plan.deadline, deadline);
      assert.deepEqual(bridge.dates, { start: c.start, end: new Weeks(c.start).endOf(deadline) }, label(c));
      assert.equal(bridge.offer, "adjacent");
      const inside = routeFacts[c.outcome.route].insideCompany;
      assert.equal(bridge.title, (inside ? planSteps.bridgeRolesInside : planSteps.bridgeRoles).title);
      for (const s of steps) {
        assert.equal(s.afterDeadline === true, s.dates.start > deadline, `${label(c)}: ${s.id}`);
        if (s.afterDeadline) after++;
      }
      const view = resultView(c.result);
      assert.equal(view.ifNoOffer?.heading, `If you have no offer by ${formatDate(deadline)}`);
      // The header gives the plan's own offer dates and the route's longest typical time, together.
      const longest = routeFacts[c.outcome.route].timeToOffer.longestMonths;
      assert.match(view.facts[1]!.note!, new RegExp(`^if it goes to plan; often up to ${longest} months, by `));
    });
    expect(after).toBeGreaterThan(100);
  });

  it("gives a student far from graduating internships now, the APM window next, and no job offer before it opens", () => {
    let students = 0;
    each((c, steps) => {
      const far = c.answers.role === "student" && ["12-24-months", "no-rush"].includes(c.answers.deadline!);
      const search = !routeFacts[c.outcome.route].insideCompany && c.outcome.route !== "masters";
      assert.equal(c.outcome.studentPath, far && search, label(c));
      if (!c.outcome.studentPath) return;
      students++;
      const apm = steps.find((s) => s.id === "apm-programmes")!;
      const internship = steps.find((s) => s.id === "internships")!;
      assert.ok(internship.dates.start <= apm.dates.start, label(c));
      for (const s of steps.filter((s) => s.offer === "job")) assert.ok(s.dates.start >= apm.dates.start, `${label(c)}: ${s.id}`);
      // The route's own interview step prepares for internship and programme interviews.
      const practice = steps.find((s) => s.interviewPractice)!;
      assert.match(`${practice.title} ${practice.detail}`, /programme/, label(c));
    });
    expect(students).toBeGreaterThan(100);
  });

  it("dates the visa amendment in the two weeks just before the step that applies for the internal role", () => {
    let seen = 0;
    each((c, steps) => {
      const amendment = steps.find((s) => s.id === "visa-amendment");
      const visa = (c.answers.constraints ?? []).includes("needs-visa");
      assert.equal(amendment !== undefined, visa && routeFacts[c.outcome.route].insideCompany, label(c));
      if (!amendment) return;
      seen++;
      const apply = steps.find((s) => templateOf(c, s.id)?.internalApplication)!;
      assert.equal(addDays(amendment.dates.end, 1), apply.dates.start, label(c));
      assert.equal(daysBetween(amendment.dates.start, amendment.dates.end), 13, label(c));
      assert.ok(amendment.dates.start > c.start, label(c));
      assert.match(amendment.detail, /amended petition/);
    });
    expect(seen).toBeGreaterThan(100);
  });

  it("assumes no contacts a person may lack: a step that needs a PM's eye, a referral or mocks names a way without a network", () => {
    const assumes = /two PMs|PMs from your network|the contacts you have built/;
    const without = /community|mentoring|alumni|peers|product club|careers service/;
    each((c, steps) => {
      if (routeFacts[c.outcome.route].insideCompany) return; // PMs at work are what these routes start from
      // The checkpoint's signs say what the work looks like done ("5 mocks"), not how to do it.
      for (const step of steps.filter((s) => s.id !== "checkpoint")) {
        const text = `${step.title} ${step.detail} ${step.doneWhen}`;
        assert.doesNotMatch(text, assumes, `${label(c)}: ${step.id}`);
        if (/skim|mock|refer you|referral ask|read your resume/.test(text)) assert.match(text, without, `${label(c)}: ${step.id}`);
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
        const template = templateOf(c, step.id);
        // The second door opens on the plan's first day, whatever the day.
        if (!template?.withOthers || template.span === "until-deadline") continue;
        assert.equal(inHolidays(step.dates.start), false, `${label(c)}: ${step.id} starts ${step.dates.start}`);
        if (holidayDays(step.dates) > 0) moved++;
      }
    });
    expect(moved).toBeGreaterThan(1000);
  });

  it("stretch a step that spans them by the days it overlaps them, to the end of that week", () => {
    const weeks = new Weeks("2026-12-07");
    // 20-27 December: 8 days, to 4 January, then to the end of that plan week.
    expect(aroundHolidays({ start: "2026-12-07", end: "2026-12-27" }, weeks)).toEqual({ start: "2026-12-07", end: "2027-01-10" });
    // All 15 days, and no more than the week's rest.
    expect(aroundHolidays({ start: "2026-12-07", end: "2027-01-31" }, weeks)).toEqual({ start: "2026-12-07", end: "2027-02-21" });
    // Starting inside them: from the first plan week that starts on or after 4 January, as long as it was.
    expect(aroundHolidays({ start: "2026-12-21", end: "2027-01-10" }, weeks)).toEqual({ start: "2027-01-04", end: "2027-01-24" });
    expect(aroundHolidays({ start: "2027-02-01", end: "2027-03-01" }, weeks)).toEqual({ start: "2027-02-01", end: "2027-03-01" });
    each((c, steps) => {
      for (const step of steps) {
        const template = templateOf(c, step.id);
        if (!template?.withOthers || !template.weeks) continue;
        const { from, to } = paced(c, template);
        const planned = { start: step.dates.start, end: addDays(step.dates.start, (to - from + 1) * 7 - 1) };
        assert.deepEqual(step.dates, aroundHolidays(planned, new Weeks(c.start)), `${label(c)} ${step.id}`);
      }
    });
  });
});

describe("dates the calendar sets", () => {
  const stepOf = (steps: PlanStep[], id: string) => steps.find((s) => s.id === id);

  it("aims the visa step at the first March registration at least 12 paced weeks away, from the first weeks", () => {
    let seen = 0;
    each((c, steps) => {
      const visa = stepOf(steps, "visa-sponsors");
      if (!visa) return;
      seen++;
      const runway = addDays(c.start, Math.round(12 * c.outcome.pace) * 7);
      let year = Number(c.start.slice(0, 4));
      while (`${year}-${H1B.registration}` < runway) year++;
      assert.ok(visa.title.includes(formatDate(`${year}-${H1B.offerBy}`)), label(c));
      assert.ok(visa.title.includes(`March ${year}`));
      // Aimed before the applications: it comes before any step that ends in an offer.
      for (const offer of steps.filter((s) => s.offer === "job")) assert.ok(visa.dates.start <= offer.dates.start, label(c));
      assert.match(visa.detail, /exempt from the cap/);
      assert.equal(visa.detail.includes("bachelor's degree"), c.outcome.visaWithoutDegree, label(c));
    });
    expect(seen).toBeGreaterThan(1000);
  });

  it.each([
    ["apm-programmes", [APM_WINDOW]],
    ["internships", INTERNSHIP_WINDOWS],
  ] as const)("puts %s in a window with three weeks left, after the holidays, and the first one the hours leave room in", (id, windows) => {
    let seen = 0;
    let later = 0;
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
      const first = [0, 1, 2]
        .flatMap((y) => windows.map((w) => ({ ...w, year: Number(c.start.slice(0, 4)) + y })))
        .map((w) => {
          const open = [c.start, `${w.year}-${w.from}`].map((d) => (inHolidays(d) ? afterHolidays(d) : d)).sort()[1]!;
          return { start: open, end: `${w.year}-${w.to}` };
        })
        .find((w) => daysBetween(w.start, w.end) >= MIN_WINDOW_DAYS)!;
      if (start !== first.start) {
        // Later only because the hours were taken on the window's first days.
        later++;
        assert.ok(start > first.start, label(c));
        const others = steps.filter((s) => s.id !== id && s.id !== "checkpoint");
        assert.equal(running(others, first.start), c.outcome.load, label(c));
      }
      assert.ok(step.detail.includes(formatDate(start)));
    });
    expect(seen).toBeGreaterThan(500);
    expect(later).toBeLessThan(seen / 4);
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

  it("aims at the Associate PM level exactly by the v4 rule, and adds the APM programmes exactly then", () => {
    each((c, steps) => {
      const { role, experience } = c.answers;
      const search = ["networking", "transferable-resume", "side-project", "nonprofit"].includes(c.outcome.route);
      const apm =
        c.outcome.route !== "masters" &&
        (role === "student" ||
          experience === "new-grad" ||
          (search && experience === "1-3" && c.answers["pm-work"] !== "shipped-with-results"));
      assert.equal(c.outcome.level, apm ? "apm" : "pm", label(c));
      assert.equal(
        steps.some((s) => s.id === "apm-programmes"),
        apm,
        label(c),
      );
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

  it("fills every step's words: no placeholder is left, on any route", () => {
    each((c, steps) => {
      for (const step of steps) assert.doesNotMatch(`${step.title} ${step.detail} ${step.doneWhen}`, /[{}]/, `${label(c)}: ${step.id}`);
    });
    expect(routes.length).toBe(7);
    expect(checkpoint.week).toBe(8);
    expect(Object.keys(meanwhile).length).toBeGreaterThan(3);
  });
});
