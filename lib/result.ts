// resultFor(answers, startDate): the whole result as the API returns it and the result page shows
// it (route, reasons, other routes, close second, warnings and the dated plan), or the question
// still to ask. The one place the engine's parts are put together.
import type { Answers } from "@/data/answers";
import { CATALOG_VERSION } from "@/data/catalog";
import { routeName } from "@/data/route-facts";
import { getRoute } from "@/data/routes";
import { checkpoint } from "@/data/plan-steps";
import { copy } from "@/data/copy";
import type { QuestionId } from "@/data/ids";
import type { RecommendationResponse } from "./api-contract";
import { formatDate } from "./dates";
import { buildPlan } from "./plan";
import { recommend } from "./recommend";

export type ResultFor = { status: "decided"; result: RecommendationResponse } | { status: "open"; next: QuestionId };

export function resultFor(answers: Answers, startDate: string): ResultFor {
  const recommended = recommend(answers);
  if (recommended.status === "open") return recommended;
  const { route, reasons, others, runnerUp, closeSecond, outcome } = recommended.recommendation;
  const plan = buildPlan(outcome, runnerUp, startDate);
  const name = routeName(route);
  const checkpointStep = plan.steps.find((s) => s.id === checkpoint.id)!;
  return {
    status: "decided",
    result: {
      catalogVersion: CATALOG_VERSION,
      route: { id: route, name },
      reasons,
      others: others.map(({ route: other, status, why, flip, wouldNeed }) => ({
        route: other,
        name: routeName(other),
        status,
        why,
        flip,
        wouldNeed,
      })),
      closeSecond: closeSecond
        ? {
            route: closeSecond,
            text: copy.closeSecond(routeName(closeSecond), name, formatDate(checkpointStep.dates.start)),
          }
        : null,
      warnings: outcome.deadlineWarning ? [{ id: "deadline", text: getRoute(route).deadlineWarning }] : [],
      plan,
    },
  };
}
