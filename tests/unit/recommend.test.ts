// The advice itself: the personas of docs/domain.md get their whole result (route, level, added
// steps, warning, the checkpoint's switch route and the close second), and the explanations follow
// the rules of "Explaining the result", checked as properties over at least 10,000 random full
// profiles and 10,000 places the wizard stops (where the questions it skipped stay unanswered),
// not only on examples.
import assert from "node:assert/strict";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { Answers } from "@/data/answers";
import { getQuestion } from "@/data/catalog";
import { copy } from "@/data/copy";
import { QUESTION_IDS, ROUTE_IDS, type QuestionId, type RouteId } from "@/data/ids";
import { ADDED_STEPS, DEADLINE_MONTHS } from "@/data/plan-rules";
import { routeFacts } from "@/data/route-facts";
import { getRoute } from "@/data/routes";
import type { EffectSentences } from "@/data/schema";
import { scoringSentences } from "@/data/scoring-sentences";
import { forEachCompletion } from "../fixtures/answer-space";
import { leader, tally } from "@/lib/decide";
import { contributions } from "@/lib/eliminations";
import { nextQuestion } from "@/lib/next-question";
import { recommend, unmetNeeds, type Recommendation } from "@/lib/recommend";
import type { RecommendationResponse } from "@/lib/api-contract";
import { resultView, type ResultView } from "@/lib/result-view";
import { closeSecondRoute, routeOrNull } from "@/lib/switch-route";
import { fromState, tieRank, toState } from "@/lib/table";
import { personas, earlierMistakes } from "../fixtures/personas";
import { decided, decidedResult, fullProfile } from "../fixtures/results";
import { wizardStop } from "../fixtures/wizard-stops";

/** Answers only what the wizard asks, taking each answer from the full profile. */
function wizardAnswers(full: Required<Answers>): Answers {
  const answers: Answers = {};
  for (let q = nextQuestion(answers); q; q = nextQuestion(answers)) {
    (answers as Record<string, unknown>)[q] = full[q];
  }
  return answers;
}

const summary = (answers: Answers) => {
  const r = decidedResult(answers);
  return {
    route: r.route.id,
    level: r.plan.level,
    added: r.plan.steps
      .map((s) => s.id)
      .filter((id) => (ADDED_STEPS as readonly string[]).includes(id))
      .sort(),
    warnings: r.warnings.map((w) => w.id),
  };
};

/** "Choose my plan B now": answers the skipped questions that decide the switch route, one at a time, from the full profile. */
export function planB(answers: Answers, full: Required<Answers>): Answers {
  let now = answers;
  for (let open = decidedResult(now).switchOpen; open.length; open = decidedResult(now).switchOpen) {
    expect(now[open[0]!]).toBeUndefined();
    now = { ...now, [open[0]!]: full[open[0]!] };
  }
  return now;
}

describe("the personas", () => {
  it.each(personas)("$name: route, level, added steps, warning, switch route and close second", (persona) => {
    const { answers, route, level, added, warnings, switchTo, closeSecond } = persona;
    const expected = { route, level, added: [...added].sort(), warnings };
    expect(summary(answers)).toEqual(expected);
    const full = decidedResult(answers);
    expect({ switchTo: full.switchTo?.route ?? null, open: full.switchOpen, closeSecond: full.closeSecond?.route ?? null }).toEqual({
      switchTo,
      open: [],
      closeSecond,
    });
    // The wizard asks fewer questions and gets the same route, level, pace, added steps and warning.
    const asked = wizardAnswers(answers);
    expect(Object.keys(asked).length).toBeLessThan(QUESTION_IDS.length);
    expect(summary(asked)).toEqual(expected);
    // Its switch route is the full profile's, or left to the check-in with the questions that decide it.
    const stop = decidedResult(asked);
    if (stop.switchOpen.length === 0) expect(stop.switchTo?.route ?? null).toBe(switchTo);
    else expect(stop.switchTo).toBeNull();
    // Choosing plan B asks those questions and ends on the full profile's switch route.
    const chosen = decidedResult(planB(asked, answers));
    expect({ switchTo: chosen.switchTo?.route ?? null, route: chosen.route.id }).toEqual({ switchTo, route });
    if (closeSecond === null) expect(chosen.closeSecond).toBeNull();
  });

  it("leaves the switch route to the check-in for some of them, and names it at once for others", () => {
    const open = personas.filter((p) => decidedResult(wizardAnswers(p.answers)).switchOpen.length > 0);
    expect(open.length).toBeGreaterThan(0);
    expect(open.length).toBeLessThan(personas.length);
  });
});

