// The Markdown and iCalendar exports of a saved plan: the title escaped so it reads as typed and
// does nothing else, ticks, dates, and a calendar file with one all-day event per step, read back
// with a real iCalendar parser: current dates after a reschedule, done steps, the checkpoint's
// reminder, UIDs that stay and a SEQUENCE that rises, a link back to the plan on every event, the
// route in the calendar's name, and every line folded at 75 octets.
import { describe, expect, it } from "vitest";
import { SavedPlan } from "@/lib/api-contract";
import { addDays } from "@/lib/dates";
import { checkpointOf, currentPlan } from "@/lib/living-plan";
import { webcalUrl } from "@/lib/addresses";
import { foldLines, markdownText, planToEvents, planToIcs, planToMarkdown } from "@/lib/plan-export";
import { reschedule } from "@/lib/reschedule";
import { resultView } from "@/lib/result-view";
import { parseCalendar } from "../fixtures/calendar";
import { personas } from "../fixtures/personas";
import { unlived } from "../fixtures/plans";
import { decidedResult } from "../fixtures/results";

const XSS = "<img src=x onerror=alert(1)> & *bold*, really; yes";
/** The plan's share link, which every event links back to. */
const URL = "http://127.0.0.1:3000/plans/AbCdEfGhIjKlMnOpQrStUv";

function savedPlan(title = XSS): SavedPlan {
  const { answers } = personas[3]!;
  const snapshot = decidedResult(answers, "2026-11-30");
  const [first, second] = snapshot.plan.steps;
  return SavedPlan.parse({
    id: "AbCdEfGhIjKlMnOpQrStUv",
    title,
    answers,
    snapshot,
    done: { [first!.id]: true, [second!.id]: false },
    ...unlived,
    calendarId: "kept-per-plan",
    version: 3,
    createdAt: "2026-11-30T09:15:00.000Z",
    updatedAt: "2026-12-02T10:00:00.000Z",
  });
}

/** Unfolds iCalendar content lines (RFC 5545 3.1) so long values can be matched. */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, "");

