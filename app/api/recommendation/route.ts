// POST /api/recommendation { answers, startDate? }: the one route with its reasons, the other
// routes and the dated step plan (200), or 422 naming the question that could still change it.
import { RecommendationBody, apiRecommendation, apiUndecided } from "@/lib/api-shape";
import { today } from "@/lib/dates";
import { buildPlan } from "@/lib/plan";
import { recommend } from "@/lib/recommend";
import { json, jsonPost } from "@/server/http";

export const POST = jsonPost(RecommendationBody, ({ answers, startDate = today() }) => {
  const result = recommend(answers);
  if (result.status === "open") return json(apiUndecided(result.next), 422);
  const { recommendation } = result;
  return json(apiRecommendation(recommendation, buildPlan(recommendation, answers, startDate)));
});
