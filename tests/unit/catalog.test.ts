// The catalog is data: these checks turn a typo in an id, a missing field or a plan without an
// interview-practice step into a failing test.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import * as z from "@/data/zod";
import { CATALOG_VERSION, questions, scoring } from "@/data/catalog";
import { routes } from "@/data/routes";
import { copy } from "@/data/copy";
import * as rules from "@/data/plan-rules";
import { apmProgrammes, checkpoint, restoreStanding, stemProgrammes, visaSponsors } from "@/data/plan-steps";
import { OPTION_IDS, QUESTION_IDS, ROUTE_IDS } from "@/data/ids";
import { routeFacts } from "@/data/route-facts";
import { Effect, Question, Route, StepTemplate } from "@/data/schema";

describe("catalog", () => {
  it("parses with the zod schemas (the app trusts its types at run time, so this is the check)", () => {
    expect(() => z.array(Route).parse(routes)).not.toThrow();
    expect(() => z.array(Question).parse(questions)).not.toThrow();
    expect(() => z.array(StepTemplate).parse([restoreStanding, apmProgrammes, visaSponsors, stemProgrammes])).not.toThrow();
    for (const [id, facts] of Object.entries(routeFacts)) expect(facts.id, id).toBe(id);
  });

  it("uses exactly the route ids of docs/domain.md, in tie-break order", () => {
    expect(routes.map((r) => r.id)).toEqual([...ROUTE_IDS]);
  });

  it("uses exactly the question and option ids of docs/domain.md", () => {
    expect(questions.map((q) => q.id)).toEqual(QUESTION_IDS);
    for (const q of questions) {
      expect(q.options.map((o) => o.id), q.id).toEqual([...OPTION_IDS[q.id]]);
      expect(q.multiple, q.id).toBe(q.id === "constraints");
      expect(Object.keys(scoring[q.id]).sort(), q.id).toEqual([...OPTION_IDS[q.id]].sort());
    }
  });

  it("explains every fit point in its own plain sentence, with no numbers of points", () => {
    for (const q of QUESTION_IDS) {
      for (const [option, effect] of Object.entries(scoring[q])) {
        expect(() => Effect.parse(effect), `${q}.${option}`).not.toThrow();
        const helped = Object.entries(effect.points).filter(([, p]) => p! > 0).map(([r]) => r).sort();
        expect(Object.keys(effect.fits).sort(), `${q}.${option}`).toEqual(helped);
        for (const text of Object.values(effect.fits)) expect(text, `${q}.${option}`).not.toMatch(/(^|\s)[+-]\d|\bpoints?\b/);
      }
    }
  });

  it("lets flips suggest only answers a person can change, and only options they could move to", () => {
    const changeable = questions.filter((q) => q.changeable).map((q) => q.id).sort();
    expect(changeable).toEqual(["building", "deadline", "funding", "hours", "networking", "pm-work"]);
    for (const q of questions) {
      const withIf = q.options.filter((o) => o.ifPhrase).map((o) => o.id);
      if (!q.changeable) expect(withIf, q.id).toEqual([]);
      else expect(withIf.length, q.id).toBeGreaterThan(0);
    }
    // Never suggested: less time, less outreach, or undoing product work and things built.
    const never = ["hours.under-3", "networking.low", "pm-work.not-yet", "building.none"];
    for (const id of never) {
      const [q, o] = id.split(".") as [keyof typeof OPTION_IDS, string];
      expect(questions.find((x) => x.id === q)!.options.find((x) => x.id === o)!.ifPhrase, id).toBeUndefined();
    }
  });

  it("gives multi-select options a phrase for their absence", () => {
    for (const q of questions.filter((x) => x.multiple)) {
      for (const o of q.options) expect(o.phraseIfNot, `${q.id}.${o.id}`).toBeTruthy();
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

  it("gives every route ordered steps with unique ids and one interview-practice step", () => {
    for (const route of routes) {
      expect(new Set(route.steps.map((s) => s.id)).size, route.id).toBe(route.steps.length);
      expect(route.steps.filter((s) => s.interviewPractice).length, route.id).toBe(1);
      expect(route.steps.find((s) => s.interviewPractice)!.optional, route.id).toBeUndefined();
      const starts = route.steps.flatMap((s) => (s.weeks ?? s.fixedWeeks ? [(s.weeks ?? s.fixedWeeks)!.from] : []));
      expect(starts, route.id).toEqual([...starts].sort((a, b) => a - b));
    }
  });

  it("uses the tie-break midpoints and the shortest times to an offer of docs/domain.md", () => {
    expect(Object.fromEntries(routes.map((r) => [r.id, r.timeToOffer.midpointMonths]))).toEqual({
      "transferable-resume": 3.5, networking: 6, "internal-transfer": 7.5, "side-project": 9,
      nonprofit: 9, shadowing: 12, masters: 24,
    });
    expect(Object.fromEntries(routes.map((r) => [r.id, r.timeToOffer.shortestMonths]))).toEqual({
      "transferable-resume": 1, networking: 3, "internal-transfer": 3, "side-project": 6,
      nonprofit: 6, shadowing: 6, masters: 24,
    });
  });

  it("bumps CATALOG_VERSION whenever the catalog changes (saved plans record it)", () => {
    const steps = { restoreStanding, apmProgrammes, visaSponsors, stemProgrammes, checkpoint };
    const sample = [checkpoint.working("X"), checkpoint.switchTo("Y")];
    const fingerprint = createHash("sha256")
      .update(JSON.stringify({ routes, questions, scoring, steps, sample, rules, calendar: copy.calendarSlot }))
      .digest("hex")
      .slice(0, 16);
    // If this fails you changed the catalog: bump CATALOG_VERSION, then paste the new fingerprint.
    expect({ version: CATALOG_VERSION, fingerprint }).toEqual({
      version: "2026-11-26.2",
      fingerprint: "f17de0d57226ef56",
    });
  });
});
