// The wizard's session machine in two layers: pure transition checks, and paths generated from the
// machine itself (xstate/graph) with an assertion in every state they reach and on every browser
// action each step takes (what it writes to history and storage).
import { describe, expect, it } from "vitest";
import { initialTransition, transition } from "xstate";
import { getShortestPaths, getSimplePaths } from "xstate/graph";
import type { Answers } from "@/data/answers";
import { copy } from "@/data/copy";
import { getQuestion } from "@/data/catalog";
import { QUESTION_IDS, ROUTE_IDS, type QuestionId } from "@/data/ids";
import { emptyState, forEachCompletion, fullWinner } from "../fixtures/answer-space";
import { nextQuestion } from "@/lib/next-question";
import { recommend } from "@/lib/recommend";
import { fromState } from "@/lib/table";
import { keptAnswers, replay, type WizardPath } from "@/lib/wizard-path";
import { resultHref, wizardHref } from "@/lib/addresses";
import { restore, serialize } from "@/machines/wizard-persistence";
import { wizardSession, type WizardEvent, type WizardSessionInput } from "@/machines/wizard-session";
import { addressOf, canOpen, FRESH, questionAt, type Draft, type WizardState } from "@/machines/wizard-steps";
import { personas } from "../fixtures/personas";
import { serverPage, type Session } from "../fixtures/wizard-browser";

/** The wizard's first question and an answer to it. */
const FIRST = nextQuestion({})!;
const FIRST_ANSWER = getQuestion(FIRST).options[1]!.id;

const inputAt = (address: string, stored: string | null = null): WizardSessionInput => ({ ...serverPage(address), address, stored });

/** The wizard at an address, taken over by its script. */
const at = (address = "/wizard", stored: string | null = null) =>
  transition(wizardSession, initialTransition(wizardSession, inputAt(address, stored))[0], { type: "page.hydrate", form: null })[0];

const send = (snapshot: Session, ...events: WizardEvent[]) => events.reduce((s, e) => transition(wizardSession, s, e)[0], snapshot);

const asking = (s: Session) => s.matches({ active: "asking" });
const onResult = (s: Session) => s.matches({ active: "result" });

/** Answers the questions the wizard asks from a full profile until it shows the result. */
function answerAll(snapshot: Session, profile: Required<Answers>): Session {
  let s = snapshot;
  for (let i = 0; asking(s) && i < 20; i++) {
    s = send(s, { type: "answer.select", value: profile[s.context.current!] }, { type: "answer.submit" });
  }
  return s;
}

const screen = ({ answers, current, draft }: WizardState) => ({ answers, current, draft });

/** The path worked out from nothing, the oracle for the one the machine extends step by step (once per answers). */
const pathsFromScratch = new Map<string, WizardPath>();
function fromScratch(answers: Answers): WizardPath {
  const key = JSON.stringify(answers);
  if (!pathsFromScratch.has(key)) pathsFromScratch.set(key, replay(answers));
  return pathsFromScratch.get(key)!;
}

/** Every state must be coherent with the engine and with what the browser shows. */
function assertCoherent(s: Session) {
  const c = s.context;
  expect(c.path).toEqual(fromScratch(c.answers));
  expect(c.path.dropped).toEqual([]);
  expect(keptAnswers(c.path, c.answers)).toEqual(c.answers);
  if (s.matches("arriving")) return;
  if (onResult(s)) {
    expect(c.current).toBeNull();
    expect(recommend(c.answers).status).toBe("decided");
    // The address: the last question's entry, under the result page the answer opened (Back
    // returns to it), or the finished wizard's own address when it arrived finished.
    const question = questionAt(c.address!, c.path);
    expect(question === null ? c.address === addressOf(c, c.compare) : canOpen(c, question)).toBe(true);
  } else {
    expect(asking(s)).toBe(true);
    expect(canOpen(c, c.current!)).toBe(true);
    expect(c.draft === null || s.can({ type: "answer.select", value: c.draft })).toBe(true);
    // The address bar shows the question on screen.
    expect(c.address).toBe(addressOf(c, c.compare));
  }
}

/** One step, checked: the state it reaches, and what it saved restores to exactly that. */
function step(s: Session, event: WizardEvent): Session {
  const [next, actions] = transition(wizardSession, s, event);
  assertCoherent(next);
  for (const action of actions) {
    if (action.type === "save") {
      const saved = restore((action.params as { value: string }).value, next.context.path);
      expect(saved?.intact).toBe(true);
      expect(screen(saved!.state)).toEqual(screen(next.context));
    }
    if (action.type === "showResult") expect(action.params).toEqual({ href: resultHref(next.context.answers) });
  }
  return next;
}

