// Characters that change how a title looks without being seen: direction overrides and isolates
// (a reversed "gnp.exe"), zero-width and other format characters, controls, line separators,
// blank-looking letters, and lone UTF-16 surrogates (stored as invalid UTF-8, read back as U+FFFD).
// Joiners stay where writing needs them: inside an emoji sequence or a word (Persian, Indic
// scripts), and the tag characters of a subdivision flag (🏴 + tags + cancel tag).
const FLAG = /\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F}/u.source;
const WRITTEN = "[\\p{L}\\p{M}\\p{N}\\p{Extended_Pictographic}\\p{Emoji_Modifier}\\uFE0F]";
const JOINER = `(?<=${WRITTEN})[\\u200C\\u200D](?=${WRITTEN})`;
const HIDDEN = "[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Zl}\\p{Zp}\\u115F\\u1160\\u3164\\uFFA0\\u2800]";
// One pass: group 1 is what may stay; a match without it is a hidden character.
const scan = () => new RegExp(`(${FLAG}|${JOINER})|${HIDDEN}`, "gu");

const codePoint = (character: string) => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

/** The first hidden character as "U+202E", or null when there is none. */
export function firstHiddenCharacter(text: string): string | null {
  for (const [match, kept] of text.matchAll(scan())) if (kept === undefined) return codePoint(match);
  return null;
}

/** The text without its hidden characters (for text stored before they were refused). */
export const withoutHiddenCharacters = (text: string): string =>
  text.replace(scan(), (match, kept: string | undefined) => kept ?? "");
