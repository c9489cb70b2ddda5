// POST /api/plans/<id>/check-in { version, answers }: the answers to the route's check-in
// questions at the checkpoint (from the checkpoint's week on). Working when every answer is yes;
// either way the check-in is recorded, and answered with the plan.
import { CheckInBody } from "@/lib/api-contract";
import { checkpointReached, isWorking } from "@/lib/living-plan";
import { checkInQuestions } from "@/lib/switch";
import { handler, json } from "@/server/http";
import { getPlanRepository } from "@/server/plans";
import { answerChange, planNotFound } from "@/server/plans/responses";

export const POST = handler<typeof CheckInBody, { id: string }>(
  { body: CheckInBody, sameOrigin: true },
  async ({ body, token }, { id }) => {
    if (!token) return planNotFound();
    const result = await (
      await getPlanRepository()
    ).live(id, token, body.version, (plan, today) => {
      const questions = checkInQuestions(plan.snapshot.route.id);
      if (body.answers.length !== questions.length) return { error: `answers: this plan's check-in has ${questions.length} questions` };
      if (!checkpointReached(plan, today)) return { error: "answers: the check-in opens in the checkpoint's week" };
      return { checkIn: { on: today, answers: body.answers, working: isWorking(body.answers) } };
    });
    return answerChange(result, ({ plan }) => json(plan));
  },
);
