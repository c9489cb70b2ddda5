// The advice itself: the personas of docs/domain.md get their whole result (route, level, added
// steps, warnings); reasons and flips follow the principles (strengths, no points, only answers a
// person can change); the people the first calibration advised badly now get a mentor's answer.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Answers } from "@/data/answers";
import { getQuestion } from "@/data/catalog";
import { QUESTION_IDS, ROUTE_IDS } from "@/data/ids";
import { nextQuestion } from "@/lib/next-question";
import { recommend } from "@/lib/recommend";
import { personas, v1Mistakes } from "../fixtures/personas";
import { decided, decidedResult, fullProfile } from "../fixtures/results";

/** Answers only what the wizard asks, taking each answer from the full profile. */
function wizardAnswers(full: Required<Answers>): Answers {
  const answers: Answers = {};
  for (let q = nextQuestion(answers); q; q = nextQuestion(answers)) {
    (answers as Record<string, unknown>)[q] = full[q];
  }
  return answers;
}

const ADDED = ["restore-standing", "apm-programmes", "visa-sponsors", "stem-programmes"];
const summary = (answers: Answers) => {
  const r = decidedResult(answers);
  return {
    route: r.route.id,
    level: r.plan.level,
    added: r.plan.steps.map((s) => s.id).filter((id) => ADDED.includes(id)),
    warnings: r.warnings.map((w) => w.id),
  };
};

describe("the personas", () => {
  it.each(personas)("$name: route, level, added steps and warnings", ({ answers, route, level, added, warnings }) => {
    const expected = { route, level, added, warnings };
    expect(summary(answers)).toEqual(expected);
    // The wizard asks fewer questions and gets the same whole result.
    const asked = wizardAnswers(answers);
    expect(Object.keys(asked).length).toBeLessThan(QUESTION_IDS.length);
    expect(summary(asked)).toEqual(expected);
  });
});

describe("the mistakes of the first calibration", () => {
  it("sends a settled fintech analyst with savings and no rush inside, not to a $200k degree", () => {
    const r = decidedResult(v1Mistakes.fintechAnalyst);
    expect(r.route.id).toBe("internal-transfer");
    expect(r.reasons[0]!.text).toMatch(/company with PMs/);
  });

  it("never sends a nurse with nothing product-like to a transferable resume, nor asks 5 a week of her", () => {
    const r = decidedResult(v1Mistakes.nurse);
    expect(r.route.id).not.toBe("transferable-resume");
    const text = r.plan.steps.map((s) => `${s.title} ${s.detail} ${s.doneWhen}`).join(" ");
    expect(text).not.toMatch(/[4-9]\d*(–\d+)? [a-z ]*a week/);
  });

  it("does not ask someone on a performance plan for shadowing time, and starts with their standing", () => {
    const r = decidedResult(v1Mistakes.onPerformancePlan);
    expect(r.route.id).not.toMatch(/shadowing|internal-transfer/);
    expect(r.plan.steps[0]!.id).toBe("restore-standing");
    expect(r.others.find((o) => o.route === "shadowing")).toMatchObject({ status: "eliminated" });
  });

  it("gives an engineer who needs an offer within 3 months a route that can finish in time", () => {
    const r = decidedResult(v1Mistakes.engineerInAHurry);
    expect(r.route.id).not.toBe("shadowing");
    expect(r.others.find((o) => o.route === "shadowing")!.why).toMatch(/6 months/);
  });

  it("asks a new graduate who needs a visa both things, and plans for both", () => {
    const grad = { ...personas[4]!.answers, constraints: ["needs-visa"] } as Required<Answers>;
    const asked = wizardAnswers(grad);
    expect(asked.constraints).toEqual(["needs-visa"]);
    const { level, added } = summary(asked);
    expect(level).toBe("apm");
    expect(added.sort()).toEqual(["apm-programmes", "visa-sponsors"]);
  });
});

describe("explaining the result", () => {
  it("gives reasons in plain words, strongest first, without points", () => {
    fc.assert(
      fc.property(fullProfile, (answers) => {
        const r = decided(answers);
        expect(r.reasons.length).toBeGreaterThan(0);
        expect(r.reasons.length).toBeLessThanOrEqual(4);
        for (const reason of r.reasons) expect(reason.text).not.toMatch(/^[+-]?\d+:|points?\b/);
      }),
      { numRuns: 500 },
    );
  });

  it("lists every other route once, with a reason and either a flip or what would have to be true", () => {
    fc.assert(
      fc.property(fullProfile, (answers) => {
        const r = decided(answers);
        expect(r.others.map((o) => o.route).sort()).toEqual(ROUTE_IDS.filter((x) => x !== r.route).sort());
        for (const o of r.others) {
          expect(o.why.length).toBeGreaterThan(10);
          expect(o.why).not.toMatch(/\d+ points?|scored/);
          expect((o.flip === null) !== (o.wouldNeed === null)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("flips only through answers a person can change, and the flip really makes the route win", () => {
    let flips = 0;
    fc.assert(
      fc.property(fullProfile, (answers) => {
        const r = decided(answers);
        for (const other of r.others) {
          if (!other.flip) continue;
          flips++;
          expect(other.flip.changes.length).toBeLessThanOrEqual(2);
          for (const c of other.flip.changes) {
            expect(getQuestion(c.question).changeable).toBe(true);
            expect(["role", "experience", "employer", "constraints"]).not.toContain(c.question);
          }
          const changed = { ...answers } as Record<string, unknown>;
          for (const c of other.flip.changes) changed[c.question] = c.to;
          expect(decided(changed as Answers).route).toBe(other.route);
          expect(other.flip.text).toMatch(/^If .+, .+ would win\.$/);
        }
      }),
      { numRuns: 300 },
    );
    expect(flips).toBeGreaterThan(100);
  });

  it("flags a close second when the lead is one point or less, and names the runner-up for the checkpoint", () => {
    fc.assert(
      fc.property(fullProfile, (answers) => {
        const r = decided(answers);
        const standing = r.others.filter((o) => o.status === "outscored").map((o) => o.score);
        const lead = r.scores[r.route] - Math.max(...standing);
        expect(r.closeSecond !== null).toBe(lead <= 1);
        expect(r.others.find((o) => o.route === r.runnerUp)!.status).toBe("outscored");
        expect(r.scores[r.runnerUp]).toBe(Math.max(...standing));
        const result = decidedResult(answers);
        const checkpoint = result.plan.steps.find((s) => s.id === "checkpoint")!;
        expect(checkpoint.detail).toContain(`switch to ${result.others.find((o) => o.route === r.runnerUp)!.name}`);
        if (result.closeSecond) expect(result.closeSecond.text).toMatch(/checkpoint on \d+ \w+ \d{4}/);
      }),
      { numRuns: 300 },
    );
  });

  it("says what is still open instead of guessing", () => {
    expect(recommend({})).toMatchObject({ status: "open" });
    // The route is all but certain here, but the hours set the pace of the plan.
    const { hours: _, ...withoutHours } = personas[0]!.answers;
    expect(recommend(withoutHours)).toEqual({ status: "open", next: "hours" });
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
