// POST /api/plans/<id>/reschedule { version, hours? }: moves the steps not done yet so they start
// again from today (at other hours a week, if given), with the steps the calendar sets in their
// next window; done steps never move. Answers the plan with its new dates and what moved where.
import { RescheduleBody, type RescheduleResponse } from "@/lib/api-contract";
import { currentPlan } from "@/lib/living-plan";
import { reschedule, type Move } from "@/lib/reschedule";
import { handler, json } from "@/server/http";
import { getPlanRepository } from "@/server/plans";
import { answerChange, planNotFound } from "@/server/plans/responses";

export const POST = handler<typeof RescheduleBody, { id: string }>(
  { body: RescheduleBody, sameOrigin: true },
  async ({ body, token }, { id }) => {
    if (!token) return planNotFound();
    let moves: Move[] = [];
    const result = await (
      await getPlanRepository()
    ).live(id, token, body.version, (plan, today) => {
      const moved = reschedule({
        answers: plan.answers,
        plan: currentPlan(plan),
        catalogVersion: plan.snapshot.catalogVersion,
        done: plan.done,
        today,
        hours: body.hours,
      });
      if (moved.moves.length === 0 && !body.hours) return { error: "version: nothing to move: every open step is on its dates" };
      moves = moved.moves;
      return { schedule: moved.plan, reschedule: { on: today, weeksMoved: moved.weeksMoved, pace: moved.plan.pace } };
    });
    return answerChange(result, ({ plan }) => json({ plan, moves } satisfies RescheduleResponse));
  },
);
