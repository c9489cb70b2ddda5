// The public JSON API's wire format as zod schemas: request bodies and responses. Kept apart from
// the mappings in api-shape.ts so that browser code can parse API answers without pulling the
// catalog or the engine into its bundle.
import { z } from "zod";
import { Answers } from "@/data/answers";
import { IsoDate, Plan } from "@/data/plan";
import { QuestionIdSchema, RouteIdSchema } from "@/data/schema";

// Requests

/**
 * The largest body the API reads. Real bodies are well under 1 kB; the limit leaves room for a
 * single 10 kB id, so that one gets a 400 naming its field rather than a 413.
 */
export const MAX_BODY_BYTES = 16 * 1024;

export const WizardNextBody = z.strictObject({ answers: Answers });
export type WizardNextBody = z.infer<typeof WizardNextBody>;

/** A plan starting outside this century is a typo, and its dates would not stay ISO dates. */
export const StartDate = IsoDate.refine((d) => d >= "2000-01-01" && d <= "2099-12-31", {
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
