// A saved plan as files to take away: Markdown (the plan as plain text, the title escaped so that
// it reads as typed and never becomes a link, an image or HTML) and an iCalendar file with one
// all-day event per step, which calendar apps also subscribe to and poll. Pure: the route
// handlers only send them.
// Each calendar event links back to the plan (its share link, read-only); the edit token is in no file.
import { createEvents, type DateArray, type EventAttributes } from "ics";
import { copy } from "@/data/copy";
import { checkpoint } from "@/data/plan-steps";
import { addDays, formatDate, formatWeeks } from "./dates";
import type { SavedPlan } from "./api-contract";
import { progressText, stepsDone } from "./plan-progress";
import { deadlineOf, ifNoOfferHeading, resultView, planSpan } from "./result-view";
import { currentPlan } from "./living-plan";

/**
 * Text a person typed, as Markdown that shows it literally: every character with a meaning in
 * Markdown (links, images, autolinks, HTML, emphasis, code, entities, a closing "#") is escaped
 * with a backslash, which renderers drop and plain-text readers barely notice.
 */
export const markdownText = (text: string): string => text.replace(/\s+/g, " ").replace(/[\\`*_{}[\]()<>#!|~&]/g, "\\$&");

/**
 * The plan as Markdown, from the same view as the page: the route with its level, offers and cost,
 * the warnings, why it fits, the dated steps (ticks as task-list boxes) and why not each other
 * route. The title is the only text a person typed.
 */
export function planToMarkdown(plan: SavedPlan): string {
  const view = resultView(plan.snapshot, currentPlan(plan));
  const progress = progressText(stepsDone(view.steps, plan.done));
  const lines = [
    `# ${markdownText(plan.title)}`,
    "",
    `## ${view.route.name}`,
    "",
    ...view.facts.map(({ term, value, note }) => `- ${term}: ${value}${note ? ` (${note})` : ""}`),
    `- Dates: ${planSpan(view)}`,
    `- Progress: ${progress}`,
    `- Saved: ${formatDate(plan.createdAt.slice(0, 10))} with OnePath (catalog ${plan.snapshot.catalogVersion})`,
    "",
  ];
  for (const warning of view.warnings) lines.push(`> **${warning.heading}.** ${warning.text}`, "");
  lines.push(`## ${copy.result.whyHeading}`, "", ...view.reasons.map((r) => `- ${r}`), "");
  if (view.closeSecond) lines.push(`${copy.result.closeCall} ${view.closeSecond}`, "");
  lines.push(`## ${copy.result.stepsHeading}`, "");
  view.steps.forEach((step, i) => {
    if (view.ifNoOffer && step.afterDeadline && !view.steps[i - 1]?.afterDeadline)
      lines.push(`### ${view.ifNoOffer.heading}`, "", copy.result.ifNoOfferIntro, "");
    lines.push(
      `- [${plan.done[step.id] ? "x" : " "}] ${i + 1}. ${step.title}`,
      `  ${formatWeeks(step.weeks)}: ${formatDate(step.dates.start)} to ${formatDate(step.dates.end)}${step.interviewPractice ? " (interview practice)" : ""}`,
      `  ${step.detail}`,
      `  Done when: ${step.doneWhen}`,
      "",
    );
  });
  const others = view.whyNot.reduce((n, item) => n + item.routes.length, 0);
  lines.push(`## ${copy.result.whyNotSummary(others)}`, "");
  for (const item of view.whyNot) {
    lines.push(`- **${item.routes.map((r) => r.name).join(", ")}** (${item.badge}): ${item.why}`);
    for (const next of item.next) lines.push(`  ${next}`);
  }
  lines.push("");
  return lines.join("\n");
}

const dateArray = (iso: string): DateArray => {
  const [y, m, d] = iso.split("-").map(Number);
  return [y!, m!, d!];
};

/** The reminder on the checkpoint's event: at 9:00 on its first day, in the calendar's own time. */
const CHECKPOINT_REMINDER = { hours: 9 } as const;

/** An event as the ics package takes it, with DTSTAMP (which its types leave out). */
type CalendarEvent = EventAttributes & { timestamp: number };

/**
 * One all-day event per step at the plan's current dates (after any reschedule), from its first
 * day to its last (iCalendar's end is exclusive). A calendar that subscribes to the file polls it:
 * each event keeps its UID for good, and SEQUENCE is the plan's version, which rises with every
 * change, so the calendar updates the events it has instead of adding copies. Done steps say so;
 * the checkpoint, until it is done, carries a reminder. Once the plan was switched away from at its
 * checkpoint, the steps not done are CANCELLED (RFC 5545 3.8.1.11): a calendar subscribed to both
 * plans shows only the plan that goes on.
 */