describe("the mistakes of earlier calibrations", () => {
  it("sends a settled fintech analyst with savings and no rush inside, not to a $200k degree", () => {
    const r = decidedResult(earlierMistakes.fintechAnalyst);
    expect(r.route.id).toBe("internal-transfer");
    expect(r.reasons[0]!.text).toMatch(/company with PMs/);
  });

  it("never sends a nurse with nothing product-like to a transferable resume, nor asks 5 a week of her", () => {
    const r = decidedResult(earlierMistakes.nurse);
    expect(r.route.id).not.toBe("transferable-resume");
    const text = r.plan.steps.map((s) => `${s.title} ${s.detail} ${s.doneWhen}`).join(" ");
    expect(text).not.toMatch(/[4-9]\d*(–\d+)? [a-z ]*a week/);
  });

  it("does not ask someone on a performance plan for shadowing time, and starts with their standing", () => {
    const r = decidedResult(earlierMistakes.onPerformancePlan);
    expect(r.route.id).not.toMatch(/shadowing|internal-transfer/);
    // The standing step starts on day one (listed, like every step, by its dates).
    const standing = r.plan.steps.find((s) => s.id === "restore-standing")!;
    expect(standing.dates.start).toBe(r.plan.startDate);
    // The outside search runs alongside, and nothing leans on this job's manager as a referee.
    expect(standing.detail).toMatch(/alongside/);
    for (const step of r.plan.steps.filter((s) => s !== standing)) expect(`${step.detail} ${step.doneWhen}`).not.toMatch(/manager/i);
    expect(r.others.find((o) => o.route === "shadowing")).toMatchObject({ status: "eliminated" });
  });

  it("gives an engineer who needs an offer within 3 months a route that can finish in time", () => {
    const r = decidedResult(earlierMistakes.engineerInAHurry);
    expect(r.route.id).not.toBe("shadowing");
    expect(r.others.find((o) => o.route === "shadowing")!.why).toMatch(/3 months/);
  });

  it("asks a new graduate who needs a visa both things, and plans for both", () => {
    const grad = { ...personas[4]!.answers, constraints: ["needs-visa"] } as Required<Answers>;
    const asked = wizardAnswers(grad);
    expect(asked.constraints).toEqual(["needs-visa"]);
    const { level, added } = summary(asked);
    expect(level).toBe("apm");
    // A tight deadline opens the second door from day one, too.
    expect(added).toEqual(["apm-programmes", "bridge-roles", "visa-sponsors"]);
  });

  it("never lets a master's win while it cannot meet a 2-year deadline", () => {
    fc.assert(
      fc.property(fullProfile, (answers) => {
        if (answers.deadline !== "no-rush") expect(decided(answers).route).not.toBe("masters");
      }),
      { numRuns: 2000 },
    );
  });

  it("gives a tie to the move inside the company", () => {
    let ties = 0;
    fc.assert(
      fc.property(fullProfile, (answers) => {
        const t = tally(toState(answers));
        const inside = ROUTE_IDS.flatMap((r, i) => (routeFacts[r].insideCompany && !(t.eliminated & (1 << i)) ? [i] : []));
        const best = Math.max(...t.scores.filter((_, i) => !(t.eliminated & (1 << i))));
        const tiedInside = inside.filter((i) => t.scores[i] === best);
        if (tiedInside.length === 0) return;
        ties++;
        expect(decided(answers).route).toBe(ROUTE_IDS[tiedInside[0]!]);
      }),
      { numRuns: 3000 },
    );
    expect(ties).toBeGreaterThan(50);
  });
});

