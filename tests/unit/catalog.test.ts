// The catalog is data: these checks turn a typo in an id, a missing field or a plan without an
// interview-practice step into a failing test.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import * as z from "@/data/zod";
import { CATALOG_VERSION, questions } from "@/data/catalog";
import { scoring } from "@/data/scoring";
import { scoringSentences } from "@/data/scoring-sentences";
import { routes } from "@/data/routes";
import { copy } from "@/data/copy";
import * as rules from "@/data/plan-rules";
import * as planSteps from "@/data/plan-steps";
import * as calendarDates from "@/data/calendar-dates";
import { OPTION_IDS, QUESTION_IDS, ROUTE_IDS, type QuestionId } from "@/data/ids";
import { routeFacts } from "@/data/route-facts";
import { CALENDAR_SLOTS, Effect, EffectSentences, Question, Route, StepTemplate } from "@/data/schema";

const { checkpoint, meanwhile, overTheHolidays, waitSteps: _, secondDoor, ...rest } = planSteps;
const addedSteps = Object.values<StepTemplate>(rest);

/** The scoring with its sentences, each option's fields in the order one file held them before they were split. */
const withSentences = () =>
  Object.fromEntries(
    Object.entries(scoring).map(([q, byOption]) => [
      q,
      Object.fromEntries(
        Object.entries(byOption).map(([option, { points, eliminates }]) => {
          const { fits = {}, eliminatesTogether } =
            (scoringSentences[q as QuestionId] as Partial<Record<string, EffectSentences>>)[option] ?? {};
          return [option, { points, fits, eliminates, ...(eliminatesTogether ? { eliminatesTogether } : {}) }];
        }),
      ),
    ]),
  );

