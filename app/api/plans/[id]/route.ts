// GET, PATCH and DELETE /api/plans/<id>. Reading needs only the id (the share link); changing
// needs the edit token as a bearer header. A wrong or missing token gets the same 404 as a plan
// that does not exist. PATCH sets values (never toggles) and needs the current version: a stale
// one gets 409 with the current plan.
import { PatchPlanBody } from "@/lib/api-contract";
import { handler, json, noContent } from "@/server/http";
import { getPlanRepository } from "@/server/plans";
import { answerChange, planNotFound } from "@/server/plans/responses";

type Params = { id: string };

export const GET = handler<undefined, Params>({}, async (_, { id }) => {
  const plan = await (await getPlanRepository()).get(id);
  return plan ? json(plan) : planNotFound();
});

export const PATCH = handler<typeof PatchPlanBody, Params>({ body: PatchPlanBody, sameOrigin: true }, async ({ body, token }, { id }) => {
  if (!token) return planNotFound();
  const result = await (await getPlanRepository()).update(id, token, body);
  return answerChange(result, ({ plan }) => json(plan));
});

export const DELETE = handler<undefined, Params>({ sameOrigin: true }, async ({ token }, { id }) => {
  if (!token || !(await (await getPlanRepository()).remove(id, token))) return planNotFound();
  return noContent();
});