describe("wizard session: transitions", () => {
  it("shows the page the server rendered, saving nothing and touching no history, until the script takes over", () => {
    const [s, actions] = initialTransition(wizardSession, inputAt("/wizard", serialize({ ...FRESH, draft: FIRST_ANSWER })));
    expect(s.value).toBe("arriving");
    expect(s.context).toMatchObject({ answers: {}, current: FIRST, draft: null });
    expect(actions.map((a) => a.type)).toEqual([]);
    expect(send(s, { type: "answer.select", value: FIRST_ANSWER }).context.draft).toBeNull();
    const [taken, effects] = transition(wizardSession, s, { type: "page.hydrate", form: null });
    expect(taken.context).toMatchObject({ current: FIRST, draft: FIRST_ANSWER });
    expect(effects.map((a) => a.type)).toContain("save");
  });

  it("starts on the engine's first question with nothing selected", () => {
    const s = at();
    expect(s.value).toEqual({ active: "asking" });
    expect(s.context).toMatchObject({ answers: {}, current: FIRST, draft: null, notice: null });
  });

  it("ignores Continue with nothing selected and selections that are not options", () => {
    let s = send(at(), { type: "answer.submit" });
    expect(s.context.current).toBe(FIRST);
    s = send(s, { type: "answer.select", value: "pm-team-maybe" });
    expect(s.context.draft).toBeNull();
    s = send(s, { type: "answer.select", value: [FIRST_ANSWER] });
    expect(s.context.draft).toBeNull();
  });

  it.each(personas)("walks $name to the result", ({ answers, route }) => {
    const s = answerAll(at(), answers);
    expect(onResult(s)).toBe(true);
    const result = recommend(s.context.answers);
    expect(result.status === "decided" && result.recommendation.route).toBe(route);
  });

  it("pushes one history entry per question and none for the result, which has a page of its own", () => {
    let s = at();
    const pushed: string[] = [];
    for (let i = 0; asking(s) && i < 20; i++) {
      s = send(s, { type: "answer.select", value: personas[0]!.answers[s.context.current!] });
      const [next, actions] = transition(wizardSession, s, { type: "answer.submit" });
      for (const a of actions) if (a.type === "pushAddress") pushed.push((a.params as { href: string }).href);
      if (onResult(next)) expect(actions.find((a) => a.type === "showResult")?.params).toEqual({ href: resultHref(next.context.answers) });
      s = next;
    }
    expect(pushed).toHaveLength(replay(s.context.answers).asked.length - 1);
  });

  it("goes back one question at a time and keeps the answers", () => {
    const done = answerAll(at(), personas[0]!.answers);
    const { asked } = replay(done.context.answers);
    let s = send(done, { type: "wizard.back" });
    expect(asking(s)).toBe(true);
    expect(s.context.current).toBe(asked.at(-1));
    expect(s.context.draft).toEqual(done.context.answers[asked.at(-1)!]);
    s = send(s, { type: "wizard.back" });
    expect(s.context.current).toBe(asked.at(-2));
    // Continue with the same answers returns to the same result.
    s = send(s, { type: "answer.submit" }, { type: "answer.submit" });
    expect(onResult(s)).toBe(true);
  });

  it("cannot go back from the first question", () => {
    const s = send(at(), { type: "wizard.back" });
    expect(s.context.current).toBe(FIRST);
  });

  it("sets aside answers that can no longer change the result after an earlier change, and says so", () => {
    // The consultant: once an offer is needed within a year, a degree is out and funding one
    // no longer matters.
    const done = answerAll(at(), personas[1]!.answers);
    expect(done.context.answers.funding).toBe("yes");
    let s = send(done, { type: "history.pop", address: wizardHref(done.context.answers, "deadline") });
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
    const done = answerAll(at(), personas[0]!.answers);
    let s = send(done, { type: "history.pop", address: wizardHref(done.context.answers, "employer") });
    s = send(s, { type: "answer.select", value: "pm-team-new" }, { type: "answer.submit" });
    expect(s.context.notice).toBeNull();
    expect(s.context.answers).toMatchObject({ role: "customer-facing", experience: "1-3" });
    const asked: QuestionId[] = [];
    for (let i = 0; asking(s) && i < 20; i++) {
      asked.push(s.context.current!);
      s = send(s, { type: "answer.select", value: personas[0]!.answers[s.context.current!] }, { type: "answer.submit" });
    }
    expect(onResult(s)).toBe(true);
    expect(asked).not.toContain("role");
    expect(asked).not.toContain("experience");
  });

  it("restarts from scratch, as a new history entry", () => {
    const done = answerAll(at(), personas[1]!.answers);
    const [s, actions] = transition(wizardSession, done, { type: "wizard.restart" });
    expect(s.context).toMatchObject({ answers: {}, current: FIRST, draft: null, notice: copy.restarted });
    expect(actions.find((a) => a.type === "pushAddress")?.params).toEqual({ href: "/wizard" });
  });

  it("opens at the answers and question of its address", () => {
    const preset = { [FIRST]: FIRST_ANSWER } as Answers;
    expect(at(wizardHref(preset, null)).context).toMatchObject({ answers: preset, current: nextQuestion(preset), draft: null });
    expect(at(wizardHref(preset, FIRST)).context).toMatchObject({ answers: preset, current: FIRST, draft: FIRST_ANSWER });
  });

  it("carries a re-run's comparison into every address and the result", () => {
    let s = at("/wizard?compare=abc");
    expect(s.context.compare).toBe("abc");
    s = answerAll(s, personas[0]!.answers);
    expect(s.context.address).toContain("compare=abc");
    expect(
      transition(wizardSession, send(s, { type: "wizard.back" }), { type: "answer.submit" })[1].find((a) => a.type === "showResult")
        ?.params,
    ).toEqual({
      href: resultHref(s.context.answers, "abc"),
    });
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

/** What another tab might save: starting over there, or something unreadable. */
const otherTab = [serialize({ ...FRESH, notice: copy.restarted }), "{oops"];

function events(s: Session): WizardEvent[] {
  if (s.matches("arriving")) return [{ type: "page.hydrate", form: null }];
  const { answers, path, current } = s.context;
  const offPath = QUESTION_IDS.find((q) => !canOpen(s.context, q))!;
  const common: WizardEvent[] = [
    { type: "wizard.back" },
    { type: "wizard.restart" },
    { type: "notice.dismiss" },
    // Back to the first entry (the first question, before any answer), and to a question no longer on the path.
    { type: "history.pop", address: "/wizard" },
    { type: "history.pop", address: wizardHref(answers, offPath) },
  ];
  if (onResult(s)) return common;
  const q = current as QuestionId;
  const consistent = witnesses.filter((w) => path.asked.every((a) => JSON.stringify(w[a]) === JSON.stringify(answers[a])));
  const values = new Set((consistent.length ? consistent : witnesses.slice(0, 1)).map((w) => JSON.stringify(w[q])));
  return [
    ...[...values].map((v): WizardEvent => ({ type: "answer.select", value: JSON.parse(v) as Draft })),
    { type: "answer.submit" },
    ...otherTab.map((stored): WizardEvent => ({ type: "storage.change", stored })),
    ...common,
  ];
}

describe("wizard session: generated paths", () => {
  it("reaches every question and every route's result by shortest paths, checking the step into each state", () => {
    const paths = getShortestPaths(wizardSession, {
      input: inputAt("/wizard"),
      events,
      serializeState: (s) =>
        `${JSON.stringify(s.value)}|${JSON.stringify(s.context.answers)}|${s.context.current}|${JSON.stringify(s.context.draft)}`,
    });
    const questions = new Set<string>();
    const routes = new Set<string>();
    for (const path of paths) {
      // Each state once, with the step that first reaches it (steps run from the initial state).
      const last = path.steps.at(-1)!;
      const s = path.steps.length > 1 ? step(path.steps.at(-2)!.state, last.event) : path.state;
      if (asking(s)) questions.add(s.context.current!);
      if (onResult(s)) {
        const r = recommend(s.context.answers);
        if (r.status === "decided") routes.add(r.recommendation.route);
      }
    }
    expect([...routes].sort()).toEqual([...ROUTE_IDS].sort());
    expect(questions.size).toBe(QUESTION_IDS.length);
  });

  it("takes every transition from every state reached by simple paths", () => {
    const paths = getSimplePaths(wizardSession, {
      input: inputAt("/wizard"),
      // one selection per question keeps the number of simple paths small
      events: (s) => {
        const all = events(s);
        const firstSelect = all.find((e) => e.type === "answer.select");
        return all.filter((e) => e.type !== "answer.select" || e === firstSelect);
      },
      serializeState: (s) => `${JSON.stringify(s.value)}|${s.context.current}|${s.context.draft !== null}|${s.context.notice !== null}`,
    });
    const covered = new Set<string>();
    for (const path of paths) {
      const s = path.state;
      assertCoherent(s);
      for (const event of events(s)) {
        const next = step(s, event);
        const changed = JSON.stringify([next.value, next.context]) !== JSON.stringify([s.value, s.context]);
        if (changed) covered.add(`${typeof s.value === "string" ? s.value : Object.values(s.value)[0]}:${event.type}`);
      }
    }
    // Every event the machine handles, taken from each state where it does something (notices
    // are global; the generated paths never reach a result with a notice still showing).
    expect([...covered].sort()).toEqual([
      "arriving:page.hydrate",
      "asking:answer.select",
      "asking:answer.submit",
      "asking:history.pop",
      "asking:notice.dismiss",
      "asking:storage.change",
      "asking:wizard.back",
      "asking:wizard.restart",
      "result:history.pop",
      "result:wizard.back",
      "result:wizard.restart",
    ]);
  });
});
