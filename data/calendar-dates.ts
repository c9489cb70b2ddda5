// The dates the world sets, as month-day pairs (facts and sources in docs/domain.md, "Steps
// anchored to the calendar"). Schools and companies differ by a few weeks; these representative
// days keep every plan, and the tests that check them, exact. lib/calendar.ts turns them into a
// plan's dates.

/** An MBA's admission rounds close on these days; round 1 in the year before the programme starts. */
export const MBA_ROUNDS = [
  { round: 1, closes: "09-15", yearBeforeStart: true },
  { round: 2, closes: "01-05", yearBeforeStart: false },
  { round: 3, closes: "04-01", yearBeforeStart: false },
] as const;

/** Test preparation the chosen round must leave after the start date. */
export const MBA_PREP_WEEKS = 12;

/** The programme's first day; first-year internship recruiting follows (Menlo Coaching). */
export const MBA = {
  programmeStarts: "08-20",
  firstTermEnds: "10-31",
  /** internship applications, November to December of year one */
  applications: { from: "11-01", to: "12-19" },
  /** interviews, January to February, some into March and April */
  interviews: { from: "01-04", to: "04-30" },
  /** the 10-12 week internship */
  internship: { from: "06-01", to: "08-23" },
} as const;

/** APM/RPM programmes take applications about August to October for roles starting the next summer. */
export const APM_WINDOW = { from: "08-01", to: "10-31" } as const;

/**
 * Student internships for the next summer: larger companies about August to October, smaller ones
 * keep hiring about January to March.
 */
export const INTERNSHIP_WINDOWS = [
  { from: "01-01", to: "03-31" },
  { from: "08-01", to: "10-31" },
] as const;

/** A window is worth using this year only if this much of it is left after the start date. */
export const MIN_WINDOW_DAYS = 21;

/**
 * US H-1B: employers subject to the cap register the people they have offered a job in March, so
 * the offer is needed by about 15 February. The plan races the first March registration at least
 * VISA_RUNWAY_WEEKS (at the person's pace) after the start date.
 */
export const H1B = { offerBy: "02-15", registration: "03-01" } as const;
export const VISA_RUNWAY_WEEKS = 12;

/** About 20 December to 3 January few people reply, hire or interview (both days included). */
export const HOLIDAYS = { from: "12-20", to: "01-03" } as const;
