// POST /api/recommendation { answers, startDate? }: the one route with its reasons, the other
// routes and the dated step plan (200), or 422 naming the question that could still change it.
import { RecommendationBody } from "@/lib/api-contract";
import { respondTo } from "@/lib/api-responses";
import { today } from "@/lib/dates";
import { json, jsonPost } from "@/server/http";

export const POST = jsonPost(RecommendationBody, ({ answers, startDate = today() }) => {
  const { status, body } = respondTo(answers, startDate);
  return json(body, status);
});
