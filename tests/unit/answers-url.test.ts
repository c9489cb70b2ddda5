import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Answers } from "@/data/answers";
import { OPTION_IDS, QUESTION_IDS } from "@/data/ids";
import { isAnswer, toAnswers } from "@/lib/answer-values";
import { answersFromSearch, answersToSearch } from "@/lib/answers-url";

const partialAnswers = fc.record(
  {
    employer: fc.constantFrom(...OPTION_IDS.employer),
    role: fc.constantFrom(...OPTION_IDS.role),
    constraints: fc.subarray([...OPTION_IDS.constraints]),
    hours: fc.constantFrom(...OPTION_IDS.hours),
    building: fc.constantFrom(...OPTION_IDS.building),
  },
  { requiredKeys: [] },
);

describe("answers in a URL", () => {
  it("round-trips any answers, including an empty constraints list", () => {
    fc.assert(
      fc.property(partialAnswers, (answers) => {
        expect(answersFromSearch(new URLSearchParams(answersToSearch(answers)))).toEqual(answers);
      }),
    );
  });

  it("reads repeated checkbox values as a list, as a GET form sends them", () => {
    const parsed = answersFromSearch(new URLSearchParams("constraints=needs-visa&constraints=no-bachelors&x=1"));
    expect(parsed).toEqual({ constraints: ["needs-visa", "no-bachelors"] });
  });

  it("rejects unknown options and repeated single answers", () => {
    expect(answersFromSearch({ employer: "ceo" })).toBeNull();
    expect(answersFromSearch({ employer: ["no-pm-team", "pm-team-new"] })).toBeNull();
    expect(answersFromSearch({ constraints: "needs-visa,needs-visa" })).toBeNull();
  });
});

describe("answers from the change-an-answer form", () => {
  it("treats an empty select as not answered and a lone hidden constraints field as none", () => {
    const parsed = answersFromSearch(new URLSearchParams("employer=&role=design&constraints="));
    expect(parsed).toEqual({ role: "design", constraints: [] });
  });
});

describe("checking answers without zod (lib/answer-values.ts)", () => {
  // Values that are sometimes answers: real option ids, ids of other questions, junk, lists.
  const someId = fc.constantFrom(...Object.values(OPTION_IDS).flat(), "ceo", "", "__proto__");
  const value = fc.oneof(someId, fc.array(someId, { maxLength: 4 }), fc.integer(), fc.constant(null), fc.jsonValue());
  const key = fc.constantFrom(...QUESTION_IDS, "salary", "__proto__", "toString");
  const candidate = fc.oneof(fc.dictionary(key, value), fc.jsonValue());

  it("accepts exactly what the server's Answers schema accepts, with the same result", () => {
    let accepted = 0;
    fc.assert(
      fc.property(candidate, (raw) => {
        const checked = toAnswers(raw);
        const parsed = Answers.safeParse(raw);
        expect(checked !== null).toBe(parsed.success);
        if (checked && parsed.success) {
          accepted++;
          expect(checked).toEqual(parsed.data);
        }
      }),
      { numRuns: 5000 },
    );
    expect(accepted).toBeGreaterThan(100);
  });

  it("accepts an answer to one question exactly as the schema does", () => {
    fc.assert(
      fc.property(fc.constantFrom(...QUESTION_IDS), value, (question, v) => {
        expect(isAnswer(question, v)).toBe(Answers.safeParse({ [question]: v }).success);
      }),
      { numRuns: 5000 },
    );
  });
});
