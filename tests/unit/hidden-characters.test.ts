// What a title may hold: everything people write (accents, scripts with several marks on a letter,
// emoji with their variation selectors, ideographic variants), and nothing that looks blank or
// piles up over the lines around it.
import { describe, expect, it } from "vitest";
import { firstHiddenCharacter, hasTooManyMarks, MAX_MARKS_IN_A_ROW, withoutHiddenCharacters } from "@/lib/hidden-characters";
import { Title } from "@/lib/plan-title";

describe("hidden characters", () => {
  it.each([
    ["\u034f", "U+034F"], // combining grapheme joiner: a mark that draws nothing
    ["a\u034fb", "U+034F"],
    ["\u17b4", "U+17B4"], // Khmer inherent vowels: invisible by design
    ["\u17b5 plan", "U+17B5"],
    ["\ufe0f\ufe0f", "U+FE0F"], // variation selectors with nothing to select
    ["plan \ufe0f", "U+FE0F"],
    ["\u2764\ufe0f\ufe0f", "U+FE0F"], // the second selects nothing
    ["\u{E0100}", "U+E0100"],
    ["\u3164", "U+3164"],
    ["\u202egnp.exe", "U+202E"],
  ])("refuses %j (%s)", (title, code) => {
    expect(firstHiddenCharacter(title)).toBe(code);
    expect(Title.safeParse(title).success).toBe(false);
  });

  it.each([
    "\u2764\ufe0f my plan", // ❤️
    "1\ufe0f\u20e3 first", // 1️⃣
    "\u263a\ufe0e text style", // ☺︎
    "\u845b\u{E0100}", // an ideographic variant of 葛
    "\u1820\u180b", // a Mongolian letter with its free variation selector
    "\u{1F3F3}\ufe0f\u200d\u{1F308} pride", // 🏳️‍🌈
    "Tie\u0302\u0301ng Vie\u0323\u0302t", // Vietnamese written with combining marks
    "\u05e9\u05c1\u05b8\u05dc\u05d5\u05b9\u05dd", // Hebrew with its points
    "\u0f56\u0f66\u0f92\u0fb2\u0f74\u0f56\u0f66", // Tibetan: stacked letters are marks
    "\u0915\u094d\u0937\u093f", // Devanagari conjunct
  ])("keeps %j", (title) => {
    expect(firstHiddenCharacter(title)).toBeNull();
    expect(hasTooManyMarks(title)).toBe(false);
    expect(Title.parse(title)).toBe(title);
  });

  it(`refuses more than ${MAX_MARKS_IN_A_ROW} marks on one letter, and says so`, () => {
    const zalgo = `a${"\u0301".repeat(110)}`;
    expect(firstHiddenCharacter(zalgo)).toBeNull();
    expect(hasTooManyMarks(zalgo)).toBe(true);
    expect(hasTooManyMarks(`a${"\u0301".repeat(MAX_MARKS_IN_A_ROW)}`)).toBe(false);
    const parsed = Title.safeParse(zalgo);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe(`has more than ${MAX_MARKS_IN_A_ROW} accents or other marks on one letter`);
  });

  it("leaves out of a stored title what is refused now", () => {
    expect(withoutHiddenCharacters("a\u034fb \ufe0f\ufe0f\u{E0100}c\ufe0f\ufe0f")).toBe("ab c\ufe0f");
    expect(withoutHiddenCharacters(`a${"\u0301".repeat(110)}b`)).toBe(`a${"\u0301".repeat(MAX_MARKS_IN_A_ROW)}b`);
    expect(withoutHiddenCharacters("\u2764\ufe0f \u845b\u{E0100}")).toBe("\u2764\ufe0f \u845b\u{E0100}");
  });
});
