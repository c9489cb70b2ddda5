// A saved plan as files to take away: Markdown (the plan as plain text, titles exactly as typed)
// and an iCalendar file with one all-day event per step. Pure: the route handlers only send them.
// Neither file carries the plan's link: calendars get shared, and the link is the key to the plan.
import { createEvents, type DateArray, type EventAttributes } from "ics";
import { addDays, formatDate, formatWeeks } from "./dates";
import type { SavedPlan } from "./plan-api";


/** The plan as Markdown, ticks as task-list boxes. Text goes in as typed, nothing is escaped. */
export function planToMarkdown(plan: SavedPlan): string {
  const { snapshot } = plan;
  const steps = snapshot.plan.steps;
  const done = steps.filter((s) => plan.done[s.id]).length;
  const lines = [
    `# ${plan.title.replace(/\s+/g, " ")}`,
    "",
    `Route: ${snapshot.route.name}`,
    `Dates: ${formatDate(snapshot.plan.startDate)} to ${formatDate(snapshot.plan.endDate)}`,
    `Progress: ${done} of ${steps.length} steps done`,
    `Saved: ${formatDate(plan.createdAt.slice(0, 10))} with OnePath (catalog ${snapshot.catalogVersion})`,
    "",
    "## Steps",
    "",
  ];
  steps.forEach((step, i) => {
    lines.push(
      `- [${plan.done[step.id] ? "x" : " "}] ${i + 1}. ${step.title}`,
      `  ${formatWeeks(step.weeks)}: ${formatDate(step.dates.start)} to ${formatDate(step.dates.end)}${step.interviewPractice ? " (interview practice)" : ""}`,
      `  ${step.detail}`,
      `  Done when: ${step.doneWhen}`,
      "",
    );
  });
  return lines.join("\n");
}

const dateArray = (iso: string): DateArray => {
  const [y, m, d] = iso.split("-").map(Number);
  return [y!, m!, d!];
};

/** One all-day event per step, from its first day to its last (iCalendar's end is exclusive). */
export function planToEvents(plan: SavedPlan): EventAttributes[] {
  // Stable across a revoked link (the id changes, the creation time does not), so importing an
  // updated file replaces the events instead of doubling them.
  const stamp = Date.parse(plan.createdAt).toString(36);
  return plan.snapshot.plan.steps.map((step, i) => ({
    uid: `${stamp}-${step.id}@onepath`,
    title: `${i + 1}. ${step.title}`,
    description: `${step.detail}\n\nDone when: ${step.doneWhen}\n\nFrom "${plan.title}" (${plan.snapshot.route.name}).`,
    start: dateArray(step.dates.start),
    end: dateArray(addDays(step.dates.end, 1)),
    busyStatus: "FREE",
    transp: "TRANSPARENT",
    categories: ["OnePath"],
  }));
}

/** The iCalendar file, or the ics package's error. */
export function planToIcs(plan: SavedPlan): { ok: true; text: string } | { ok: false; error: Error } {
  const { error, value } = createEvents(planToEvents(plan), { productId: "onepath/plan", calName: plan.title });
  return error || !value ? { ok: false, error: error ?? new Error("empty calendar") } : { ok: true, text: value };
}
