import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Answers } from "@/data/answers";
import { OPTION_IDS, QUESTION_IDS, ROUTE_IDS } from "@/data/ids";
import { nextQuestion } from "@/lib/next-question";
import { recommend, type Recommendation } from "@/lib/recommend";
import { personas } from "../fixtures/personas";

const decided = (answers: Answers): Recommendation => {
  const result = recommend(answers);
  if (result.status !== "decided") throw new Error(`still open, next: ${result.next}`);
  return result.recommendation;
};

/** Answers only what the wizard asks, taking each answer from the full profile. */
function wizardAnswers(full: Required<Answers>): Answers {
  const answers: Answers = {};
  for (let q = nextQuestion(answers); q; q = nextQuestion(answers)) {
    (answers as Record<string, unknown>)[q] = full[q];
  }
  return answers;
}

const fullProfile = fc.record({
  employer: fc.constantFrom(...OPTION_IDS.employer),
  role: fc.constantFrom(...OPTION_IDS.role),
  experience: fc.constantFrom(...OPTION_IDS.experience),
  constraints: fc.subarray([...OPTION_IDS.constraints]),
  hours: fc.constantFrom(...OPTION_IDS.hours),
  funding: fc.constantFrom(...OPTION_IDS.funding),
  deadline: fc.constantFrom(...OPTION_IDS.deadline),
  networking: fc.constantFrom(...OPTION_IDS.networking),
  building: fc.constantFrom(...OPTION_IDS.building),
}) as fc.Arbitrary<Required<Answers>>;

describe("recommend", () => {
  it.each(personas)("gets the persona right: $name", ({ answers, route }) => {
    expect(decided(answers).route).toBe(route);
    const asked = wizardAnswers(answers);
    expect(decided(asked).route).toBe(route);
    expect(Object.keys(asked).length).toBeLessThan(QUESTION_IDS.length);
  });

  it("explains the customer-success lead's internal transfer in plain words", () => {
    const r = decided(personas[0]!.answers);
    expect(r.reasons[0]).toMatchObject({ question: "employer", points: 5 });
    expect(r.reasons[0]!.text).toBe("+5: You have been at a company with PMs for over a year, in good standing.");
    const masters = r.others.find((o) => o.route === "masters")!;
    expect(masters).toMatchObject({ status: "eliminated" });
    expect(masters.why).toMatch(/fund/);
    const networking = r.others.find((o) => o.route === "networking")!;
    expect(networking.status).toBe("outscored");
    expect(networking.why).toMatch(/points behind Internal transfer/);
  });

  it("says what is still open instead of guessing", () => {
    expect(recommend({})).toEqual({ status: "open", next: "employer" });
    expect(recommend({ employer: "pm-team-settled" })).toMatchObject({ status: "open" });
  });

  it("lists every other route once, with a reason", () => {
    fc.assert(
      fc.property(fullProfile, (answers) => {
        const r = decided(answers);
        expect(r.others.map((o) => o.route).sort()).toEqual(ROUTE_IDS.filter((x) => x !== r.route).sort());
        for (const o of r.others) expect(o.why.length).toBeGreaterThan(10);
        expect(r.reasons.length).toBeGreaterThan(0);
        for (const reason of r.reasons) expect(reason.points).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });

  it("offers flips that really make the losing route win", () => {
    fc.assert(
      fc.property(fullProfile, (answers) => {
        const r = decided(answers);
        for (const other of r.others) {
          if (!other.flip) continue;
          expect(other.flip.changes.length).toBeLessThanOrEqual(2);
          const changed = { ...answers } as Record<string, unknown>;
          for (const c of other.flip.changes) changed[c.question] = c.to;
          expect(decided(changed as Answers).route).toBe(other.route);
          expect(other.flip.text).toMatch(/^If .+ would win\.$/);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("finds a one-answer flip when one exists", () => {
    // The B2B seller: with little outreach appetite, networking should lose its lead.
    const seller = personas[3]!.answers;
    const r = decided(seller);
    const nonprofit = r.others.find((o) => o.route === "nonprofit")!;
    expect(nonprofit.flip).not.toBeNull();
    expect(nonprofit.flip!.changes).toHaveLength(1);
  });

  it("flags a close second when the lead is one point or less", () => {
    fc.assert(
      fc.property(fullProfile, (answers) => {
        const r = decided(answers);
        const best = Math.max(...r.others.filter((o) => o.status === "outscored").map((o) => o.score));
        const lead = r.scores[r.route] - best;
        expect(r.closeSecond !== null).toBe(lead <= 1);
      }),
      { numRuns: 300 },
    );
  });
});

describe("standings", async () => {
  const { standings } = await import("@/lib/standings");

  it("starts with all seven routes in the running", () => {
    expect(standings({}).inRunning).toBe(7);
  });

  it("strikes routes with the answer's reason and narrows to one when decided", () => {
    const s = standings({ employer: "no-pm-team" });
    expect(s.routes.find((r) => r.route === "shadowing")).toMatchObject({ status: "eliminated" });
    expect(s.routes.find((r) => r.route === "shadowing")!.reason).toMatch(/no PM/);
    const done = standings(personas[0]!.answers);
    expect(done.inRunning).toBe(1);
    expect(done.decided).toBe("internal-transfer");
  });
});
