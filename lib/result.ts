// resultFor(answers, startDate): the engine's whole result (route, reasons, other routes, close
// second, warnings and the dated plan), or the question still to ask. The one place the engine's
// parts are put together; EngineResult is its type, which the API's wire schema
// (RecommendationResponse in api-contract.ts) must accept (api-responses.ts checks it).
import type { Answers } from "@/data/answers";
import { CATALOG_VERSION } from "@/data/catalog";
import { routeName } from "@/data/route-facts";
import { getRoute } from "@/data/routes";
import { checkpoint } from "@/data/plan-steps";
import { copy } from "@/data/copy";
import type { QuestionId } from "@/data/ids";
import { formatDate } from "./dates";
import { buildPlan } from "./plan";
import { recommend, type Recommendation } from "./recommend";

/** The engine's result for answers that decide the route. */
export type EngineResult = ReturnType<typeof decidedResult>;

export type ResultFor = { status: "decided"; result: EngineResult } | { status: "open"; next: QuestionId };

export function resultFor(answers: Answers, startDate: string): ResultFor {
  const recommended = recommend(answers);
  return recommended.status === "open" ? recommended : { status: "decided", result: decidedResult(recommended.recommendation, startDate) };
}

function decidedResult(recommendation: Recommendation, startDate: string) {
  const { route, reasons, others, switchTo, closeSecond, outcome } = recommendation;
  const first = getRoute(switchTo).steps[0]!;
  const plan = buildPlan(
    outcome,
    { name: routeName(switchTo), firstStep: (outcome.level === "apm" && first.apm?.title) || first.title },
    startDate,
  );
  const name = routeName(route);
  const checkpointStep = plan.steps.find((s) => s.id === checkpoint.id)!;
  const { deadlineWarning, tightWarning } = getRoute(route);
  return {
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
    switchTo: { route: switchTo, name: routeName(switchTo) },
    closeSecond: closeSecond
      ? {
          route: closeSecond,
          text: copy.closeSecond(routeName(closeSecond), name, formatDate(checkpointStep.dates.start)),
        }
      : null,
    warnings: outcome.warning ? [{ id: outcome.warning, text: outcome.warning === "deadline" ? deadlineWarning : tightWarning }] : [],
    plan,
  };
}
