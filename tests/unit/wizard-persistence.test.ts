// Restoring the wizard from localStorage: valid, outdated and garbage snapshots.
import { describe, expect, it } from "vitest";
import { transition } from "xstate";
import { copy } from "@/data/copy";
import { CATALOG_VERSION, getQuestion } from "@/data/catalog";
import { nextQuestion } from "@/lib/next-question";
import { restore, serialize, STORAGE_VERSION } from "@/machines/wizard-persistence";
import { wizardSession, type WizardEvent } from "@/machines/wizard-session";
import { FRESH, settle } from "@/machines/wizard-steps";
import { personas } from "../fixtures/personas";
import { Browser } from "../fixtures/wizard-browser";

/** The wizard's first question and an answer to it. */
const FIRST = nextQuestion({})!;
const FIRST_ANSWER = getQuestion(FIRST).options[1]!.id;
const firstAnswered = { [FIRST]: FIRST_ANSWER };

function run(events: WizardEvent[]) {
  const tab = new Browser().open();
  return events.reduce((s, e) => transition(wizardSession, s, e)[0], tab.snapshot);
}

/** What restoring the raw value gives, as a state to go on from (a fresh start when nothing was saved). */
const resume = (raw: string | null) => restore(raw)?.state ?? FRESH;

describe("wizard persistence", () => {
  it("resumes at the same question with the same answers and selection", () => {
    const s = run([{ type: "answer.select", value: FIRST_ANSWER }, { type: "answer.submit" }]);
    const second = s.context.current!;
    const pick = second === "constraints" ? [] : getQuestion(second).options[0]!.id;
    const raw = serialize(transition(wizardSession, s, { type: "answer.select", value: pick })[0].context);
    expect(restore(raw)?.intact).toBe(true);
    const back = resume(raw);
    expect(back.current).toBe(second);
    expect(back.answers).toEqual(firstAnswered);
    expect(back.draft).toEqual(pick);
    expect(back.notice).toBeNull();
  });

  it("resumes on the result", () => {
    const done = settle(personas[0]!.answers);
    expect(done.current).toBeNull();
    expect(restore(serialize(done))).toMatchObject({ state: { current: null, answers: done.answers }, intact: true });
  });

  it("starts fresh without a notice when nothing was stored", () => {
    expect(restore(null)).toBeNull();
  });

  it.each([
    ["not JSON", "{oops"],
    ["JSON of the wrong shape", JSON.stringify({ hello: "world" })],
    ["an unknown option id", JSON.stringify({ version: 1, answers: { [FIRST]: "ceo" } })],
    ["an array", "[1,2,3]"],
    ["null", "null"],
  ])("starts fresh and says so on %s", (_, raw) => {
    expect(restore(raw)).toMatchObject({ state: { answers: {}, current: FIRST, notice: copy.restoreFailed }, intact: false });
  });

  it("keeps the answers of an older storage version", () => {
    const s = resume(JSON.stringify({ version: 1, answers: firstAnswered }));
    expect(s.answers).toEqual(firstAnswered);
    expect(s.notice).toBe(copy.restoreMigrated);
  });

  it("repairs a state name or question that no longer fits the answers", () => {
    const stored = {
      version: STORAGE_VERSION,
      catalog: CATALOG_VERSION,
      state: "result",
      context: { answers: firstAnswered, current: null, draft: null, notice: null },
    };
    const s = resume(JSON.stringify(stored));
    expect(s.current).toBe(nextQuestion(firstAnswered));
    expect(s.answers).toEqual(firstAnswered);
    expect(s.notice).toBe(copy.restoreMigrated);

    const unknownState = JSON.stringify({ ...stored, state: "reviewing" });
    expect(resume(unknownState).notice).toBe(copy.restoreFailed);
  });

  it("rejects a stored draft that is not an answer to the question on screen", () => {
    const stored = {
      version: STORAGE_VERSION,
      catalog: CATALOG_VERSION,
      state: "asking",
      context: { answers: {}, current: FIRST, draft: "astronaut", notice: null },
    };
    expect(resume(JSON.stringify(stored))).toMatchObject({ current: FIRST, draft: null, notice: copy.restoreMigrated });
  });

  it("keeps answers saved under an older catalog but tells the person", () => {
    const stored = {
      version: STORAGE_VERSION,
      catalog: "1999-01-01",
      state: "asking",
      context: { answers: firstAnswered, current: FIRST, draft: null, notice: null },
    };
    const s = resume(JSON.stringify(stored));
    expect(s.answers).toEqual(firstAnswered);
    expect(s.notice).toBe(copy.restoreMigrated);
  });
});
