// A saved plan's row is read loosely and sent strictly: a field a row was saved with is kept when
// it is read (the plan is served exactly as saved), while the wire's schema names every field a
// client gets and refuses any other.
import { describe, expect, it } from "vitest";
import { SavedPlan } from "@/lib/api-contract";
import type { PlansTable } from "@/server/db/schema";
import { planFromRow, UNTOUCHED } from "@/server/plans/stored-row";
import { savedUnderV2 } from "../fixtures/saved-under-v2";

const row = (snapshot: unknown, title = "A plan"): PlansTable => ({
  id: "storedrowplan00000000000",
  title,
  answers: JSON.stringify(savedUnderV2.raw.answers),
  snapshot: JSON.stringify(snapshot),
  catalog_version: "2026-11-26.2",
  version: 1,
  created_at: "2026-11-30T09:00:00.000Z",
  updated_at: "2026-11-30T09:00:00.000Z",
  ...UNTOUCHED,
  calendar_seed: null,
});

describe("a stored row", () => {
  it("keeps a field the wire does not name, which the wire's schema refuses", () => {
    const snapshot = { ...(savedUnderV2.raw.snapshot as object), savedBy: "a version that kept more" };
    const plan = planFromRow(row(snapshot));
    expect(plan?.snapshot).toEqual(snapshot);
    expect(SavedPlan.safeParse(JSON.parse(JSON.stringify(plan))).success).toBe(false);
  });

  it("reads a title with hidden characters without them, and one with nothing visible as untitled", () => {
    expect(planFromRow(row(savedUnderV2.raw.snapshot, "My\u202e plan"))?.title).toBe("My plan");
    expect(planFromRow(row(savedUnderV2.raw.snapshot, "\u200b"))?.title).toBe("Untitled plan");
  });

  it("shows people with the link the answers only where the owner shares them, and never where the plan goes on", () => {
    const switched = {
      ...row(savedUnderV2.raw.snapshot),
      switched_to: JSON.stringify({ route: "networking", name: "Networking", on: "2027-01-20", id: "TheOneThatGoesOn00000001" }),
    };
    const owner = planFromRow(switched)!;
    expect(owner.answers).toEqual(savedUnderV2.raw.answers);
    expect(owner.switchedTo?.id).toBe("TheOneThatGoesOn00000001");
    const viewer = planFromRow(switched, "viewer")!;
    expect(viewer).toMatchObject({ answers: {}, laterAnswers: {}, answersHidden: true, shareAnswers: false });
    expect(viewer.switchedTo).toEqual({ route: "networking", name: "Networking", on: "2027-01-20" });
    const shared = planFromRow({ ...switched, share_answers: 1 }, "viewer")!;
    expect(shared).toMatchObject({ answers: savedUnderV2.raw.answers, answersHidden: false, shareAnswers: true });
    expect(shared.switchedTo?.id).toBeUndefined();
  });

  it("keeps the calendar's UIDs of a plan saved before they had a random value of their own", () => {
    expect(planFromRow(row(savedUnderV2.raw.snapshot))!.calendarId).toBe(Date.parse("2026-11-30T09:00:00.000Z").toString(36));
    expect(planFromRow({ ...row(savedUnderV2.raw.snapshot), calendar_seed: "random" })!.calendarId).toBe("random");
  });

  it("is not served when it does not parse", () => {
    expect(planFromRow(row({ catalogVersion: "2026-11-26.2" }))).toBeNull();
  });
});
