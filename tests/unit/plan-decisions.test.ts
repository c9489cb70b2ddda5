// What each owner command decides on a saved plan (lib/plan-decisions.ts), in Node: the change it
// makes, or the reason it cannot, on plans as they live (ticked, moved, at the checkpoint, switched
// away from). The repository that applies these changes is tested on both engines in
// tests/integration/plans-repository.test.ts.
import { describe, expect, it } from "vitest";
import type { Answers } from "@/data/answers";
import { CHECKPOINT_ID } from "@/data/plan-rules";
import type { SavedPlan } from "@/lib/api-contract";
import { addDays, formatDate } from "@/lib/dates";
import { checkpointOf } from "@/lib/living-plan";
import { COMMAND_NAMES } from "@/lib/plan-commands";
import { decide, decisions, isRefusal, MAX_RESCHEDULES, type Change } from "@/lib/plan-decisions";
import { checkInQuestions } from "@/lib/switch";
import { personas } from "../fixtures/personas";
import { unlived } from "../fixtures/plans";
import { decidedResult } from "../fixtures/results";

const START = "2026-12-07";
const byName = (name: string) => personas.find((p) => p.name.startsWith(name))!;

function saved(answers: Answers, extra: Partial<SavedPlan> = {}): SavedPlan {
  return {
    id: "PlanIdPlanIdPlanId0001",
    title: "My plan",
    answers,
    snapshot: decidedResult(answers, START),
    done: {},
    ...unlived,
    calendarId: "seed",
    version: 1,
    createdAt: `${START}T10:00:00.000Z`,
    updatedAt: `${START}T10:00:00.000Z`,
    ...extra,
  };
}

const change = (made: Change | { refused: string }): Change => {
  if (isRefusal(made)) throw new Error(`refused: ${made.refused}`);
  return made;
};
const refused = (made: Change | { refused: string }): string => (isRefusal(made) ? made.refused : "not refused");

const seller = saved(byName("B2B seller").answers);
const [first, second] = seller.snapshot.plan.steps;
const checkpointDay = checkpointOf(seller.snapshot.plan)!.dates.start;
const switchedAway = { ...seller, switchedTo: { route: "nonprofit" as const, name: "Non-profit volunteering", on: checkpointDay } };

describe("the table", () => {
  it("has a decide for every command", () => {
    expect(Object.keys(decisions).sort()).toEqual([...COMMAND_NAMES].sort());
  });
});

describe("update: ticks, a title, sharing the answers", () => {
  it("ticks a step with today's day, and unticks it forgetting the day", () => {
    const ticked = change(decide("update", seller, { version: 1, steps: { [first!.id]: true } }, "2026-12-09")).set!;
    expect(ticked.done).toEqual({ [first!.id]: true });
    expect(ticked.doneOn).toEqual({ [first!.id]: "2026-12-09" });
    const after = { ...seller, ...ticked };
    const unticked = change(decide("update", after, { version: 2, steps: { [first!.id]: false } }, "2026-12-10")).set!;
    expect(unticked.done).toEqual({ [first!.id]: false });
    expect(unticked.doneOn).toEqual({});
  });

  it("changes nothing when a tick, a title or sharing is already what it asks for", () => {
    const plan = { ...seller, done: { [first!.id]: true }, shareAnswers: true };
    expect(change(decide("update", plan, { version: 1, steps: { [first!.id]: true } }, START)).set).toEqual({});
    expect(change(decide("update", plan, { version: 1, title: "My plan" }, START)).set).toEqual({ title: "My plan" });
    expect(change(decide("update", plan, { version: 1, shareAnswers: false }, START)).set).toEqual({ shareAnswers: false });
  });

  it("refuses a step the plan does not have", () => {
    expect(refused(decide("update", seller, { version: 1, steps: { "no-such-step": true } }, START))).toMatch(
      /^steps\.no-such-step: no such step/,
    );
  });

  it("refuses ticks on a plan switched away from, but lets it be renamed", () => {
    expect(refused(decide("update", switchedAway, { version: 1, steps: { [second!.id]: true } }, START))).toMatch(/switched to Non-profit/);
    expect(change(decide("update", switchedAway, { version: 1, title: "Old plan" }, START)).set).toEqual({ title: "Old plan" });
  });
});

