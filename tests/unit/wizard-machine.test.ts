// The wizard machine in two layers: pure transition checks, and paths generated from the machine
// itself (xstate/graph) with an assertion in every state they reach.
import { describe, expect, it } from "vitest";
import { createActor, initialTransition, transition, type SnapshotFrom } from "xstate";
import { getShortestPaths, getSimplePaths } from "xstate/graph";
import type { Answers } from "@/data/answers";
import { ROUTE_IDS, type QuestionId } from "@/data/ids";
import { emptyState, forEachCompletion, fullWinner } from "@/lib/answer-space";
import { recommend } from "@/lib/recommend";
import { fromState } from "@/lib/table";
import { replay } from "@/lib/wizard-path";
import { wizardMachine, type WizardEvent } from "@/machines/wizard-machine";
import { personas } from "../fixtures/personas";

type Snapshot = SnapshotFrom<typeof wizardMachine>;

const start = () => initialTransition(wizardMachine, {})[0];
const send = (snapshot: Snapshot, ...events: WizardEvent[]) =>
  events.reduce((s, e) => transition(wizardMachine, s, e)[0], snapshot);

/** Answers the questions the wizard asks from a full profile until it shows the result. */
function answerAll(snapshot: Snapshot, profile: Required<Answers>): Snapshot {
  let s = snapshot;
  for (let i = 0; s.matches("asking") && i < 20; i++) {
    s = send(s, { type: "answer.select", value: profile[s.context.current!] }, { type: "answer.submit" });
  }
  return s;
}

/** Every state must be coherent with the engine: this runs at the end of each generated path. */
function assertCoherent(s: Snapshot) {
  const path = replay(s.context.answers);
  expect(path.dropped).toEqual([]);
  if (s.matches("result")) {
    expect(s.context.current).toBeNull();
    expect(recommend(s.context.answers).status).toBe("decided");
  } else {
    expect(s.matches("asking")).toBe(true);
    const current = s.context.current!;
    expect(path.asked.includes(current) || path.next === current).toBe(true);
  }
}

describe("wizard machine: transitions", () => {
  it("starts on the first question with nothing selected", () => {
    const s = start();
    expect(s.value).toBe("asking");
    expect(s.context).toMatchObject({ answers: {}, current: "employer", draft: null });
  });

  it("ignores Continue with nothing selected and selections that are not options", () => {
    let s = send(start(), { type: "answer.submit" });
    expect(s.context.current).toBe("employer");
    s = send(s, { type: "answer.select", value: "pm-team-maybe" });
    expect(s.context.draft).toBeNull();
    s = send(s, { type: "answer.select", value: ["no-pm-team"] });
    expect(s.context.draft).toBeNull();
  });

  it.each(personas)("walks $name to the result", ({ answers, route }) => {
    const s = answerAll(start(), answers);
    expect(s.value).toBe("result");
    const result = recommend(s.context.answers);
    expect(result.status === "decided" && result.recommendation.route).toBe(route);
  });

  it("goes back one question at a time and keeps the answers", () => {
    const done = answerAll(start(), personas[0]!.answers);
    const { asked } = replay(done.context.answers);
    let s = send(done, { type: "wizard.back" });
    expect(s.value).toBe("asking");
    expect(s.context.current).toBe(asked.at(-1));
    expect(s.context.draft).toEqual(done.context.answers[asked.at(-1)!]);
    s = send(s, { type: "wizard.back" });
    expect(s.context.current).toBe(asked.at(-2));
    // Continue with the same answers returns to the same result.
    s = send(s, { type: "answer.submit" }, { type: "answer.submit" });
    expect(s.value).toBe("result");
  });

  it("keeps the selection when the question on screen is opened again (a reload at ?q=…)", () => {
    let s = send(start(), { type: "answer.select", value: "no-pm-team" });
    s = send(s, { type: "answer.change", question: "employer" });
    expect(s.context).toMatchObject({ current: "employer", draft: "no-pm-team" });
  });

  it("cannot go back from the first question", () => {
    const s = send(start(), { type: "wizard.back" });
    expect(s.context.current).toBe("employer");
  });

  it("drops later answers that no longer apply after an earlier change, and says so", () => {
    // The developer without a degree: once their deadline is "no rush", hours stop mattering.
    const done = answerAll(start(), personas[2]!.answers);
    expect(done.context.answers.hours).toBe("8-15");
    let s = send(done, { type: "answer.change", question: "deadline" });
    expect(s.context).toMatchObject({ current: "deadline", draft: "3-12-months" });
    s = send(s, { type: "answer.select", value: "under-3-months" }, { type: "answer.submit" });
    expect(s.context.answers.deadline).toBe("under-3-months");
    expect(replay(s.context.answers).dropped).toEqual([]);
    const kept = Object.keys(s.context.answers);
    const dropped = Object.keys(done.context.answers).filter((q) => !kept.includes(q));
    expect(dropped.length).toBeGreaterThan(0);
    expect(s.context.notice).toMatch(/no longer changes? the result, so we set (it|them) aside/);
  });

  it("recomputes the result when an answer is set from the result page", () => {
    const done = answerAll(start(), personas[3]!.answers);
    const s = send(done, { type: "answer.set", question: "networking", value: "low" });
    assertCoherent(s);
    expect(s.context.answers.networking === "low" || s.context.notice).toBeTruthy();
  });

  it("restarts from scratch", () => {
    const done = answerAll(start(), personas[1]!.answers);
    const s = send(done, { type: "wizard.restart" });
    expect(s.context).toMatchObject({ answers: {}, current: "employer", draft: null });
    expect(s.context.notice).toBeTruthy();
  });

  it("accepts preset answers as input and continues where they lead", () => {
    const actor = createActor(wizardMachine, { input: { answers: { employer: "no-pm-team" } } }).start();
    expect(actor.getSnapshot().context.current).not.toBe("employer");
    actor.stop();
  });
});

