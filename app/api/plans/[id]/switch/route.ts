// POST /api/plans/<id>/switch { version }: from the checkpoint's week on, switches to the route
// the checkpoint names, as a new plan from today with its own edit token. The two plans are
// linked both ways, and done steps that are the same step are carried over. Answers 201 with the
// new plan's id, token, title and link, and the old plan as it is now.
import { SwitchBody, type SwitchResponse } from "@/lib/api-contract";
import { defaultPlanTitle } from "@/lib/plan-title";
import { checkpointReached } from "@/lib/living-plan";
import { carriedOver, switchedResult } from "@/lib/switch";
import { handler, json } from "@/server/http";
import { shareLink } from "@/server/origin";
import { getPlanRepository } from "@/server/plans";
import { answerChange, planNotFound } from "@/server/plans/responses";

export const POST = handler<typeof SwitchBody, { id: string }>({ body: SwitchBody, sameOrigin: true }, async ({ body, token }, { id }) => {
  if (!token) return planNotFound();
  const result = await (
    await getPlanRepository()
  ).switchTo(id, token, body.version, (plan, today) => {
    if (!checkpointReached(plan, today)) return { error: "version: switching opens in the checkpoint's week" };
    const switched = switchedResult(plan, today);
    if (!switched.ok) return { error: switched.error };
    const next = switched.result;
    return {
      plan: { title: defaultPlanTitle(today), answers: plan.answers, snapshot: next },
      ...carriedOver(plan, next.plan),
      from: { route: plan.snapshot.route.id, name: plan.snapshot.route.name, on: today },
      to: { route: next.route.id, name: next.route.name, on: today },
    };
  });
  return answerChange(result, ({ plan, created }) =>
    json(
      {
        id: created.plan.id,
        editToken: created.editToken,
        title: created.plan.title,
        url: shareLink(created.plan.id),
        from: plan,
      } satisfies SwitchResponse,
      201,
    ),
  );
});
