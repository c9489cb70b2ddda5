// Calendar arithmetic on ISO dates (YYYY-MM-DD) in UTC, so a plan's dates never drift with the
// viewer's time zone.
const DAY = 86_400_000;

const parseIsoDate = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);
const toIsoDate = (time: number): string => new Date(time).toISOString().slice(0, 10);
export const addDays = (iso: string, days: number): string => toIsoDate(parseIsoDate(iso) + days * DAY);
export const daysBetween = (from: string, to: string): number => Math.round((parseIsoDate(to) - parseIsoDate(from)) / DAY);

/**
 * The same day `months` calendar months later, or that month's last day where it has no such day
 * (31 January + 1 month = 28 or 29 February).
 */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const first = Date.UTC(y, m - 1 + months, 1);
  const month = new Date(first);
  const lastDay = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 0)).getUTCDate();
  return toIsoDate(Date.UTC(month.getUTCFullYear(), month.getUTCMonth(), Math.min(d, lastDay)));
}

/** Today's date where the code runs, as an ISO date. */
export const today = (now: Date = new Date()): string => toIsoDate(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));

const formatter = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
/** "3 Dec 2026" */
export const formatDate = (iso: string): string => formatter.format(parseIsoDate(iso));

/** "4 Jan – 31 Mar 2027", "20 Dec 2026 – 10 Jan 2027" */
export const formatDateRange = (from: string, to: string): string => formatter.formatRange(parseIsoDate(from), parseIsoDate(to));

/** "Week 3" or "Weeks 3–5" */
export const formatWeeks = ({ from, to }: { from: number; to: number }): string => (from === to ? `Week ${from}` : `Weeks ${from}–${to}`);
