// POST /api/plans { answers, startDate?, title? }: saves a plan. The server recomputes the
// recommendation from the answers (it never takes a route or plan from the client) and answers 201
// with the plan's id, its title, its share link (absolute) and the edit token, which is shown this
// once and stored only hashed. With an Idempotency-Key, a retry saves nothing more and gets the same.
import { respondTo } from "@/lib/api-responses";
import { today } from "@/lib/dates";
import { defaultPlanTitle } from "@/lib/plan-title";
import { CreatePlanBody, type CreatePlanResponse } from "@/lib/api-contract";
import { handler, json } from "@/server/http";
import { shareLink } from "@/server/origin";
import { getPlanRepository } from "@/server/plans";
import { idempotencyKey, keyReused } from "@/server/plans/commands";
import { requestPrint } from "@/server/plans/repository";

export const POST = handler({ body: CreatePlanBody, sameOrigin: true }, async ({ request, body }) => {
  const { answers, startDate = today(), title } = body;
  const response = respondTo(answers, startDate);
  if (response.status === 422) return json(response.body, 422);
  // A retry of the same save (the same Idempotency-Key) gets the same plan and token back.
  const key = idempotencyKey(request);
  if ("response" in key) return key.response;
  const repo = await getPlanRepository();
  const plan = { title: title ?? defaultPlanTitle(response.body.route.name, startDate), answers, snapshot: response.body };
  const made = key.key ? await repo.createOnce(plan, key.key, requestPrint("save", "", body)) : await repo.create(plan);
  if (made === "key-reused") return keyReused();
  const created: CreatePlanResponse = { id: made.plan.id, editToken: made.editToken, title: made.plan.title, url: shareLink(made.plan.id) };
  return json(created, 201);
});