/** One full profile per route, found in the answer space, so generated paths reach every route. */
const witnesses: Required<Answers>[] = (() => {
  const found = new Map<number, Required<Answers>>();
  forEachCompletion(emptyState(), (full) => {
    const w = fullWinner(full);
    if (!found.has(w)) found.set(w, fromState(full.slice()) as Required<Answers>);
  });
  return ROUTE_IDS.map((_, i) => found.get(i)!);
})();

function events(s: Snapshot): WizardEvent[] {
  const { answers, current } = s.context;
  const asked = replay(answers).asked;
  const common: WizardEvent[] = [{ type: "wizard.back" }, { type: "wizard.restart" }, { type: "notice.dismiss" }];
  if (asked[0]) {
    common.push({ type: "answer.change", question: asked[0] });
    const other = witnesses.find((w) => JSON.stringify(w[asked[0]!]) !== JSON.stringify(answers[asked[0]!]));
    if (other) common.push({ type: "answer.set", question: asked[0], value: other[asked[0]] });
  }
  if (s.matches("result")) return common;
  const q = current as QuestionId;
  const consistent = witnesses.filter((w) => asked.every((a) => JSON.stringify(w[a]) === JSON.stringify(answers[a])));
  const values = new Set((consistent.length ? consistent : witnesses.slice(0, 1)).map((w) => JSON.stringify(w[q])));
  return [
    ...[...values].map((v): WizardEvent => ({ type: "answer.select", value: JSON.parse(v) })),
    { type: "answer.submit" },
    ...common,
  ];
}

describe("wizard machine: generated paths", () => {
  it("reaches every question and every route's result by shortest paths", () => {
    const paths = getShortestPaths(wizardMachine, {
      input: {},
      events: (s) => events(s).filter((e) => e.type !== "answer.set"),
      serializeState: (s) =>
        `${String(s.value)}|${JSON.stringify(s.context.answers)}|${s.context.current}|${JSON.stringify(s.context.draft)}`,
    });
    const questions = new Set<string>();
    const routes = new Set<string>();
    for (const path of paths) {
      const s = path.state as Snapshot;
      assertCoherent(s);
      if (s.matches("asking")) questions.add(s.context.current!);
      else {
        const r = recommend(s.context.answers);
        if (r.status === "decided") routes.add(r.recommendation.route);
      }
    }
    expect([...routes].sort()).toEqual([...ROUTE_IDS].sort());
    expect(questions.size).toBe(9);
  });

  it("takes every transition from every state reached by simple paths", () => {
    const paths = getSimplePaths(wizardMachine, {
      input: {},
      // one selection per question keeps the number of simple paths small
      events: (s) => {
        const all = events(s);
        const firstSelect = all.find((e) => e.type === "answer.select");
        return all.filter((e) => e.type !== "answer.select" || e === firstSelect);
      },
      serializeState: (s) =>
        `${String(s.value)}|${s.context.current}|${s.context.draft !== null}|${s.context.notice !== null}`,
    });
    const covered = new Set<string>();
    for (const path of paths) {
      const s = path.state as Snapshot;
      assertCoherent(s);
      for (const event of events(s)) {
        const next = send(s, event);
        assertCoherent(next);
        const changed = JSON.stringify([next.value, next.context]) !== JSON.stringify([s.value, s.context]);
        if (changed) covered.add(`${String(s.value)}:${event.type}`);
      }
    }
    // Every event the machine handles, taken from each state where it does something (notices
    // are global; the generated paths never reach a result with a notice still showing).
    expect([...covered].sort()).toEqual([
      "asking:answer.change", "asking:answer.select", "asking:answer.set", "asking:answer.submit",
      "asking:notice.dismiss", "asking:wizard.back", "asking:wizard.restart",
      "result:answer.change", "result:answer.set", "result:wizard.back",
      "result:wizard.restart",
    ]);
  });
});
