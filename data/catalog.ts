// The catalog in one place: routes, questions and scoring, with lookups and its version. Saved
// plans record CATALOG_VERSION, so bump it whenever the copy, steps or weights change (a unit test
// holds a fingerprint of the catalog and fails until you do).
import { z } from "zod";
import type { OptionId, QuestionId, RouteId } from "./ids";
import { questions as questionsInput } from "./questions";
import { routes as routesInput } from "./routes";
import { Question, Route } from "./schema";
import { scoring } from "./scoring";

export const CATALOG_VERSION = "2026-11-26.2";

export const routes: Route[] = z.array(Route).parse(routesInput);
export const questions: Question[] = z.array(Question).parse(questionsInput);
export { scoring };

const routeById = new Map(routes.map((r) => [r.id, r]));
const questionById = new Map(questions.map((q) => [q.id, q]));

export const getRoute = (id: RouteId): Route => routeById.get(id)!;
export const getQuestion = (id: QuestionId): Question => questionById.get(id)!;

export function getOption<Q extends QuestionId>(q: Q, option: OptionId<Q>) {
  return getQuestion(q).options.find((o) => o.id === option)!;
}
