// What an owner does to a saved plan, each written once for every screen that offers it: save a
// result, rename, make a new link, delete. Each talks to the API (plan-client.ts) and keeps this
// browser's list of plans (plan-store.ts) in step; none throws.
import type { Answers } from "@/data/answers";
import { planUrl, type SavedPlan } from "@/lib/api-contract";
import { setFlash } from "./flash";
import { createPlan, deletePlan, failureMessage, newLink, patchWithRetry, type Failure, type Result } from "./plan-client";
import { addPlan, forgetPlan, recordNewLink, renamePlan } from "./plan-store";

export type SaveOutcome = { ok: true; url: string; stored: boolean } | { ok: false; message: string };

/** Saves a result as a plan; stored is false when this browser could not keep the edit token. */
export async function savePlan(answers: Answers, startDate: string, routeName: string): Promise<SaveOutcome> {
  const result = await createPlan({ answers, startDate });
  if (!result.ok) return { ok: false, message: failureMessage(result, "save your plan") };
  const { id, editToken, title } = result.data;
  const stored = addPlan({ id, editToken, title, route: routeName, savedAt: new Date().toISOString() });
  if (stored) setFlash("Your plan is saved. Copy the link to open it on another device.");
  return { ok: true, url: planUrl(id), stored };
}

/** Renames the plan (re-applied once over a newer version) and this browser's entry for it. */
export async function renameSavedPlan(plan: SavedPlan, token: string, title: string): Promise<Result<SavedPlan>> {
  const result = await patchWithRetry(plan.id, token, plan.version, { title });
  if (result.ok) renamePlan(result.data.id, result.data.title);
  return result;
}

/** Moves the plan to a new link (the old one stops working for everyone); returns the new id. */
export async function makeNewLink(id: string, token: string): Promise<Result<string>> {
  const result = await newLink(id, token);
  if (!result.ok) return result;
  recordNewLink(id, result.data.id);
  setFlash("New link made. The old link no longer works; share this one instead.");
  return { ok: true, data: result.data.id };
}

/** Deletes the plan for everyone and forgets it here. Already gone counts as done. */
export async function deleteSavedPlan(id: string, token: string, title: string): Promise<Failure | null> {
  const result = await deletePlan(id, token);
  if (!result.ok && result.reason !== "gone") return result;
  forgetPlan(id);
  setFlash(`Deleted “${title}”. Its link no longer works.`);
  return null;
}
