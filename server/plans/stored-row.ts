// A saved plan as its row stores it, read back. Every plan ever saved must still open: snapshots
// made under the first, second and current catalogs (with the fields each had), ticks without
// days, titles saved before hidden characters were refused. So the schema is loose where the
// wire's is strict: a field some version saved is kept, not refused, and the plan is served
// exactly as it was saved. Rows are parsed on every read, never trusted: one that does not parse
// is reported and not served.
import * as z from "@/data/zod";
import { recommendationSchemas, SavedPlan } from "@/lib/api-contract";
import { readStoredTitle } from "@/lib/plan-title";
import type { PlansTable } from "../db/schema";

// Typed as the wire's objects: the fields a loose object keeps beyond them are carried along, not read.
const StoredRecommendation = recommendationSchemas(z.looseObject).saved;

const StoredPlan = z.looseObject({
  ...SavedPlan.shape,
  title: z.pipe(z.string(), z.transform(readStoredTitle)),
  /** the recommendation and plan exactly as computed when saved, with the catalog version */
  snapshot: StoredRecommendation,
});

/** The columns of a plan saved and left alone: no ticks, no reschedules, no check-ins, no switch, answers not shared. */
export const UNTOUCHED = {
  done: "{}",
  done_on: "{}",
  schedule: null,
  reschedules: "[]",
  check_ins: "[]",
  switched_from: null,
  switched_to: null,
  later_answers: "{}",
  share_answers: 0,
} satisfies Partial<PlansTable>;

/** Who reads a plan: its owner sees everything; people with the link see the answers only where the owner shares them. */
export type Reader = "owner" | "viewer";

/** A JSON column as text, parsed: what it holds is for the schema to say. */
const json = (text: string): unknown => JSON.parse(text);

/**
 * A plan as people with the link see it: the answers only where the owner shares them, and never
 * the id of the plan that goes on after a switch (that plan is the owner's).
 */
export function forViewers(plan: SavedPlan): SavedPlan {
  const hidden = !plan.shareAnswers;
  return {
    ...plan,
    ...(hidden ? { answers: {}, laterAnswers: {}, answersHidden: true } : {}),
    switchedTo: plan.switchedTo ? { route: plan.switchedTo.route, name: plan.switchedTo.name, on: plan.switchedTo.on } : null,
  };
}

/** The plan a row holds, as this reader may see it, or null (reported) when the row does not parse. */
export function planFromRow(row: PlansTable, reader: Reader = "owner"): SavedPlan | null {
  const parsed = StoredPlan.safeParse({
    id: row.id,
    title: row.title,
    answers: json(row.answers),
    laterAnswers: json(row.later_answers),
    shareAnswers: Number(row.share_answers) === 1,
    answersHidden: false,
    snapshot: json(row.snapshot),
    done: json(row.done),
    doneOn: json(row.done_on),
    schedule: row.schedule === null ? null : json(row.schedule),
    reschedules: json(row.reschedules),
    checkIns: json(row.check_ins),
    switchedFrom: row.switched_from === null ? null : json(row.switched_from),
    switchedTo: row.switched_to === null ? null : json(row.switched_to),
    // Plans saved before the random value was kept: their creation time, as their UIDs always had it.
    calendarId: row.calendar_seed ?? Date.parse(row.created_at).toString(36),
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
  if (!parsed.success) console.error(`plan ${row.id.slice(0, 4)}… does not parse:`, parsed.error.issues[0]);
  return !parsed.success ? null : reader === "viewer" ? forViewers(parsed.data) : parsed.data;
}