describe("reschedule: a move the owner sees first", () => {
  const late = addDays(START, 10 * 7);

  it("only says what would move for a preview, and writes nothing", () => {
    const made = change(decide("reschedule", seller, { version: 1, preview: true }, late));
    expect(made.set).toBeUndefined();
    expect(made.extra!.preview).toBe(true);
    expect(made.extra!.moves.length).toBeGreaterThan(0);
    expect(made.extra!.pace).toBe(seller.snapshot.plan.pace);
  });

  it("moves the open steps, keeps the owner's hours unless other hours are asked for, and records the move", () => {
    const made = change(decide("reschedule", seller, { version: 1 }, late));
    expect(made.set!.schedule!.steps.filter((s) => !seller.done[s.id]).every((s) => s.dates.start >= late)).toBe(true);
    expect(made.set!.schedule!.pace).toBe(seller.snapshot.plan.pace);
    expect(made.set!.laterAnswers).toBeUndefined();
    expect(made.set!.reschedules).toEqual([expect.objectContaining({ on: late, pace: 1 })]);
    const slower = change(decide("reschedule", seller, { version: 1, hours: "under-3" }, late));
    expect(slower.set!.schedule!.pace).toBe(1.5);
    // The new hours carry into the page's reasons and a later switch.
    expect(slower.set!.laterAnswers).toEqual({ hours: "under-3" });
    expect(slower.set!.reschedules!.at(-1)).toMatchObject({ hours: "under-3" });
  });

  it("says how far most steps moved, apart from the ones that went to the calendar's next window", () => {
    const made = change(decide("reschedule", seller, { version: 1 }, late));
    const entry = made.set!.reschedules!.at(-1)!;
    const paced = made.extra!.moves.filter((m) => m.why !== "calendar");
    const weeks = paced.map((m) => Math.round((Date.parse(m.to.start) - Date.parse(m.from.start)) / 6048e5)).sort((a, b) => a - b);
    expect(entry.weeksMoved).toBe(weeks[Math.floor((weeks.length - 1) / 2)]);
    expect(entry.toNextWindow).toBe(made.extra!.moves.filter((m) => m.why === "calendar").length);
  });

  it("writes nothing when nothing needs to move", () => {
    const made = change(decide("reschedule", seller, { version: 1 }, START));
    expect(made.set).toBeUndefined();
    expect(made.extra!.moves).toEqual([]);
  });

  it("keeps the history bounded", () => {
    const full = {
      ...seller,
      reschedules: Array.from({ length: MAX_RESCHEDULES }, (_, i) => ({ on: addDays(START, i), weeksMoved: 1, pace: 1 })),
    };
    const made = change(decide("reschedule", full, { version: 1 }, late));
    expect(made.set!.reschedules).toHaveLength(MAX_RESCHEDULES);
    expect(made.set!.reschedules!.at(-1)!.on).toBe(late);
  });

  it("says first when a move would close a check-in that is open", () => {
    const atCheckpoint = addDays(checkpointDay, 2);
    expect(change(decide("reschedule", seller, { version: 1, preview: true }, atCheckpoint)).extra!.closesCheckIn).toBe(true);
    const checkedIn = { ...seller, done: { [CHECKPOINT_ID]: true } };
    expect(change(decide("reschedule", checkedIn, { version: 1, preview: true }, atCheckpoint)).extra!.closesCheckIn).toBe(false);
  });

  it("refuses a plan switched away from", () => {
    expect(refused(decide("reschedule", switchedAway, { version: 1 }, late))).toMatch(/switched to/);
  });
});

