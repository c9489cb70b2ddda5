// Dates the world sets, computed from the day a person starts: the MBA admissions rounds and the
// first-year recruiting season, and the APM/RPM programmes' application window (facts and sources
// in docs/domain.md). Pure and in UTC, like lib/dates.ts.
import type { CalendarSlot } from "@/data/schema";
import { addDays, parseIsoDate } from "./dates";

export type DateRange = { start: string; end: string };

const iso = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

/** Test preparation the first round must leave from the start date. */
export const MBA_PREP_DAYS = 12 * 7;

/**
 * Representative closing days of the three admission rounds for a programme starting in late
 * August of `intake`: round 1 about September-October of the year before, round 2 early January,
 * round 3 March-April. Schools differ by a few weeks; the plan names the month, not the day.
 */
const rounds = (intake: number) => [
  { round: 1, closes: iso(intake - 1, 10, 1) },
  { round: 2, closes: iso(intake, 1, 8) },
  { round: 3, closes: iso(intake, 4, 1) },
];

export type MbaSchedule = {
  round: number;
  /** the day the chosen round closes: applications in by then */
  roundCloses: string;
  /** the programme's first day, late August */
  programmeStarts: string;
  slots: Record<Exclude<CalendarSlot, "apm-window">, DateRange>;
};

/** The first admission round that leaves 12 weeks of preparation, and the two years after it. */
export function mbaSchedule(startDate: string): MbaSchedule {
  const earliest = addDays(startDate, MBA_PREP_DAYS);
  const year = Number(startDate.slice(0, 4));
  const { round, closes, intake } = [year, year + 1, year + 2]
    .flatMap((intake) => rounds(intake).map((r) => ({ ...r, intake })))
    .find((r) => r.closes >= earliest)!;
  const programmeStarts = iso(intake, 8, 24);
  return {
    round,
    roundCloses: closes,
    programmeStarts,
    slots: {
      "mba-tests": { start: addDays(startDate, 7), end: closes },
      "mba-before-start": { start: addDays(closes, 1), end: addDays(programmeStarts, -1) },
      // Product club and PM conversations in the first months, before applications open.
      "mba-first-term": { start: programmeStarts, end: iso(intake, 10, 31) },
      // First-year internship applications: November-December.
      "mba-applications": { start: iso(intake, 11, 1), end: iso(intake, 12, 20) },
      // Interviews January-February, some into March-April.
      "mba-interviews": { start: iso(intake + 1, 1, 5), end: iso(intake + 1, 4, 30) },
      // The 10-12 week summer internship, June-August.
      "mba-internship": { start: iso(intake + 1, 6, 1), end: iso(intake + 1, 8, 23) },
    },
  };
}

/** The least time left in a window for it to be worth using this year. */
const MIN_WINDOW_DAYS = 21;

/**
 * The APM/RPM programmes' window (about August-October, for roles starting the next summer) that
 * comes next after the start date: this year's if at least three weeks of it are left.
 */
export function apmWindow(startDate: string): DateRange {
  const year = Number(startDate.slice(0, 4));
  const close = iso(year, 10, 31);
  if (parseIsoDate(close) - parseIsoDate(startDate) >= MIN_WINDOW_DAYS * 86_400_000) {
    const open = iso(year, 8, 1);
    return { start: startDate > open ? startDate : open, end: close };
  }
  return { start: iso(year + 1, 8, 1), end: iso(year + 1, 10, 31) };
}

export function calendarSlot(slot: CalendarSlot, startDate: string): DateRange {
  return slot === "apm-window" ? apmWindow(startDate) : mbaSchedule(startDate).slots[slot];
}