/** Everything the explanation rules need about one result, computed once per sample. */
type Case = { answers: Answers; r: Recommendation; result: RecommendationResponse; view: ResultView };
const RUNS = 10_000;
/** A new seed every run, printed with any failure, so a run can be repeated. */
const SEED = Date.now() % 2 ** 31;
const samples: Record<"full profiles" | "where the wizard stops", Case[]> = { "full profiles": [], "where the wizard stops": [] };
const scoreOf = (answers: Answers, route: RouteId) => tally(toState(answers)).scores[ROUTE_IDS.indexOf(route)]!;

function caseOf(answers: Answers): Case {
  const result = decidedResult(answers);
  return { answers, r: decided(answers), result, view: resultView(result) };
}

/** Runs the check over 10,000 random full profiles and 10,000 random places the wizard stops. */
function overBoth(name: string, check: (c: Case) => void) {
  for (const kind of ["full profiles", "where the wizard stops"] as const) {
    it(`${name} (${kind})`, () => {
      expect(samples[kind]).toHaveLength(RUNS);
      for (const c of samples[kind]) {
        try {
          check(c);
        } catch (error) {
          throw new Error(`seed ${SEED}, answers ${JSON.stringify(c.answers)}: ${(error as Error).message}`, { cause: error });
        }
      }
    });
  }
}

