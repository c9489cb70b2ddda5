// What the public JSON API answers, mapped from the engine onto the wire schemas of api-contract.ts
// (an EngineResult must be a RecommendationResponse: respondTo does not compile otherwise):
// the catalog, the next question, the recommendation (resultFor) or the question still open.
import type { Answers } from "@/data/answers";
import { CATALOG_VERSION, questions } from "@/data/catalog";
import { routes } from "@/data/routes";
import { ROUTE_IDS } from "@/data/ids";
import type { CatalogResponse, RecommendationResponse, UndecidedResponse, WizardNextResponse } from "./api-contract";
import { nextQuestion } from "./next-question";
import { eliminationOf } from "./eliminations";
import { resultFor } from "./result";

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
      return elimination ? [{ route, question: elimination.question, reason: elimination.reason }] : [];
    }),
  };
}

function apiUndecided(next: UndecidedResponse["next"]): UndecidedResponse {
  return { error: `answers.${next}: still open; answer it to decide the route`, next };
}

/** The answers' recommendation as the API returns it, or the 422 body while it is still open. */
export function respondTo(
  answers: Answers,
  startDate: string,
): { status: 200; body: RecommendationResponse } | { status: 422; body: UndecidedResponse } {
  const result = resultFor(answers, startDate);
  return result.status === "open" ? { status: 422, body: apiUndecided(result.next) } : { status: 200, body: result.result };
}