describe("check-in", () => {
  const answers = checkInQuestions(seller.snapshot.route.id, seller.snapshot.plan).map(() => false);

  it("opens in the checkpoint's week, records the answers and ticks the checkpoint", () => {
    expect(refused(decide("check-in", seller, { version: 1, answers }, addDays(checkpointDay, -1)))).toMatch(/checkpoint's week/);
    const made = change(decide("check-in", seller, { version: 1, answers }, checkpointDay)).set!;
    expect(made.checkIns).toEqual([{ on: checkpointDay, answers, working: false }]);
    expect(made.done).toEqual({ [CHECKPOINT_ID]: true });
    expect(made.doneOn).toEqual({ [CHECKPOINT_ID]: checkpointDay });
  });

  it("takes exactly the plan's questions, and never on a plan switched away from", () => {
    expect(refused(decide("check-in", seller, { version: 1, answers: [...answers, true] }, checkpointDay))).toMatch(/has \d questions/);
    expect(refused(decide("check-in", switchedAway, { version: 1, answers }, checkpointDay))).toMatch(/switched to/);
  });
});

describe("plan-b and switch", () => {
  /** The hospital operations lead as the wizard leaves her: networking skipped, and it decides her plan B. */
  const hospital = byName("hospital operations");
  const { networking: _, ...asked } = hospital.answers;
  const open = saved(asked);

  it("keeps answers to the skipped questions that decide the plan B, and no others", () => {
    expect(open.snapshot.switchOpen).toEqual(["networking"]);
    expect(change(decide("plan-b", open, { version: 1, answers: { networking: "low" } }, START)).set).toEqual({
      laterAnswers: { networking: "low" },
    });
    expect(refused(decide("plan-b", open, { version: 1, answers: { hours: "over-15" } }, START))).toMatch(
      /^answers\.hours: not one of this plan's plan-B questions/,
    );
  });

  it("switches only once the plan-B questions are answered, from the checkpoint's week, to the route they decide", () => {
    const day = checkpointOf(open.snapshot.plan)!.dates.start;
    expect(refused(decide("switch", open, { version: 1 }, day))).toMatch(/answer the plan-B questions first \(networking\)/);
    const answered = { ...open, laterAnswers: { networking: "low" as const } };
    expect(refused(decide("switch", answered, { version: 1 }, addDays(day, -1)))).toMatch(/checkpoint's week/);
    const made = change(decide("switch", answered, { version: 1 }, day));
    expect(made.create!.snapshot.route.id).toBe("nonprofit");
    expect(made.create!.answers).toEqual(hospital.answers);
    expect(made.create!.title).toBe(`Non-profit volunteering plan, from ${formatDate(day)}`);
    expect(made.create!.switchedFrom).toEqual({ route: "transferable-resume", name: "Transferable resume", on: day });
    expect(made.set!.switchedTo).toEqual({ route: "nonprofit", name: "Non-profit volunteering", on: day });
  });

  it("refuses a switch where no route fits, and on a plan switched away from", () => {
    const recruiter = saved(byName("laid-off recruiter").answers);
    const day = checkpointOf(recruiter.snapshot.plan)!.dates.start;
    expect(refused(decide("switch", recruiter, { version: 1 }, day))).toMatch(/no other route fits/);
    expect(refused(decide("switch", switchedAway, { version: 1 }, addDays(checkpointDay, 1)))).toMatch(/switched to/);
  });
});

describe("the commands about links and the plan itself", () => {
  it("make a new link, an edit link, trade a link's token, or delete: the repository does the rest", () => {
    expect(decide("new-link", seller, {}, START)).toEqual({ renew: true });
    expect(decide("edit-link", seller, {}, START)).toEqual({ issueLink: true });
    expect(decide("owner", seller, {}, START)).toEqual({ trade: true });
    expect(decide("delete", seller, {}, START)).toEqual({ remove: true });
  });
});
