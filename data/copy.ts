// Sentences the engine assembles from catalog phrases. Kept here so all copy lives in data/.
import type { CalendarSlot } from "./schema";

/** "a", "a and b", "a, b and c": the one way lists become prose. */
export const joinList = (items: readonly string[]): string =>
  items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;

export const copy = {
  /** When a calendar-set step happens, for outlines that have no start date to count from. */
  calendarSlot: {
    "mba-tests": "Until your admission round closes",
    "mba-before-start": "Before the programme starts",
    "mba-first-term": "First term, August–October",
    "mba-applications": "November–December of year one",
    "mba-interviews": "January–April of year one",
    "mba-internship": "June–August after year one",
    "apm-window": "When programmes open, about August–October",
  } satisfies Record<CalendarSlot, string>,
  setAside: (topics: string[]) =>
    topics.length === 1
      ? `Your answer about ${topics[0]} no longer changes the result, so we set it aside.`
      : `Your answers about ${joinList(topics)} no longer change the result, so we set them aside.`,
  restarted: "Started again from the first question.",
  /** A saved plan's title until its owner renames it. */
  defaultPlanTitle: (routeName: string) => `My route: ${routeName}`,
  restoreFailed: "We couldn't read your earlier answers, so the questions start fresh.",
  unreadableLink: "We couldn't read the answers in that link, so the questions start fresh.",
  restoreMigrated: "The questions have changed since your last visit; we kept the answers that still apply.",
  openReason: "No hard blocker applies to you, and every other route was ruled out or fit your answers less well.",
  outscored: (name: string, winner: string, drag?: string) =>
    `${name} fit your answers less well than ${winner}` + (drag ? `, mostly because ${drag}.` : "."),
  outscoredTie: (name: string, winner: string) =>
    `${name} fit your answers just as well, and ${winner} usually leads to an offer sooner.`,
  behind: "Can't catch up any more with your answers so far.",
  flip: (phrases: string[], name: string) => `If ${joinList(phrases)}, ${name} would win.`,
  closeSecond: (name: string, winner: string, checkpointDate: string) =>
    `${name} came a close second. Give ${winner} a fair go until your checkpoint on ${checkpointDate}, and reconsider only there.`,
};
