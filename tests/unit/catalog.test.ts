// The catalog is data: these checks turn a typo in an id, a missing field or a plan without an
// interview-practice step into a failing test.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { CATALOG_VERSION, questions, routes, scoring } from "@/data/catalog";
import { OPTION_IDS, QUESTION_IDS, ROUTE_IDS } from "@/data/ids";
import { questions as rawQuestions } from "@/data/questions";
import { routes as rawRoutes } from "@/data/routes";
import { Question, Route } from "@/data/schema";

describe("catalog", () => {
  it("parses with the zod schemas", () => {
    expect(() => z.array(Route).parse(rawRoutes)).not.toThrow();
    expect(() => z.array(Question).parse(rawQuestions)).not.toThrow();
  });

  it("uses exactly the route ids of the domain brief, in tie-break order", () => {
    expect(routes.map((r) => r.id)).toEqual([...ROUTE_IDS]);
  });

  it("uses exactly the question and option ids of the domain brief", () => {
    expect(questions.map((q) => q.id)).toEqual(QUESTION_IDS);
    for (const q of questions) {
      expect(q.options.map((o) => o.id), q.id).toEqual([...OPTION_IDS[q.id]]);
      expect(q.multiple, q.id).toBe(q.id === "constraints");
      expect(Object.keys(scoring[q.id]).sort(), q.id).toEqual([...OPTION_IDS[q.id]].sort());
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

  it("gives every route 6-8 ordered steps with unique ids and one interview-practice step", () => {
    for (const route of routes) {
      expect(route.steps.length, route.id).toBeGreaterThanOrEqual(6);
      expect(route.steps.length, route.id).toBeLessThanOrEqual(8);
      expect(new Set(route.steps.map((s) => s.id)).size, route.id).toBe(route.steps.length);
      expect(route.steps.filter((s) => s.interviewPractice).length, route.id).toBe(1);
      const starts = route.steps.map((s) => s.weeks.from);
      expect(starts, route.id).toEqual([...starts].sort((a, b) => a - b));
    }
  });

  it("uses the brief's tie-break midpoints", () => {
    expect(Object.fromEntries(routes.map((r) => [r.id, r.timeToOffer.midpointMonths]))).toEqual({
      "transferable-resume": 3.5, networking: 6, "internal-transfer": 7.5, "side-project": 9,
      nonprofit: 9, shadowing: 12, masters: 24,
    });
  });

  it("bumps CATALOG_VERSION whenever the catalog changes (saved plans record it)", () => {
    const fingerprint = createHash("sha256")
      .update(JSON.stringify({ routes, questions, scoring }))
      .digest("hex")
      .slice(0, 16);
    // If this fails you changed the catalog: bump CATALOG_VERSION, then paste the new fingerprint.
    expect({ version: CATALOG_VERSION, fingerprint }).toEqual({
      version: "2026-11-26.1",
      fingerprint: "d002cd23997b05c7",
    });
  });
});
