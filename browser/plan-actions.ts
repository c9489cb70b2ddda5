// Saving a result as a plan: the one owner action that happens before there is a saved plan (the
// rest are the saved-plan machine's, with browser/saved-plan.ts). It talks to the API
// (plan-client.ts) and keeps this browser's list of plans (plan-store.ts) in step; it never throws.
import type { Answers } from "@/data/answers";
import { copy } from "@/data/copy";
import { planPath } from "@/lib/addresses";
import type { Failure } from "@/lib/api-result";
import { setFlash } from "./flash";
import { newKey } from "./idempotency-key";
import { createPlan } from "./plan-client";

/** A new save's Idempotency-Key. */
export const newSaveKey = newKey;
import { addPlan } from "./plan-store";

export type SaveResult = { ok: true; url: string; stored: boolean } | Failure;

/**
 * Saves a result as a plan; stored is false when this browser could not keep the edit token. The
 * key is the save's own: a retry of the same save sends it again and gets the same plan.
 */
export async function savePlan(answers: Answers, startDate: string, routeName: string, key: string): Promise<SaveResult> {
  const result = await createPlan({ answers, startDate }, key);
  if (!result.ok) return result;
  const { id, editToken, title } = result.data;
  const stored = addPlan({ id, editToken, title, routeName, savedAt: new Date().toISOString() });
  if (stored) setFlash(copy.flash.saved, planPath(id));
  return { ok: true, url: planPath(id), stored };
}
