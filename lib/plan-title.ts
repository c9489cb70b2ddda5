// A saved plan's title, in one place: the longest it may be, what a person may type (the rename
// form checks it before sending, the API before saving), the title a plan gets when nobody names
// it, and how a stored title is read back.
import * as z from "@/data/zod";
import { formatDate } from "./dates";
import { firstHiddenCharacter, hasTooManyMarks, MAX_MARKS_IN_A_ROW, withoutHiddenCharacters } from "./hidden-characters";

/** The longest title a plan may have, in characters. */
export const TITLE_MAX = 120;

/** A title as a person types it: shown as text everywhere, so nothing in it may be invisible. */
export const Title = z.string().check(
  z.trim(),
  z.minLength(1, "must not be empty"),
  z.maxLength(TITLE_MAX, `at most ${TITLE_MAX} characters`),
  z.superRefine((title, context) => {
    const hidden = firstHiddenCharacter(title);
    if (hidden) context.addIssue({ code: "custom", message: `has an invisible or text-direction character (${hidden}); remove it` });
    else if (hasTooManyMarks(title)) {
      context.addIssue({ code: "custom", message: `has more than ${MAX_MARKS_IN_A_ROW} accents or other marks on one letter` });
    }
  }),
);

/** A saved plan's title until its owner renames it: its route, and the day its plan starts ("Transferable resume plan, from 7 Dec 2026"). */
export const defaultPlanTitle = (routeName: string, startDate: string): string => `${routeName} plan, from ${formatDate(startDate)}`;

/** The title shown for a stored title that has nothing visible left in it. */
const UNTITLED = "Untitled plan";

/**
 * A stored title as it is shown: titles saved before hidden characters were refused may hold
 * some, so they are left out when read.
 */
export const readStoredTitle = (title: string): string => withoutHiddenCharacters(title).trim() || UNTITLED;
