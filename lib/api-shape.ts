// The public JSON API's contract: the request bodies it accepts and the pure mappings from the
// engine's results to what it returns. Route handlers, server actions and tests share these, so
// the wire format is defined once.
import { z } from "zod";
import { Answers } from "@/data/answers";
import { CATALOG_VERSION, getRoute, questions, routes } from "@/data/catalog";
import { ROUTE_IDS } from "@/data/ids";
import { IsoDate, Plan } from "@/data/plan";
import { QuestionIdSchema, RouteIdSchema } from "@/data/schema";
import { nextQuestion } from "./next-question";
import { buildPlan } from "./plan";
import { eliminationOf, recommend, type Recommendation } from "./recommend";

// Requests

/**
 * The largest body the API reads. Real bodies are well under 1 kB; the limit leaves room for a
 * single 10 kB id, so that one gets a 400 naming its field rather than a 413.
 */
export const MAX_BODY_BYTES = 16 * 1024;

export const WizardNextBody = z.strictObject({ answers: Answers });
export type WizardNextBody = z.infer<typeof WizardNextBody>;

/** A plan starting outside this century is a typo, and its dates would not stay ISO dates. */
const StartDate = IsoDate.refine((d) => d >= "2000-01-01" && d <= "2099-12-31", {
  message: "expected a date between 2000-01-01 and 2099-12-31",
});

export const RecommendationBody = WizardNextBody.extend({ startDate: StartDate.optional() });
export type RecommendationBody = z.infer<typeof RecommendationBody>;

// Responses

export const ApiError = z.object({ error: z.string().min(1) });
export type ApiError = z.infer<typeof ApiError>;

export const CatalogResponse = z.object({
  version: z.string(),
  questions: z.array(
    z.object({
      id: QuestionIdSchema,
      prompt: z.string(),
      multiple: z.boolean(),
      options: z.array(z.object({ id: z.string(), label: z.string() })),
    }),
  ),
  routes: z.array(z.object({ id: RouteIdSchema, name: z.string(), summary: z.string() })),
});
export type CatalogResponse = z.infer<typeof CatalogResponse>;

export const WizardNextResponse = z.object({
  next: QuestionIdSchema.nullable(),
  eliminated: z.array(z.object({ route: RouteIdSchema, question: QuestionIdSchema, reason: z.string() })),
});
export type WizardNextResponse = z.infer<typeof WizardNextResponse>;

const Flip = z.object({
  changes: z.array(z.object({ question: QuestionIdSchema, to: z.union([z.string(), z.array(z.string())]) })),
  text: z.string(),
});

export const RecommendationResponse = z.object({
  catalogVersion: z.string(),
  route: z.object({ id: RouteIdSchema, name: z.string() }),
  reasons: z
    .array(
      z.object({
        question: QuestionIdSchema.nullable(),
        option: z.string().nullable(),
        points: z.number().int(),
        text: z.string(),
      }),
    )
    .min(1),
  others: z.array(
    z.object({
      route: RouteIdSchema,
      name: z.string(),
      status: z.enum(["eliminated", "outscored"]),
      why: z.string(),
      flip: Flip.nullable(),
    }),
  ),
  closeSecond: z.object({ route: RouteIdSchema, gap: z.number(), text: z.string() }).nullable(),
  plan: Plan,
});
export type RecommendationResponse = z.infer<typeof RecommendationResponse>;

/** 422: the answers do not decide the route yet; `next` is the question to ask. */
export const UndecidedResponse = ApiError.extend({ next: QuestionIdSchema });
export type UndecidedResponse = z.infer<typeof UndecidedResponse>;

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