export function planToEvents(plan: SavedPlan, url: string): CalendarEvent[] {
  // Stable across a reschedule (a step keeps its id) and a new link (the id changes, the plan's
  // calendar id does not: a random value kept with it, or for plans saved before, their creation time).
  const stamp = plan.calendarId;
  const deadline = ifNoOfferHeading(deadlineOf(plan.snapshot));
  // The last change, not the time of the request: the same plan is the same file, byte for byte.
  const changed = Date.parse(plan.updatedAt);
  return currentPlan(plan).steps.map((step, i): CalendarEvent => {
    const done = plan.done[step.id] === true;
    const doneOn = plan.doneOn[step.id];
    const cancelled = plan.switchedTo !== null && !done;
    const reminder = step.id === checkpoint.id && !done && !cancelled;
    return {
      uid: `${stamp}-${step.id}@onepath`,
      sequence: plan.version,
      timestamp: changed,
      lastModified: changed,
      title: `${done ? "✓ " : ""}${i + 1}. ${step.title}`,
      ...(cancelled ? { status: "CANCELLED" as const } : {}),
      url,
      description: [
        ...(step.afterDeadline && deadline ? [`${deadline}.`] : []),
        ...(done ? [doneOn ? `Done on ${formatDate(doneOn)}.` : "Done."] : []),
        ...(cancelled && plan.switchedTo
          ? [`No longer planned: you switched to ${plan.switchedTo.name} on ${formatDate(plan.switchedTo.on)}.`]
          : []),
        step.detail,
        `Done when: ${step.doneWhen}`,
        `From "${plan.title}" (${plan.snapshot.route.name}).`,
      ].join("\n\n"),
      start: dateArray(step.dates.start),
      end: dateArray(addDays(step.dates.end, 1)),
      busyStatus: "FREE",
      transp: "TRANSPARENT",
      categories: ["OnePath"],
      ...(reminder
        ? {
            alarms: [
              {
                action: "display",
                description: `Your checkpoint: is ${plan.snapshot.route.name} working? Check in on your plan.`,
                trigger: CHECKPOINT_REMINDER,
              },
            ],
          }
        : {}),
    };
  });
}

/**
 * A TEXT value as RFC 5545 3.3.11 writes it. The ics package does this for descriptions and
 * summaries but writes X-WR-CALNAME as given; a title may hold ";", "," or "\\".
 */
const icsText = (text: string): string => text.replace(/[\\;,]/g, "\\$&").replace(/\r?\n/g, "\\n");

/** The calendar's name: the plan's title, with its route where the title does not say it. */
const calendarName = (plan: SavedPlan): string => {
  const route = plan.snapshot.route.name;
  return plan.title.includes(route) ? `${plan.title} · OnePath` : `${plan.title} · ${route} · OnePath`;
};

/** The longest a line of an iCalendar file may be, in octets, before it is folded (RFC 5545 3.1). */
const LINE_OCTETS = 75;

/**
 * Every content line folded at 75 octets of UTF-8, never inside a character: a continuation line
 * starts with a space, which counts toward its 75 (RFC 5545 3.1). The ics package folds at 75
 * characters, which a title or step in another script runs past, so its lines are unfolded first.
 */
export function foldLines(text: string): string {
  const lines = text.replace(/\r\n[ \t]/g, "").split("\r\n");
  return lines
    .map((line) => {
      const parts: string[] = [];
      let part = "";
      let octets = 0;
      for (const character of line) {
        const size = new TextEncoder().encode(character).length;
        if (octets + size > LINE_OCTETS) {
          parts.push(part);
          part = " ";
          octets = 1;
        }
        part += character;
        octets += size;
      }
      parts.push(part);
      return parts.join("\r\n");
    })
    .join("\r\n");
}

/** The iCalendar file, or the ics package's error. url: the plan's share link, on every event. */
export function planToIcs(plan: SavedPlan, url: string): { ok: true; text: string } | { ok: false; error: Error } {
  const { error, value } = createEvents(planToEvents(plan, url), { productId: "onepath/plan", calName: icsText(calendarName(plan)) });
  return error || !value ? { ok: false, error: error ?? new Error("empty calendar") } : { ok: true, text: foldLines(value) };
}
