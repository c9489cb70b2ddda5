// The wizard machine in two layers: pure transition checks, and paths generated from the machine
// itself (xstate/graph) with an assertion in every state they reach.
import { describe, expect, it } from "vitest";
import { createActor, initialTransition, transition, type SnapshotFrom } from "xstate";
import { getShortestPaths, getSimplePaths } from "xstate/graph";
import type { Answers } from "@/data/answers";
import { copy } from "@/data/copy";
import { getQuestion } from "@/data/catalog";
import { QUESTION_IDS, ROUTE_IDS, type QuestionId } from "@/data/ids";
import { nextQuestion } from "@/lib/next-question";
import { emptyState, forEachCompletion, fullWinner } from "@/lib/answer-space";
import { recommend } from "@/lib/recommend";
import { fromState } from "@/lib/table";
import { keptAnswers, replay } from "@/lib/wizard-path";
import { wizardMachine, type WizardEvent } from "@/machines/wizard-machine";
import { personas } from "../fixtures/personas";

type Snapshot = SnapshotFrom<typeof wizardMachine>;

/** The wizard's first question and an answer to it. */
const FIRST = nextQuestion({})!;
const FIRST_ANSWER = getQuestion(FIRST).options[1]!.id;

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
  expect(keptAnswers(path, s.context.answers)).toEqual(s.context.answers);
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
  it("starts on the engine's first question with nothing selected", () => {
    const s = start();
    expect(s.value).toBe("asking");
    expect(s.context).toMatchObject({ answers: {}, current: FIRST, draft: null });
  });

  it("ignores Continue with nothing selected and selections that are not options", () => {
    let s = send(start(), { type: "answer.submit" });
    expect(s.context.current).toBe(FIRST);
    s = send(s, { type: "answer.select", value: "pm-team-maybe" });
    expect(s.context.draft).toBeNull();
    s = send(s, { type: "answer.select", value: [FIRST_ANSWER] });
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
    let s = send(start(), { type: "answer.select", value: FIRST_ANSWER });
    s = send(s, { type: "answer.change", question: FIRST });
    expect(s.context).toMatchObject({ current: FIRST, draft: FIRST_ANSWER });
  });

  it("keeps a restore notice when the question on screen is opened again (a reload at ?q=…)", () => {
    const actor = createActor(wizardMachine, { input: { notice: copy.restoreFailed } }).start();
    actor.send({ type: "answer.change", question: FIRST });
    expect(actor.getSnapshot().context).toMatchObject({ current: FIRST, notice: copy.restoreFailed });
    actor.stop();
  });

  it("cannot go back from the first question", () => {
    const s = send(start(), { type: "wizard.back" });
    expect(s.context.current).toBe(FIRST);
  });

  it("sets aside answers that can no longer change the result after an earlier change, and says so", () => {
    // The consultant: once an offer is needed within a year, a degree is out and funding one
    // no longer matters.
    const done = answerAll(start(), personas[1]!.answers);
    expect(done.context.answers.funding).toBe("yes");
    let s = send(done, { type: "answer.change", question: "deadline" });
    expect(s.context).toMatchObject({ current: "deadline", draft: "no-rush" });
    s = send(s, { type: "answer.select", value: "3-12-months" }, { type: "answer.submit" });
    expect(s.context.answers.deadline).toBe("3-12-months");
    expect(s.context.answers.funding).toBeUndefined();
    expect(s.context.notice).toBe(copy.setAside(["funding a degree"]));
    assertCoherent(s);
  });

  it("keeps later answers that still matter and uses them without asking again", () => {
    // The customer-success lead moves to a company where they are not yet past the bar: the
    // path changes, but their role and years still matter and are not asked again.
    const done = answerAll(start(), personas[0]!.answers);
    let s = send(done, { type: "answer.change", question: "employer" });
    s = send(s, { type: "answer.select", value: "pm-team-new" }, { type: "answer.submit" });
    expect(s.context.notice).toBeNull();
    expect(s.context.answers).toMatchObject({ role: "customer-facing", experience: "1-3" });
    const asked: QuestionId[] = [];
    for (let i = 0; s.matches("asking") && i < 20; i++) {
      asked.push(s.context.current!);
      s = send(s, { type: "answer.select", value: personas[0]!.answers[s.context.current!] }, { type: "answer.submit" });
    }
    expect(s.value).toBe("result");
    expect(asked).not.toContain("role");
    expect(asked).not.toContain("experience");
  });

  it("restarts from scratch", () => {
    const done = answerAll(start(), personas[1]!.answers);
    const s = send(done, { type: "wizard.restart" });
    expect(s.context).toMatchObject({ answers: {}, current: FIRST, draft: null, notice: copy.restarted });
  });

  it("accepts preset answers as input and continues where they lead", () => {
    const preset = { [FIRST]: FIRST_ANSWER } as Answers;
    const actor = createActor(wizardMachine, { input: { answers: preset } }).start();
    expect(actor.getSnapshot().context).toMatchObject({ answers: preset, current: nextQuestion(preset), draft: null });
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
  if (asked[0]) common.push({ type: "answer.change", question: asked[0] });
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
      events,
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
    expect(questions.size).toBe(QUESTION_IDS.length);
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
      "asking:answer.change", "asking:answer.select", "asking:answer.submit",
      "asking:notice.dismiss", "asking:wizard.back", "asking:wizard.restart",
      "result:answer.change", "result:wizard.back", "result:wizard.restart",
    ]);
  });
});