describe("planToMarkdown", () => {
  const plan = savedPlan();
  const md = planToMarkdown(plan);
  const steps = plan.snapshot.plan.steps;

  it("escapes the title's Markdown with backslashes, and no HTML entities", () => {
    expect(md.startsWith("# \\<img src=x onerror=alert\\(1\\)\\> \\& \\*bold\\*, really; yes\n")).toBe(true);
    expect(md).not.toContain("&lt;");
    expect(md).not.toContain("&amp;");
  });

  it("turns no title into a link, an image, an autolink or HTML", () => {
    const hostile = [
      "[x](javascript:alert(1))",
      "![tracker](https://evil.example/p.png)",
      "<https://evil.example>",
      "<script>alert(1)</script>",
      "[ref]: javascript:alert(1)",
      "`code` and *emphasis* ## closing",
    ];
    for (const title of hostile) {
      const heading = planToMarkdown(savedPlan(title)).split("\n")[0]!;
      // Every character that could open or close such a construct is escaped.
      expect(heading.slice(2), title).not.toMatch(/(?<!\\)[[\]()<>!`*#]/);
      // Taking the escapes away gives back exactly what was typed.
      expect(heading.slice(2).replace(/\\(.)/g, "$1"), title).toBe(title);
    }
    expect(markdownText("Line one\n# Line two")).toBe("Line one \\# Line two");
  });

  it("says what the result page says: route, level, offers, warnings, reasons, steps and why not", () => {
    const view = resultView(plan.snapshot);
    expect(md).toContain(`## ${plan.snapshot.route.name}\n`);
    for (const { term, value } of view.facts) expect(md).toContain(`- ${term}: ${value}`);
    expect(md).toContain("- Aim for: Product Manager");
    for (const reason of view.reasons) expect(md).toContain(`- ${reason}`);
    for (const item of view.whyNot) {
      expect(md).toContain(`**${item.routes.map((r) => r.name).join(", ")}** (${item.badge}): ${item.why}`);
      for (const line of item.next) expect(md).toContain(`  ${line}`);
    }
    const hurried = planToMarkdown({ ...plan, snapshot: decidedResult(personas[6]!.answers, "2026-11-30") });
    expect(hurried).toContain(`> **Your deadline is tight for this route.** ${decidedResult(personas[6]!.answers).warnings[0]!.text}`);
    expect(md).not.toContain("> **");
  });

  it("lists every step in order with its dates, done-when and tick", () => {
    expect(md).toContain(`Progress: 1 of ${steps.length} steps done`);
    expect(md).toContain(`- [x] 1. ${steps[0]!.title}`);
    expect(md).toContain(`- [ ] 2. ${steps[1]!.title}`);
    expect(md).toContain("30 Nov 2026");
    let at = -1;
    for (const step of steps) {
      const here = md.indexOf(step.title);
      expect(here).toBeGreaterThan(at);
      at = here;
      expect(md).toContain(`Done when: ${step.doneWhen}`);
    }
  });

  it("does not carry the plan's link", () => {
    expect(md).not.toContain(plan.id);
  });
});

describe("planToEvents and planToIcs", () => {
  const plan = savedPlan();
  const steps = plan.snapshot.plan.steps;

  it("makes one all-day event per step, ending the day after its last day", () => {
    const events = planToEvents(plan, URL);
    expect(events).toHaveLength(steps.length);
    expect(events[0]).toMatchObject({ start: [2026, 11, 30], title: `✓ 1. ${steps[0]!.title}` });
    const last = steps.at(-1)!;
    const [y, m, d] = last.dates.end.split("-").map(Number);
    const dayAfter = new Date(Date.UTC(y!, m! - 1, d! + 1));
    const lastEvent = events.at(-1)!;
    expect("end" in lastEvent ? lastEvent.end : null).toEqual([
      dayAfter.getUTCFullYear(),
      dayAfter.getUTCMonth() + 1,
      dayAfter.getUTCDate(),
    ]);
  });

  it("gives stable, unique ids from the plan's own random value, that survive a new link", () => {
    const uids = planToEvents(plan, URL).map((e) => e.uid);
    expect(new Set(uids).size).toBe(steps.length);
    expect(uids.every((uid) => uid!.startsWith("kept-per-plan-"))).toBe(true);
    expect(planToEvents({ ...plan, id: "ZyXwVuTsRqPoNmLkJiHgFe" }, URL).map((e) => e.uid)).toEqual(uids);
    expect(uids.join()).not.toContain(plan.id);
  });

  it("links every event back to the plan, and names the route in the calendar's name", () => {
    const calendar = parseCalendar((planToIcs(savedPlan("Into product"), URL) as { text: string }).text);
    expect(calendar.events.map((e) => e.url)).toEqual(steps.map(() => URL));
    expect(calendar.name).toBe("Into product · Networking · OnePath");
    // A title that names the route already is not told it twice.
    expect(parseCalendar((planToIcs(savedPlan("Networking plan, from 30 Nov 2026"), URL) as { text: string }).text).name).toBe(
      "Networking plan\\, from 30 Nov 2026 · OnePath", // ical.js leaves an X- property's text escaped
    );
  });

  it("folds every line at 75 octets, never inside a character", () => {
    // Titles and steps in scripts of two, three and four octets a character.
    for (const title of ["Plan ".repeat(30), "Ελληνικό σχέδιο ".repeat(10), "कदम ".repeat(25), "計画".repeat(40), "🚀 plan ".repeat(15)]) {
      const text = (planToIcs(savedPlan(title.trim().slice(0, 120)), URL) as { text: string }).text;
      const lines = text.split("\r\n");
      for (const line of lines) expect(new TextEncoder().encode(line).length, line).toBeLessThanOrEqual(75);
      // Unfolded, it is the same calendar: nothing was cut in two.
      expect(parseCalendar(text).name).toBe(`${title.trim().slice(0, 120)} · Networking · OnePath`);
      expect(text).not.toContain("\uFFFD");
    }
    expect(
      foldLines("A".repeat(200))
        .split("\r\n")
        .map((l) => l.length),
    ).toEqual([75, 75, 52]);
    expect(
      foldLines(`X:${"é".repeat(50)}`)
        .split("\r\n")
        .map((l) => new TextEncoder().encode(l).length),
    ).toEqual([74, 29]);
  });

  it("writes a valid calendar with date-only starts and ends", () => {
    const result = planToIcs(plan, URL);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const ics = unfold(result.text);
    expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(ics.trimEnd().endsWith("END:VCALENDAR")).toBe(true);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(steps.length);
    expect(ics).toContain("DTSTART;VALUE=DATE:20261130\r\n");
    expect(ics.match(/DTEND;VALUE=DATE:\d{8}\r\n/g)).toHaveLength(steps.length);
    expect(ics).toContain("SUMMARY:✓ 1. ");
    expect(ics).toContain("SUMMARY:2. ");
    // The title goes in as text (RFC 5545 escapes for ";", "," and "\\"), in the calendar's name
    // as in each description; nothing becomes HTML.
    expect(ics).toContain("X-WR-CALNAME:<img src=x onerror=alert(1)> & *bold*\\, really\\; yes · Networking · OnePath\r\n");
    expect(ics).toContain('From "<img src=x onerror=alert(1)> & *bold*\\, really\\; yes"');
    expect(ics.split("\r\n").filter((l) => l.startsWith("URL:"))).toHaveLength(steps.length);
  });

  it("cancels the steps not done once the plan was switched away from, and keeps the done ones", () => {
    const icsOf = (p: SavedPlan) => {
      const result = planToIcs(p, URL);
      if (!result.ok) throw result.error;
      return result.text;
    };
    const open = parseCalendar(icsOf(plan)).events;
    expect(open.map((e) => e.status)).toEqual(steps.map(() => ""));
    const switched = {
      ...plan,
      version: plan.version + 1,
      switchedTo: { route: "networking" as const, name: "Networking", on: "2027-01-20" },
    };
    const events = parseCalendar(icsOf(switched)).events;
    expect(events.map((e) => e.uid)).toEqual(open.map((e) => e.uid));
    expect(events.map((e) => e.status)).toEqual(steps.map((s) => (plan.done[s.id] ? "" : "CANCELLED")));
    expect(events.filter((e) => e.status === "CANCELLED").length).toBeGreaterThan(0);
    for (const event of events.filter((e) => e.status === "CANCELLED")) {
      expect(event.description).toContain("No longer planned: you switched to Networking on 20 Jan 2027.");
      expect(event.alarms).toEqual([]);
    }
  });

  it("keeps a title with line breaks from adding lines of its own", () => {
    const result = planToIcs(savedPlan("Mine\r\nBEGIN:VEVENT\nUID:evil"), URL);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(steps.length);
    expect(result.text).not.toMatch(/^UID:evil/m);
  });
});

describe("the calendar a subscription polls", () => {
  const plan = savedPlan("Into product");
  const steps = plan.snapshot.plan.steps;
  const ics = (p: SavedPlan) => {
    const result = planToIcs(p, URL);
    if (!result.ok) throw result.error;
    return result.text;
  };
  /** The same plan, rescheduled from a day 10 weeks after it started, as the API does it. */
  function rescheduled(from: SavedPlan): SavedPlan {
    const today = addDays(from.snapshot.plan.startDate, 70);
    const moved = reschedule({
      answers: from.answers,
      plan: currentPlan(from),
      catalogVersion: from.snapshot.catalogVersion,
      done: from.done,
      today,
    });
    return { ...from, schedule: moved.plan, version: from.version + 1, updatedAt: `${today}T08:00:00.000Z` };
  }

  it("reads back as one all-day event per step, with the title as the calendar's name", () => {
    const calendar = parseCalendar(ics(plan));
    expect(calendar.name).toBe("Into product · Networking · OnePath");
    expect(calendar.method).toBe("PUBLISH");
    expect(calendar.events.map((e) => e.summary)).toEqual(steps.map((s, i) => `${i === 0 ? "✓ " : ""}${i + 1}. ${s.title}`));
    for (const [i, event] of calendar.events.entries()) {
      expect(event.allDay).toBe(true);
      expect(event.start).toBe(steps[i]!.dates.start);
      expect(event.end).toBe(addDays(steps[i]!.dates.end, 1));
      expect(event.sequence).toBe(plan.version);
    }
  });

  it("marks done steps done, with the day when it is known", () => {
    const [first] = steps;
    const known = parseCalendar(ics({ ...plan, doneOn: { [first!.id]: "2026-12-02" } })).events[0]!;
    expect(known.summary).toBe(`✓ 1. ${first!.title}`);
    expect(known.description.startsWith("Done on 2 Dec 2026.\n\n")).toBe(true);
    // Ticked before days were kept: done, day unknown.
    expect(parseCalendar(ics(plan)).events[0]!.description.startsWith("Done.\n\n")).toBe(true);
    const open = parseCalendar(ics(plan)).events[1]!;
    expect(open.summary).toBe(`2. ${steps[1]!.title}`);
    expect(open.description).not.toMatch(/^Done/);
  });

  it("reminds of the checkpoint on its first morning, until it is done", () => {
    const checkpoint = checkpointOf(plan.snapshot.plan)!;
    const events = parseCalendar(ics(plan)).events;
    const event = events.find((e) => e.uid.endsWith(`-${checkpoint.id}@onepath`))!;
    expect(event.start).toBe(checkpoint.dates.start);
    // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest types its asymmetric matchers (expect.any, expect.stringMatching...) as any
    expect(event.alarms).toEqual([{ action: "DISPLAY", trigger: "PT9H", description: expect.stringContaining("Check in on your plan") }]);
    expect(events.filter((e) => e.alarms.length > 0)).toHaveLength(1);
    const checkedIn = parseCalendar(ics({ ...plan, done: { ...plan.done, [checkpoint.id]: true } })).events;
    expect(checkedIn.every((e) => e.alarms.length === 0)).toBe(true);
  });

  it("follows a reschedule: the current dates, the same UIDs, a higher SEQUENCE", () => {
    const before = parseCalendar(ics(plan)).events;
    const later = rescheduled(plan);
    const after = parseCalendar(ics(later)).events;
    const now = currentPlan(later).steps;
    expect(after.map((e) => e.start)).toEqual(now.map((s) => s.dates.start));
    expect(after.map((e) => e.start)).not.toEqual(before.map((e) => e.start));
    // Every step in both plans keeps its UID; the done first step keeps its dates too.
    const uidOf = new Map(before.map((e, i) => [steps[i]!.id, e.uid]));
    for (const [i, step] of now.entries()) if (uidOf.has(step.id)) expect(after[i]!.uid, step.id).toBe(uidOf.get(step.id));
    expect(after[0]!.start).toBe(before[0]!.start);
    expect(after.every((e) => e.sequence === plan.version + 1)).toBe(true);
    expect(after[0]!.stamp).not.toBe(before[0]!.stamp);
  });

  it("is the same text for the same plan, whenever it is asked for", () => {
    expect(ics(plan)).toBe(ics(structuredClone(plan)));
    expect(ics({ ...plan, version: plan.version + 1 })).not.toBe(ics(plan));
  });

  it("gives the subscription address in its webcal: form", () => {
    expect(webcalUrl("https://plans.example.org/plans/AbC/plan.ics")).toBe("webcal://plans.example.org/plans/AbC/plan.ics");
    expect(webcalUrl("http://127.0.0.1:3000/plans/AbC/plan.ics")).toBe("webcal://127.0.0.1:3000/plans/AbC/plan.ics");
  });
});