describe("explaining the result", () => {
  beforeAll(() => {
    samples["full profiles"] = fc.sample(fullProfile, { numRuns: RUNS, seed: SEED }).map(caseOf);
    samples["where the wizard stops"] = fc.sample(wizardStop(), { numRuns: RUNS, seed: SEED }).map(({ answers }) => caseOf(answers));
  }, 300_000);

  // The rules below check each other route by kind (a flip, "would need", a tie, ruled out, behind
  // on points), and pass on a sample with none of that kind: each kind must come up often.
  it("the samples hold every kind of other route the rules check, many times over", () => {
    for (const [kind, cases] of Object.entries(samples)) {
      const others = cases.flatMap((c) => c.r.others);
      const count = (has: (o: (typeof others)[number]) => boolean) => others.filter(has).length;
      const kinds = {
        flip: count((o) => o.flip !== null),
        "flip of two answers": count((o) => (o.flip?.changes.length ?? 0) === 2),
        "would need": count((o) => o.wouldNeed !== null),
        tied: count((o) => o.status === "tied"),
        eliminated: count((o) => o.status === "eliminated"),
        outscored: count((o) => o.status === "outscored"),
      };
      for (const [name, n] of Object.entries(kinds)) expect(n, `${kind}: ${name}`).toBeGreaterThan(RUNS / 100);
    }
  });

  overBoth("lists every other route once, with a plain reason and no points", ({ r }) => {
    assert.deepEqual(r.others.map((o) => o.route).sort(), ROUTE_IDS.filter((x) => x !== r.route).sort());
    assert.ok(r.reasons.length > 0 && r.reasons.length <= 4);
    for (const text of [...r.reasons.map((x) => x.text), ...r.others.map((o) => o.why)]) {
      assert.doesNotMatch(text, /\d+ points?|scored|^[+-]?\d+:/);
    }
    for (const o of r.others) assert.ok(o.flip === null || o.wouldNeed === null, o.route);
  });

  overBoth("flips only move an answer the person gave up its ladder: more effort, patience or money", ({ answers, r }) => {
    for (const other of r.others) {
      if (!other.flip) continue;
      assert.ok(other.flip.changes.length <= 2);
      assert.match(other.flip.text, /^If .+, .+ would win\.$/);
      for (const { question, to } of other.flip.changes) {
        const ladder = getQuestion(question).ladder!;
        const from = answers[question] as string;
        assert.notEqual(from, undefined, `${question} was skipped`);
        assert.ok(ladder.indexOf(from) >= 0 && ladder.indexOf(to) > ladder.indexOf(from), `${question}: ${from} -> ${to}`);
        assert.ok(!["role", "experience", "constraints"].includes(question), question);
        if (question === "employer") assert.deepEqual([from, to], ["pm-team-new", "pm-team-settled"]);
      }
    }
  });

  overBoth("a flip makes its route win whatever the skipped questions would be answered", ({ answers, r }) => {
    for (const other of r.others) {
      if (!other.flip) continue;
      const changed: Record<string, unknown> = { ...answers };
      for (const c of other.flip.changes) changed[c.question] = c.to;
      forEachCompletion(toState(changed), (full) => {
        assert.equal(ROUTE_IDS[leader(tally(full))], other.route, other.flip!.text);
      });
    }
  });

  /** The question whose answer a route's "why" names: the answer that ruled it out, or that held it back most. */
  function namedQuestion(answers: Answers, winner: RouteId, other: Recommendation["others"][number]): QuestionId | null {
    const parts = contributions(answers);
    if (other.status === "eliminated") return parts.find((c) => c.effect.eliminates[other.route])!.question;
    if (other.status === "tied") return null;
    const delta = (c: (typeof parts)[number]) => (c.effect.points[winner] ?? 0) - (c.effect.points[other.route] ?? 0);
    const favoured = parts.filter((c) => delta(c) > 0);
    const adding = favoured.filter((c) => (c.effect.points[winner] ?? 0) > 0);
    const pool = adding.length ? adding : favoured;
    const most = Math.max(...pool.map(delta));
    return pool.find((c) => delta(c) === most)!.question;
  }

  overBoth('"would need" names only what the answers given do not meet, and nothing about skipped questions', ({ answers, r }) => {
    for (const other of r.others) {
      const unmet = unmetNeeds(other.route, answers);
      for (const c of unmet) assert.notEqual(answers[c.question], undefined, `${other.route}: ${c.text}`);
      const named = getRoute(other.route).needs.filter((c) => other.wouldNeed?.includes(c.text));
      if (other.flip) {
        assert.equal(other.wouldNeed, null);
        continue;
      }
      // Every unmet need, except the one the line above already names; none that is met or skipped.
      const said = namedQuestion(answers, r.route, other);
      assert.deepEqual(
        named,
        unmet.filter((c) => c.question !== said),
        other.route,
      );
      if (other.wouldNeed) {
        assert.equal(
          other.wouldNeed.startsWith("It would also need"),
          unmet.some((c) => c.question === said),
        );
        // Reads as one sentence: "It would need a deadline more than 3 months away", never "take more than ... before".
        assert.match(other.wouldNeed, /^It would (also )?need [a-z0-9]/);
        assert.doesNotMatch(other.wouldNeed, /need more than|before you need/);
      }
    }
  });

  overBoth(
    "ties say so, and a close second is named only where every skipped answer gives the same one",
    ({ answers, r, view, result }) => {
      const winner = scoreOf(answers, r.route);
      for (const other of r.others) {
        const tied = other.status !== "eliminated" && scoreOf(answers, other.route) === winner;
        assert.equal(other.status === "tied", tied, other.route);
        if (tied) {
          assert.match(other.why, /^The tie went to /);
          // The tie-break really does favour the winner.
          assert.ok(tieRank[ROUTE_IDS.indexOf(r.route)]! < tieRank[ROUTE_IDS.indexOf(other.route)]!);
        }
        if (other.status === "outscored") assert.ok(scoreOf(answers, other.route) < winner);
      }
      // Named only where every completion of the skipped questions has the same best tie.
      const seconds = new Set<number>();
      const winnerIndex = ROUTE_IDS.indexOf(r.route);
      forEachCompletion(toState(answers), (full) => {
        const t = tally(full);
        seconds.add(closeSecondRoute(t.scores, t.eliminated, winnerIndex));
      });
      assert.equal(r.closeSecond, seconds.size === 1 ? routeOrNull([...seconds][0]!) : null);
      if (r.closeSecond) assert.equal(r.closeSecond, r.others.find((o) => o.status === "tied")?.route);
      // It suggests the close second as the place to go only where the checkpoint points there too.
      if (result.closeSecond) {
        const suggests = /checkpoint/.test(result.closeSecond.text);
        assert.equal(suggests, r.closeSecond === r.switchTo, result.closeSecond.text);
      }
      // No heading contradicts its text: the badge follows the status.
      for (const item of view.whyNot) {
        const status = r.others.find((o) => o.route === item.routes[0]!.id)!.status;
        assert.equal(item.badge, { eliminated: copy.result.ruledOut, tied: copy.result.tied, outscored: copy.result.fitLess }[status]);
      }
    },
  );

  overBoth(
    '"mostly because" names an answer that added to the winner where one did, favouring it over that route the most',
    ({ answers, r }) => {
      const parts = contributions(answers);
      for (const other of r.others.filter((o) => o.status === "outscored")) {
        const delta = (c: (typeof parts)[number]) => (c.effect.points[r.route] ?? 0) - (c.effect.points[other.route] ?? 0);
        const favoured = parts.filter((c) => delta(c) > 0);
        assert.ok(favoured.length > 0);
        const adding = favoured.filter((c) => (c.effect.points[r.route] ?? 0) > 0);
        const pool = adding.length ? adding : favoured;
        const most = Math.max(...pool.map(delta));
        const phrases = pool
          .filter((c) => delta(c) === most)
          .map((c) => getQuestion(c.question).options.find((o) => o.id === c.option)!.phrase);
        assert.ok(
          phrases.some((p) => other.why.endsWith(`mostly because ${p}.`)),
          other.why,
        );
      }
    },
  );

  overBoth("routes ruled out by the same answer share one line that names them all", ({ answers, r, view }) => {
    const parts = contributions(answers);
    const by = (route: RouteId) => parts.find((c) => c.effect.eliminates[route]);
    for (const other of r.others.filter((o) => o.status === "eliminated")) {
      const answer = by(other.route)!;
      const group = r.others.filter((o) => o.status === "eliminated" && by(o.route) === answer).map((o) => o.route);
      const together = (scoringSentences[answer.question] as Partial<Record<string, EffectSentences>>)[answer.option]?.eliminatesTogether;
      const expected =
        group.length > 1 && together
          ? copy.together(
              together,
              ROUTE_IDS.filter((x) => group.includes(x)).map((x) => getRoute(x).name),
            )
          : answer.effect.eliminates[other.route];
      assert.equal(other.why, expected);
    }
    // Shown once: the view lists each line a single time.
    const lines = view.whyNot.map((item) => item.why);
    assert.equal(new Set(lines).size, lines.length);
  });

  overBoth(
    "the checkpoint's switch route suits the person, and is named only where the skipped answers cannot change it",
    ({ answers, r, result }) => {
      const winner = ROUTE_IDS.indexOf(r.route);
      const inside = (route: RouteId) => routeFacts[route].insideCompany;
      // The rule on every completion, written out here apart from lib/switch-route.ts.
      const skipped = QUESTION_IDS.filter((q) => answers[q] === undefined);
      const valueAt = new Map<string, RouteId | null>();
      forEachCompletion(toState(answers), (full) => {
        const t = tally(full);
        const full_ = fromState(full);
        const left = DEADLINE_MONTHS[full_.deadline!] - 2;
        const fits = ROUTE_IDS.filter(
          (route, i) =>
            route !== r.route &&
            !(inside(route) && inside(r.route)) &&
            !(t.eliminated & (1 << i)) &&
            t.scores[i]! >= 1 &&
            routeFacts[route].timeToOffer.shortestMonths < left &&
            !(route === "nonprofit" && full_.constraints!.includes("needs-visa")),
        );
        const best = fits.reduce<RouteId | null>((b, route) => {
          if (b === null) return route;
          const [i, j] = [ROUTE_IDS.indexOf(route), ROUTE_IDS.indexOf(b)];
          return t.scores[i]! > t.scores[j]! || (t.scores[i] === t.scores[j] && tieRank[i]! < tieRank[j]!) ? route : b;
        }, null);
        valueAt.set(JSON.stringify(skipped.map((q) => full_[q])), best);
      });
      const values = new Set(valueAt.values());
      if (values.size === 1) {
        assert.deepEqual(r.switchOpen, []);
        assert.equal(r.switchTo, [...values][0]);
      } else {
        assert.equal(r.switchTo, null);
        // The open questions: those where two completions differing only there differ.
        const rows = [...valueAt.entries()].map(([key, value]) => ({
          at: (JSON.parse(key) as unknown[]).map((x) => JSON.stringify(x)),
          value,
        }));
        const open = skipped.filter((_, k) => {
          const groups = new Map<string, Set<RouteId | null>>();
          for (const { at, value } of rows) {
            const rest = at.filter((_, m) => m !== k).join("|");
            groups.set(rest, (groups.get(rest) ?? new Set()).add(value));
          }
          return [...groups.values()].some((g) => g.size > 1);
        });
        assert.deepEqual(r.switchOpen, open);
        assert.ok(open.length > 0);
      }
      assert.notEqual(winner, -1);
      const checkpoint = result.plan.steps.find((s) => s.id === "checkpoint")!;
      if (r.switchOpen.length) assert.match(checkpoint.detail, /your check-in will help you choose/);
      else if (r.switchTo) {
        assert.ok(checkpoint.detail.includes(`switch to ${getRoute(r.switchTo).name}`));
        // Never unpaid volunteering for someone who needs a visa, whatever they skipped.
        if (r.switchTo === "nonprofit") assert.ok(!(answers.constraints ?? []).includes("needs-visa"));
      } else if (result.warnings.length) assert.match(checkpoint.detail, /second door/);
      else assert.match(checkpoint.detail, /no other route fits these answers well/);
    },
  );
});

