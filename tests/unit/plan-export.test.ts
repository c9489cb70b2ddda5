// The Markdown and iCalendar exports of a saved plan: the title escaped so it reads as typed and
// does nothing else, ticks, dates, and a calendar file with one all-day event per step.
import { describe, expect, it } from "vitest";
import { SavedPlan } from "@/lib/api-contract";
import { markdownText, planToEvents, planToIcs, planToMarkdown } from "@/lib/plan-export";
import { resultView } from "@/lib/result-view";
import { personas } from "../fixtures/personas";
import { unlived } from "../fixtures/plans";
import { decidedResult } from "../fixtures/results";

const XSS = "<img src=x onerror=alert(1)> & *bold*, really; yes";

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
    const events = planToEvents(plan);
    expect(events).toHaveLength(steps.length);
    expect(events[0]).toMatchObject({ start: [2026, 11, 30], title: `1. ${steps[0]!.title}` });
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

  it("gives stable, unique ids that survive a new link", () => {
    const uids = planToEvents(plan).map((e) => e.uid);
    expect(new Set(uids).size).toBe(steps.length);
    expect(planToEvents({ ...plan, id: "ZyXwVuTsRqPoNmLkJiHgFe" }).map((e) => e.uid)).toEqual(uids);
    expect(uids.join()).not.toContain(plan.id);
  });

  it("writes a valid calendar with date-only starts and ends", () => {
    const result = planToIcs(plan);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const ics = unfold(result.text);
    expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(ics.trimEnd().endsWith("END:VCALENDAR")).toBe(true);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(steps.length);
    expect(ics).toContain("DTSTART;VALUE=DATE:20261130\r\n");
    expect(ics.match(/DTEND;VALUE=DATE:\d{8}\r\n/g)).toHaveLength(steps.length);
    expect(ics).toContain("SUMMARY:1. ");
    // The title goes in as text (RFC 5545 escapes for ";", "," and "\\"), in the calendar's name
    // as in each description; nothing becomes HTML.
    expect(ics).toContain("X-WR-CALNAME:<img src=x onerror=alert(1)> & *bold*\\, really\\; yes\r\n");
    expect(ics).toContain('From "<img src=x onerror=alert(1)> & *bold*\\, really\\; yes"');
    expect(ics).not.toContain(plan.id);
  });

  it("keeps a title with line breaks from adding lines of its own", () => {
    const result = planToIcs(savedPlan("Mine\r\nBEGIN:VEVENT\nUID:evil"));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(steps.length);
    expect(result.text).not.toMatch(/^UID:evil/m);
  });
});
