// POST /api/plans/<id>/owner: is the bearer token this plan's edit token? 204 if it is, the same
// 404 as for a plan that does not exist if not. A device opening the plan from its edit link asks
// this before it trusts the token. It changes nothing, and counts as a look-up.
import { handler, noContent } from "@/server/http";
import { getPlanRepository } from "@/server/plans";
import { planNotFound } from "@/server/plans/responses";

export const POST = handler<undefined, { id: string }>({ sameOrigin: true }, async ({ token }, { id }) => {
  if (!token || !(await (await getPlanRepository()).owns(id, token))) return planNotFound();
  return noContent();
});
