// The public JSON API's contract: the schemas (api-schemas.ts, re-exported here) and the pure
// mappings from the engine's results to what the API returns. Route handlers, pages and tests
// share these, so the wire format is defined once.
import type { Answers } from "@/data/answers";
import { CATALOG_VERSION, getRoute, questions, routes } from "@/data/catalog";
import { ROUTE_IDS } from "@/data/ids";
import type { Plan } from "@/data/plan";
import type { CatalogResponse, RecommendationResponse, UndecidedResponse, WizardNextResponse } from "./api-schemas";
import { nextQuestion } from "./next-question";
import { buildPlan } from "./plan";
import { eliminationOf, recommend, type Recommendation } from "./recommend";

export * from "./api-schemas";

// Mappings

export function apiCatalog(): CatalogResponse {
  return {
    version: CATALOG_VERSION,
    questions: questions.map((q) => ({
      id: q.id,
      prompt: q.prompt,
      multiple: q.multiple,
      options: q.options.map((o) => ({ id: o.id, label: o.label })),
    })),
    routes: routes.map((r) => ({ id: r.id, name: r.name, summary: r.summary })),
  };
}

export function apiWizardNext(answers: Answers): WizardNextResponse {
  return {
    next: nextQuestion(answers),
    eliminated: ROUTE_IDS.flatMap((route) => {
      const elimination = eliminationOf(answers, route);
      return elimination ? [{ route, ...elimination }] : [];
    }),
  };
}

/** The engine's recommendation and its plan as the API returns them. */
export function apiRecommendation(recommendation: Recommendation, plan: Plan): RecommendationResponse {
  const { route, reasons, others, closeSecond } = recommendation;
  return {
    catalogVersion: CATALOG_VERSION,
    route: { id: route, name: getRoute(route).name },
    reasons,
    others: others.map(({ route: other, status, why, flip }) => ({
      route: other,
      name: getRoute(other).name,
      status,
      why,
      flip,
    })),
    closeSecond,
    plan,
  };
}

export function apiUndecided(next: UndecidedResponse["next"]): UndecidedResponse {
  return { error: `answers.${next}: still open; answer it to decide the route`, next };
}

/** The answers' recommendation as the API returns it, or the 422 body while it is still open. */
export function respondTo(
  answers: Answers,
  startDate: string,
): { status: 200; body: RecommendationResponse } | { status: 422; body: UndecidedResponse } {
  const result = recommend(answers);
  if (result.status === "open") return { status: 422, body: apiUndecided(result.next) };
  const { recommendation } = result;
  return { status: 200, body: apiRecommendation(recommendation, buildPlan(recommendation, answers, startDate)) };
}
