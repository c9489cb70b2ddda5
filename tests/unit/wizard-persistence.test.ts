// Restoring the wizard from localStorage: valid, outdated and garbage snapshots.
import { describe, expect, it } from "vitest";
import { createActor } from "xstate";
import { copy } from "@/data/copy";
import { CATALOG_VERSION, getQuestion } from "@/data/catalog";
import { nextQuestion } from "@/lib/next-question";
import { wizardMachine, type WizardEvent } from "@/machines/wizard-machine";
import { restore, serialize, STORAGE_VERSION } from "@/machines/wizard-persistence";
import { personas } from "../fixtures/personas";

/** The wizard's first question and an answer to it. */
const FIRST = nextQuestion({})!;
const FIRST_ANSWER = getQuestion(FIRST).options[1]!.id;
const firstAnswered = { [FIRST]: FIRST_ANSWER };

function run(events: WizardEvent[]) {
  const actor = createActor(wizardMachine, { input: {} }).start();
  for (const e of events) actor.send(e);
  return actor;
}

const resume = (raw: string | null) => {
  const r = restore(raw);
  return createActor(wizardMachine, r).start();
};

describe("wizard persistence", () => {
  it("resumes at the same question with the same answers and selection", () => {
    const actor = run([
      { type: "answer.select", value: FIRST_ANSWER },
      { type: "answer.submit" },
    ]);
    const second = actor.getSnapshot().context.current!;
    const pick = second === "constraints" ? [] : getQuestion(second).options[0]!.id;
    actor.send({ type: "answer.select", value: pick });
    const raw = serialize(actor.getSnapshot());
    const back = resume(raw).getSnapshot();
    expect(back.value).toBe("asking");
    expect(back.context.current).toBe(second);
    expect(back.context.answers).toEqual(firstAnswered);
    expect(back.context.draft).toEqual(pick);
    expect(back.context.notice).toBeNull();
  });

  it("resumes on the result", () => {
    const actor = createActor(wizardMachine, {
      input: { answers: personas[0]!.answers },
    }).start();
    expect(actor.getSnapshot().value).toBe("result");
    const back = resume(serialize(actor.getSnapshot())).getSnapshot();
    expect(back.value).toBe("result");
  });

  it("starts fresh without a notice when nothing was stored", () => {
    const s = resume(null).getSnapshot();
    expect(s.context).toMatchObject({ answers: {}, current: FIRST, notice: null });
  });

  it.each([
    ["not JSON", "{oops"],
    ["JSON of the wrong shape", JSON.stringify({ hello: "world" })],
    ["an unknown option id", JSON.stringify({ version: 1, answers: { [FIRST]: "ceo" } })],
    ["an array", "[1,2,3]"],
    ["null", "null"],
  ])("starts fresh and says so on %s", (_, raw) => {
    const s = resume(raw).getSnapshot();
    expect(s.context).toMatchObject({ answers: {}, current: FIRST, notice: copy.restoreFailed });
  });

  it("keeps the answers of an older storage version", () => {
    const s = resume(JSON.stringify({ version: 1, answers: firstAnswered })).getSnapshot();
    expect(s.context.answers).toEqual(firstAnswered);
    expect(s.context.notice).toBe(copy.restoreMigrated);
  });

  it("repairs a state name or question that no longer fits the answers", () => {
    const stored = {
      version: STORAGE_VERSION,
      catalog: CATALOG_VERSION,
      state: "result",
      context: { answers: firstAnswered, current: null, draft: null, notice: null },
    };
    const s = resume(JSON.stringify(stored)).getSnapshot();
    expect(s.value).toBe("asking");
    expect(s.context.answers).toEqual(firstAnswered);
    expect(s.context.notice).toBe(copy.restoreMigrated);

    const unknownState = JSON.stringify({ ...stored, state: "reviewing" });
    expect(resume(unknownState).getSnapshot().context.notice).toBe(copy.restoreFailed);
  });

  it("rejects a stored draft that is not an answer to the question on screen", () => {
    const stored = {
      version: STORAGE_VERSION,
      catalog: CATALOG_VERSION,
      state: "asking",
      context: { answers: {}, current: FIRST, draft: "astronaut", notice: null },
    };
    const s = resume(JSON.stringify(stored)).getSnapshot();
    expect(s.context).toMatchObject({ current: FIRST, draft: null, notice: copy.restoreMigrated });
  });

  it("keeps answers saved under an older catalog but tells the person", () => {
    const stored = {
      version: STORAGE_VERSION,
      catalog: "1999-01-01",
      state: "asking",
      context: { answers: firstAnswered, current: FIRST, draft: null, notice: null },
    };
    const s = resume(JSON.stringify(stored)).getSnapshot();
    expect(s.context.answers).toEqual(firstAnswered);
    expect(s.context.notice).toBe(copy.restoreMigrated);
  });
});
