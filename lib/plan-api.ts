// The saved-plans API contract: request bodies, the saved plan as stored and returned, and the
// responses. Route handlers, pages and tests share these schemas, so the wire format is one thing.
import { z } from "zod";
import { Answers } from "@/data/answers";
import { RecommendationBody, SavedRecommendation } from "./api-schemas";
import { firstHiddenCharacter, withoutHiddenCharacters } from "./hidden-characters";

/** Plan ids and edit tokens are base64url strings from a cryptographic random source. */
export const PlanId = z.string().regex(/^[A-Za-z0-9_-]{20,64}$/, "not a plan id");
export const EditToken = z.string().regex(/^[A-Za-z0-9_-]{40,128}$/, "not an edit token");

/** A title as a person types it: shown as text everywhere, so nothing in it may be invisible. */
export const Title = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(120, "at most 120 characters")
  .superRefine((title, context) => {
    const hidden = firstHiddenCharacter(title);
    if (hidden) context.addIssue({ code: "custom", message: `has an invisible or text-direction character (${hidden}); remove it` });
  });

/** A stored title: saved before hidden characters were refused, so they are left out when read. */
const StoredTitle = z.string().transform((title) => withoutHiddenCharacters(title).trim() || "Untitled plan");

/** Step ids to done states. zod skips a "__proto__" key, which would leave an empty change. */
const StepChanges = z
  .custom<object>((value) => typeof value !== "object" || value === null || !Object.hasOwn(value, "__proto__"), {
    message: '"__proto__" is not a step id',
  })
  .pipe(z.record(z.string().max(64), z.boolean()));

export const CreatePlanBody = RecommendationBody.extend({ title: Title.optional() });
export type CreatePlanBody = z.infer<typeof CreatePlanBody>;

export const PatchPlanBody = z
  .strictObject({
    version: z.number().int().min(1),
    title: Title.optional(),
    /** sets each step's done state; never toggles */
    steps: StepChanges.optional(),
  })
  .refine((b) => b.title !== undefined || Object.keys(b.steps ?? {}).length > 0, {
    message: "nothing to change: send title or steps",
  });
export type PatchPlanBody = z.infer<typeof PatchPlanBody>;

/** A saved plan as it was when saved: answers, recommendation and full plan content. */
export const SavedPlan = z.object({
  id: PlanId,
  title: StoredTitle,
  answers: Answers,
  /** the recommendation and plan exactly as computed when saved, with the catalog version */
  snapshot: SavedRecommendation,
  done: z.record(z.string(), z.boolean()),
  version: z.number().int().min(1),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type SavedPlan = z.infer<typeof SavedPlan>;

export const CreatePlanResponse = z.object({ id: PlanId, editToken: EditToken, url: z.string() });
export type CreatePlanResponse = z.infer<typeof CreatePlanResponse>;

export const ShareResponse = z.object({ id: PlanId, url: z.string() });
export type ShareResponse = z.infer<typeof ShareResponse>;

/** 409: the plan changed since the version the client had; here is the current one. */
export const ConflictResponse = z.object({ error: z.string(), plan: SavedPlan });

export const planUrl = (id: string) => `/plans/${id}`;

export const defaultTitle = (routeName: string) => `My route: ${routeName}`;