describe("what is still open", () => {
  it("says what is still open instead of guessing", () => {
    expect(recommend({})).toMatchObject({ status: "open" });
    // The route is all but certain here, but the hours set the pace of the plan.
    const { hours: _, ...withoutHours } = personas[0]!.answers;
    expect(recommend(withoutHours)).toEqual({ status: "open", next: "hours" });
  });

  it("takes every answer set of the previous catalog: every v2 id is still valid", () => {
    // Every option id catalog v2 (2026-11-26.2) offered, written out: never derived from OPTION_IDS,
    // or an id dropped from the catalog would drop out of this test too.
    const v2 = Object.fromEntries(
      `employer: pm-team-settled pm-team-new pm-team-at-risk no-pm-team not-employed
       role: engineering design data customer-facing sales-marketing project-management business other-field student
       pm-work: shipped-with-results some not-yet | experience: new-grad 1-3 4-7 8-plus
       constraints: no-bachelors needs-visa outside-tech-hub | hours: under-3 3-8 8-15 over-15 | funding: yes no
       deadline: under-3-months 3-12-months 12-24-months no-rush | networking: low medium high | building: none no-code code`
        .split(/\n|\|/)
        .map((line) => line.trim().split(/:? +/))
        .map(([question, ...ids]) => [question!, ids]),
    ) as Record<QuestionId, string[]>;
    expect(Object.keys(v2)).toEqual(QUESTION_IDS);
    for (const question of QUESTION_IDS) {
      for (const id of v2[question]) {
        const answers = { ...personas[3]!.answers, [question]: question === "constraints" ? [id] : id };
        expect(Answers.safeParse(answers).success, `${question}: ${id}`).toBe(true);
        expect(recommend(answers as Answers).status, `${question}: ${id}`).toBe("decided");
      }
    }
  });
});

describe("standings", async () => {
  const { standings } = await import("@/lib/standings");

  it("starts with every route in the running", () => {
    expect(standings({}).inRunning).toBe(ROUTE_IDS.length);
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