describe("catalog", () => {
  it("parses with the zod schemas (the app trusts its types at run time, so this is the check)", () => {
    expect(() => z.array(Route).parse(routes)).not.toThrow();
    expect(() => z.array(Question).parse(questions)).not.toThrow();
    expect(() => z.array(StepTemplate).parse(addedSteps)).not.toThrow();
    expect(addedSteps.map((s) => s.id).sort()).toEqual([
      "apm-programmes",
      "bridge-roles",
      "bridge-roles",
      "internships",
      "remote-first",
      "restore-standing",
      "returnships",
      "stem-programmes",
      "visa-amendment",
      "visa-sponsors",
      "visa-sponsors",
    ]);
    // Every route's checkpoint judges its own steps, and every id in a route's template is unique.
    for (const route of routes) {
      const ids = route.steps.map((s) => s.id);
      expect(new Set(ids).size, route.id).toBe(ids.length);
      for (const sign of route.signs) expect(ids, `${route.id}: ${sign.step}`).toContain(sign.step);
      // The inside routes have the step the visa amendment comes before; every route one offer step.
      expect(
        route.steps.some((s) => s.internalApplication),
        route.id,
      ).toBe(route.insideCompany);
      expect(
        route.steps.filter((s) => s.offer === "job" || s.offer === "internship"),
        route.id,
      ).not.toHaveLength(0);
    }
    for (const [id, facts] of Object.entries(routeFacts)) expect(facts.id, id).toBe(id);
  });

  it("uses exactly the route ids of docs/domain.md, in tie-break order", () => {
    expect(routes.map((r) => r.id)).toEqual([...ROUTE_IDS]);
  });

  it("uses exactly the question and option ids of docs/domain.md", () => {
    expect(questions.map((q) => q.id)).toEqual(QUESTION_IDS);
    for (const q of questions) {
      expect(
        q.options.map((o) => o.id),
        q.id,
      ).toEqual([...OPTION_IDS[q.id]]);
      expect(q.multiple, q.id).toBe(q.id === "constraints");
      expect(Object.keys(scoring[q.id]).sort(), q.id).toEqual([...OPTION_IDS[q.id]].sort());
    }
  });

  it("explains every fit point in its own plain sentence, with no numbers of points", () => {
    for (const q of QUESTION_IDS) {
      const sentences: Partial<Record<string, EffectSentences>> = scoringSentences[q];
      expect(
        Object.keys(sentences).filter((o) => !(o in scoring[q])),
        q,
      ).toEqual([]);
      for (const [option, effect] of Object.entries(scoring[q])) {
        expect(() => Effect.parse(effect), `${q}.${option}`).not.toThrow();
        expect(() => EffectSentences.parse(sentences[option] ?? {}), `${q}.${option}`).not.toThrow();
        const helped = Object.entries(effect.points)
          .filter(([, p]) => p > 0)
          .map(([r]) => r)
          .sort();
        const fits = sentences[option]?.fits ?? {};
        expect(Object.keys(fits).sort(), `${q}.${option}`).toEqual(helped);
        for (const text of Object.values(fits)) expect(text, `${q}.${option}`).not.toMatch(/(^|\s)[+-]\d|\bpoints?\b/);
      }
    }
  });

  it("lets flips move only answers a person can change, and only up: more effort, patience or money", () => {
    const ladders = Object.fromEntries(questions.filter((q) => q.ladder).map((q) => [q.id, q.ladder]));
    expect(ladders).toEqual({
      employer: ["pm-team-new", "pm-team-settled"],
      "pm-work": ["not-yet", "some", "shipped-with-results"],
      hours: ["under-3", "3-8", "8-15", "over-15"],
      funding: ["no", "yes"],
      deadline: ["under-3-months", "3-12-months", "12-24-months", "no-rush"],
      networking: ["low", "medium", "high"],
      building: ["none", "no-code", "code"],
    });
    for (const q of questions) {
      // Exactly the options above the bottom of a ladder say how they read after "If".
      const withIf = q.options.filter((o) => o.ifPhrase).map((o) => o.id);
      expect(withIf.sort(), q.id).toEqual(q.ladder ? q.ladder.slice(1).sort() : []);
    }
  });

  it("writes every route's needs as conditions on real options", () => {
    for (const route of routes) {
      for (const need of route.needs) {
        const options: readonly string[] = OPTION_IDS[need.question];
        for (const o of need.anyOf ?? need.noneOf!) expect(options, `${route.id}: ${need.text}`).toContain(o);
        // Listed with others after "It would take": no "and" inside, or the list would read wrong.
        expect(need.text, route.id).not.toMatch(/\band\b/);
      }
    }
  });

  it("fills every {placeholder} of a calendar step from its slot, and has a step for every wait", () => {
    const all = [...addedSteps, ...routes.flatMap((r) => r.steps)];
    for (const step of all) {
      const text = `${step.title} ${step.detail} ${step.doneWhen} ${Object.values(step.apm ?? {}).join(" ")}`;
      if (!step.calendar && !step.words) expect(text, step.id).not.toMatch(/\{\w+\}/);
    }
    for (const [slot, step] of Object.entries(meanwhile)) {
      expect(CALENDAR_SLOTS, slot).toContain(slot);
      expect(() => StepTemplate.parse({ ...step, weeks: { from: 1, to: 1 } })).not.toThrow();
      expect(`${step.title} ${step.detail} ${step.doneWhen}`.match(/\{\w+\}/g) ?? []).toEqual(["{opens}"]);
    }
  });

  it('writes "entry-level" only in the words of the Associate PM level', () => {
    for (const step of [...addedSteps, ...routes.flatMap((r) => r.steps)]) {
      expect(`${step.title} ${step.detail} ${step.doneWhen}`, step.id).not.toMatch(/entry-level/i);
    }
  });

  it("keeps networking and the transferable resume free of hard blockers", () => {
    for (const byOption of Object.values(scoring)) {
      for (const effect of Object.values(byOption)) {
        expect(Object.keys(effect.eliminates)).not.toContain("networking");
        expect(Object.keys(effect.eliminates)).not.toContain("transferable-resume");
      }
    }
  });

  it("gives every route ordered steps with unique ids, one interview-practice step and one that ends in an offer", () => {
    for (const route of routes) {
      expect(new Set(route.steps.map((s) => s.id)).size, route.id).toBe(route.steps.length);
      expect(route.steps.filter((s) => s.interviewPractice).length, route.id).toBe(1);
      expect(route.steps.find((s) => s.interviewPractice)!.optional, route.id).toBeUndefined();
      const offers = route.steps.filter((s) => s.offer);
      expect(offers.length, route.id).toBe(1);
      expect(offers[0]!.optional, route.id).toBeUndefined();
      expect(offers[0]!.doneWhen, route.id).toMatch(/offer/);
      const starts = route.steps.flatMap((s) => ((s.weeks ?? s.fixedWeeks) ? [(s.weeks ?? s.fixedWeeks)!.from] : []));
      expect(starts, route.id).toEqual([...starts].sort((a, b) => a - b));
    }
  });

  it("uses the tie-break, the midpoints and the shortest and longest times to an offer of docs/domain.md", () => {
    expect(routes.filter((r) => r.insideCompany).map((r) => r.id)).toEqual(["internal-transfer", "shadowing"]);
    expect(Object.fromEntries(routes.map((r) => [r.id, r.timeToOffer.longestMonths]))).toEqual({
      "transferable-resume": 6,
      networking: 9,
      "internal-transfer": 12,
      "side-project": 12,
      nonprofit: 12,
      shadowing: 18,
      masters: 30,
    });
    expect(Object.fromEntries(routes.map((r) => [r.id, r.timeToOffer.midpointMonths]))).toEqual({
      "transferable-resume": 3.5,
      networking: 6,
      "internal-transfer": 7.5,
      "side-project": 9,
      nonprofit: 9,
      shadowing: 12,
      masters: 24,
    });
    expect(Object.fromEntries(routes.map((r) => [r.id, r.timeToOffer.shortestMonths]))).toEqual({
      "transferable-resume": 1,
      networking: 3,
      "internal-transfer": 3,
      "side-project": 6,
      nonprofit: 6,
      shadowing: 6,
      masters: 24,
    });
  });

  it("bumps CATALOG_VERSION whenever the catalog changes (saved plans record it)", () => {
    const steps = { addedSteps, meanwhile, overTheHolidays, checkpoint, secondDoor };
    const sample = [
      checkpoint.working("X"),
      checkpoint.ifNot.route("Y", "Z"),
      checkpoint.ifNot.bridge("W"),
      checkpoint.ifNot.open("V"),
      copy.flip(["A"], "B"),
      copy.wouldNeed(["C"], true),
    ];
    const fingerprint = createHash("sha256")
      .update(
        JSON.stringify({ routes, questions, scoring: withSentences(), steps, sample, rules, calendarDates, calendar: copy.calendarSlot }),
      )
      .digest("hex")
      .slice(0, 16);
    // If this fails you changed the catalog: bump CATALOG_VERSION, then paste the new fingerprint.
    expect({ version: CATALOG_VERSION, fingerprint }).toEqual({
      version: "2026-12-07.5",
      fingerprint: "f5e92df2219218db",
    });
  });
});
