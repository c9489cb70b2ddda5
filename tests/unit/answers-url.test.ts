import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OPTION_IDS } from "@/data/ids";
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
        const parsed = answersFromSearch(new URLSearchParams(answersToSearch(answers)));
        expect(parsed.success && parsed.data).toEqual(answers);
      }),
    );
  });

  it("reads repeated checkbox values as a list, as a GET form sends them", () => {
    const parsed = answersFromSearch(new URLSearchParams("constraints=needs-visa&constraints=no-bachelors&x=1"));
    expect(parsed.success && parsed.data).toEqual({ constraints: ["needs-visa", "no-bachelors"] });
  });

  it("rejects unknown options and repeated single answers", () => {
    expect(answersFromSearch({ employer: "ceo" }).success).toBe(false);
    expect(answersFromSearch({ employer: ["no-pm-team", "pm-team-new"] }).success).toBe(false);
  });
});

describe("answers from the change-an-answer form", () => {
  it("treats an empty select as not answered and a lone hidden constraints field as none", () => {
    const parsed = answersFromSearch(new URLSearchParams("employer=&role=design&constraints="));
    expect(parsed.success && parsed.data).toEqual({ role: "design", constraints: [] });
  });
});
