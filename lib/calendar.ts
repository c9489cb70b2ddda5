// Dates the world sets, computed from the day a person starts: the MBA admissions rounds and the
// first-year recruiting season, the APM/RPM programmes' and the student internships' application
// windows, the race to an offer before the US work-visa registration, and the year-end holidays
// (the dates are in data/calendar-dates.ts, their sources in docs/domain.md). Pure and in UTC,
// like lib/dates.ts.
import {
  APM_WINDOW,
  H1B,
  HOLIDAYS,
  INTERNSHIP_WINDOWS,
  MBA,
  MBA_PREP_WEEKS,
  MBA_ROUNDS,
  MIN_WINDOW_DAYS,
  VISA_RUNWAY_WEEKS,
} from "@/data/calendar-dates";
import type { CalendarSlot } from "@/data/schema";
import { addDays, daysBetween, formatDate } from "./dates";

export type DateRange = { start: string; end: string };

/** A calendar step's dates, and the words its text may name them by ({roundCloses}, {offerBy}, ...). */
export type CalendarDates = DateRange & { words: Record<string, string> };

const yearOf = (iso: string) => Number(iso.slice(0, 4));
/** "MM-DD" in a year, as an ISO date. */
const on = (year: number, monthDay: string) => `${year}-${monthDay}`;

export type MbaSchedule = {
  round: number;
  /** the day the chosen round closes: applications in by then */
  roundCloses: string;
  /** the programme's first day */
  programmeStarts: string;
  slots: Record<Extract<CalendarSlot, `mba-${string}`>, DateRange>;
};

/** The first admission round that leaves 12 weeks of preparation after the start, and the two years after it. */
export function mbaSchedule(startDate: string): MbaSchedule {
  const earliest = addDays(startDate, MBA_PREP_WEEKS * 7);
  const year = yearOf(startDate);
  const { round, closes, intake } = [year, year + 1, year + 2]
    .flatMap((intake) => MBA_ROUNDS.map((r) => ({ round: r.round, closes: on(r.yearBeforeStart ? intake - 1 : intake, r.closes), intake })))
    .find((r) => r.closes >= earliest)!;
  const programmeStarts = on(intake, MBA.programmeStarts);
  return {
    round,
    roundCloses: closes,
    programmeStarts,
    slots: {
      "mba-tests": { start: addDays(startDate, 7), end: closes },
      "mba-before-start": { start: addDays(closes, 1), end: addDays(programmeStarts, -1) },
      "mba-first-term": { start: programmeStarts, end: on(intake, MBA.firstTermEnds) },
      "mba-applications": { start: on(intake, MBA.applications.from), end: on(intake, MBA.applications.to) },
      "mba-interviews": { start: on(intake + 1, MBA.interviews.from), end: on(intake + 1, MBA.interviews.to) },
      "mba-internship": { start: on(intake + 1, MBA.internship.from), end: on(intake + 1, MBA.internship.to) },
    },
  };
}

/**
 * The first of the yearly windows (MM-DD ranges, in calendar order) that still has at least three
 * weeks left after the start date, from the start date if it is already open.
 */
function nextWindow(startDate: string, windows: readonly { from: string; to: string }[]): DateRange {
  for (let year = yearOf(startDate); ; year++) {
    for (const w of windows) {
      const open = on(year, w.from);
      const close = on(year, w.to);
      // Few people read applications over the holidays: a window that opens inside them opens after.
      const start = [startDate, open].map((d) => (inHolidays(d) ? afterHolidays(d) : d)).sort()[1]!;
      if (daysBetween(start, close) >= MIN_WINDOW_DAYS) return { start, end: close };
    }
  }
}

/** The APM/RPM window (about August to October) that comes next after the start date. */
const apmWindow = (startDate: string): DateRange => nextWindow(startDate, [APM_WINDOW]);

/** The student internship window that comes next: January to March, or August to October. */
const internshipWindow = (startDate: string): DateRange => nextWindow(startDate, INTERNSHIP_WINDOWS);

/**
 * The H-1B registration the plan races: the first March registration at least 12 weeks at the
 * person's pace after the start date, and the offer needed by mid-February before it.
 */
function visaRegistration(startDate: string, pace: number): { registration: string; offerBy: string } {
  const runway = addDays(startDate, Math.round(VISA_RUNWAY_WEEKS * pace) * 7);
  let year = yearOf(startDate);
  while (on(year, H1B.registration) < runway) year++;
  return { registration: on(year, H1B.registration), offerBy: on(year, H1B.offerBy) };
}

const windowWords = ({ start, end }: DateRange) => ({ windowOpens: formatDate(start), windowCloses: formatDate(end) });

/** The dates of a calendar step for a plan starting on startDate at this pace. */
export function calendarDates(slot: CalendarSlot, startDate: string, pace: number): CalendarDates {
  switch (slot) {
    case "apm-window": {
      const range = apmWindow(startDate);
      return { ...range, words: windowWords(range) };
    }
    case "internship-window": {
      const range = internshipWindow(startDate);
      return { ...range, words: windowWords(range) };
    }
    case "visa-registration": {
      const { registration, offerBy } = visaRegistration(startDate, pace);
      return {
        start: startDate,
        end: offerBy,
        words: { offerBy: formatDate(offerBy), registrationYear: registration.slice(0, 4) },
      };
    }
    default: {
      const mba = mbaSchedule(startDate);
      return {
        ...mba.slots[slot],
        words: {
          round: String(mba.round),
          roundCloses: formatDate(mba.roundCloses),
          programmeStarts: formatDate(mba.programmeStarts),
        },
      };
    }
  }
}

/** Is this day inside the year-end holidays? */
export function inHolidays(iso: string): boolean {
  const monthDay = iso.slice(5);
  return monthDay >= HOLIDAYS.from || monthDay <= HOLIDAYS.to;
}

/** The first day after the holidays that contain this day. */
export function afterHolidays(iso: string): string {
  const year = yearOf(iso) + (iso.slice(5) >= HOLIDAYS.from ? 1 : 0);
  return addDays(on(year, HOLIDAYS.to), 1);
}

/** How many days of start..end (inclusive) fall inside the holidays. */
export function holidayDays({ start, end }: DateRange): number {
  let days = 0;
  for (let year = yearOf(start) - 1; year <= yearOf(end); year++) {
    const from = on(year, HOLIDAYS.from) > start ? on(year, HOLIDAYS.from) : start;
    const to = on(year + 1, HOLIDAYS.to) < end ? on(year + 1, HOLIDAYS.to) : end;
    if (from <= to) days += daysBetween(from, to) + 1;
  }
  return days;
}
