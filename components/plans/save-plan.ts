// Saving a result as a plan, loaded only when someone saves (or is about to): it brings the API
// contract's schemas, which the result page would otherwise load for every visitor.
import type { Answers } from "@/data/answers";
import { defaultTitle, planUrl } from "@/lib/plan-api";
import { setFlash } from "./flash";
import { createPlan, failureMessage } from "./plan-client";
import { addPlan } from "./plan-store";

export type SaveOutcome = { ok: true; url: string; stored: boolean } | { ok: false; message: string };

export async function savePlan(answers: Answers, startDate: string, routeName: string): Promise<SaveOutcome> {
  const result = await createPlan({ answers, startDate });
  if (!result.ok) return { ok: false, message: failureMessage(result, "save your plan") };
  const { id, editToken } = result.data;
  const stored = addPlan({ id, editToken, title: defaultTitle(routeName), route: routeName, savedAt: new Date().toISOString() });
  if (stored) setFlash("Your plan is saved. Copy the link to open it on another device.");
  return { ok: true, url: planUrl(id), stored };
}
