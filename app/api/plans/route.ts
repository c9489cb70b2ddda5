// POST /api/plans { answers, startDate?, title? }: saves a plan. The server recomputes the
// recommendation from the answers (it never takes a route or plan from the client) and answers 201
// with the plan's id, its title, its share link (absolute) and the edit token, which is shown this
// once and stored only hashed.
import { respondTo } from "@/lib/api-responses";
import { today } from "@/lib/dates";
import { defaultPlanTitle } from "@/lib/plan-title";
import { CreatePlanBody, type CreatePlanResponse } from "@/lib/api-contract";
import { handler, json } from "@/server/http";
import { shareLink } from "@/server/origin";
import { getPlanRepository } from "@/server/plans";

export const POST = handler({ body: CreatePlanBody, sameOrigin: true }, async ({ body }) => {
  const { answers, startDate = today(), title } = body;
  const response = respondTo(answers, startDate);
  if (response.status === 422) return json(response.body, 422);
  const repo = await getPlanRepository();
  const { plan, editToken } = await repo.create({
    title: title ?? defaultPlanTitle(startDate),
    answers,
    snapshot: response.body,
  });
  const created: CreatePlanResponse = {
    id: plan.id,
    editToken,
    title: plan.title,
    url: shareLink(plan.id),
  };
  return json(created, 201);
});
