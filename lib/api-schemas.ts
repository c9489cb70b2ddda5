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

// Objects are loose so that a plan saved under an older catalog keeps every field it was saved
// with (the first catalog's reasons carried points, its close second a gap).
const Flip = z.looseObject({
  changes: z.array(z.looseObject({ question: QuestionIdSchema, to: z.union([z.string(), z.array(z.string())]) })),
  text: z.string(),
});

const OtherRoute = z.looseObject({
  route: RouteIdSchema,
  name: z.string(),
  status: z.enum(["eliminated", "outscored"]),
  why: z.string(),
  flip: Flip.nullable(),
  /** when no change a person could make would flip it: what would have to be true instead */
  wouldNeed: z.string().nullable(),
});

export const WARNING_IDS = ["deadline"] as const;
const Warning = z.looseObject({ id: z.enum(WARNING_IDS), text: z.string() });

export const RecommendationResponse = z.looseObject({
  catalogVersion: z.string(),
  route: z.looseObject({ id: RouteIdSchema, name: z.string() }),
  reasons: z
    .array(z.looseObject({ question: QuestionIdSchema.nullable(), option: z.string().nullable(), text: z.string() }))
    .min(1),
  others: z.array(OtherRoute),
  closeSecond: z.looseObject({ route: RouteIdSchema, text: z.string() }).nullable(),
  /** always a list; "deadline" when the route usually takes longer than the person's deadline */
  warnings: z.array(Warning),
  plan: Plan,
});
export type RecommendationResponse = z.infer<typeof RecommendationResponse>;

/**
 * A recommendation as a saved plan holds it: exactly as it was saved, under whichever catalog.
 * Plans saved under the first catalog have no warnings and no "would need" lines.
 */
export const SavedRecommendation = RecommendationResponse.extend({
  others: z.array(OtherRoute.extend({ wouldNeed: z.string().nullable().optional() })),
  warnings: z.array(Warning).optional(),
});
export type SavedRecommendation = z.infer<typeof SavedRecommendation>;

/** 422: the answers do not decide the route yet; `next` is the question to ask. */
export const UndecidedResponse = ApiError.extend({ next: QuestionIdSchema });
export type UndecidedResponse = z.infer<typeof UndecidedResponse>;
