// Characters that change how a title looks without being seen: direction overrides and isolates
// (a reversed "gnp.exe"), zero-width and other format characters, controls, line separators,
// blank-looking letters, lone UTF-16 surrogates (stored as invalid UTF-8, read back as U+FFFD),
// and everything Unicode says to draw as nothing (Default_Ignorable_Code_Point: the combining
// grapheme joiner U+034F, Khmer's inherent vowels U+17B4/U+17B5, Hangul fillers, tag characters).
// What writing needs stays: joiners inside an emoji sequence or a word (Persian, Indic scripts),
// a variation selector right after the character it selects a form of (❤️, 1️⃣, 葛󠄀; one that
// stands alone selects nothing), and tag characters only as one of the subdivision flags Unicode
// recommends (RGI_SUBDIVISION_FLAGS): any other run of tags is text nobody sees, which a reader
// (or a program reading the page) would still get.
// Combining marks are writing too, but not a hundred on one letter (text that spills over the
// lines around it): at most MAX_MARKS_IN_A_ROW, which no language's spelling needs more than. A
// joiner between two marks does not start a new letter, so the marks on both sides count together.

/**
 * The subdivision flags recommended for general interchange (RGI, Unicode's emoji-test.txt): 🏴,
 * the subdivision's code spelled in tag characters, then CANCEL TAG. Unicode lists exactly these three.
 */
const RGI_SUBDIVISION_FLAGS = { England: "gbeng", Scotland: "gbsct", Wales: "gbwls" } as const;

/** A subdivision code spelled in tag characters (each ASCII character moved to U+E0000 + its code), as regex source. */
const inTags = (code: string) => [...code].map((letter) => `\\u{${(0xe0000 + letter.codePointAt(0)!).toString(16)}}`).join("");
const FLAG = `\\u{1F3F4}(?:${Object.values(RGI_SUBDIVISION_FLAGS).map(inTags).join("|")})\\u{E007F}`;
const WRITTEN = "[\\p{L}\\p{M}\\p{N}\\p{Extended_Pictographic}\\p{Emoji_Modifier}\\uFE0F]";
const JOINERS = "[\\u200C\\u200D]";
const JOINER = `(?<=${WRITTEN})${JOINERS}(?=${WRITTEN})`;
const SELECTOR = "(?<=[^\\p{M}\\p{Z}\\p{C}])\\p{Variation_Selector}";
const HIDDEN = "[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Zl}\\p{Zp}\\p{Default_Ignorable_Code_Point}\\u2800]";
// One pass: group 1 is what may stay; a match without it is a hidden character.
const scan = () => new RegExp(`(${FLAG}|${JOINER}|${SELECTOR})|${HIDDEN}`, "gu");

export const MAX_MARKS_IN_A_ROW = 8;
// A run of marks on one letter, a joiner allowed between two of them (the scan refuses two in a row).
// Group 1 is the marks that may stay; the rest of the run is past the limit.
const marksPastLimit = () => new RegExp(`(\\p{M}(?:${JOINERS}?\\p{M}){${MAX_MARKS_IN_A_ROW - 1}})(?:${JOINERS}?\\p{M})+`, "gu");

const codePoint = (character: string) => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

/** The first hidden character as "U+202E", or null when there is none. */
export function firstHiddenCharacter(text: string): string | null {
  for (const [match, kept] of text.matchAll(scan())) if (kept === undefined) return codePoint(match);
  return null;
}

/** Whether more than MAX_MARKS_IN_A_ROW combining marks follow one another (joiners between them aside) anywhere in text. */
export const hasTooManyMarks = (text: string): boolean => marksPastLimit().test(text);

/** The text without its hidden characters or marks past the limit (for text stored before they were refused). */
export const withoutHiddenCharacters = (text: string): string =>
  text.replace(scan(), (match, kept: string | undefined) => kept ?? "").replace(marksPastLimit(), "$1");
