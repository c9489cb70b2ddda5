// Zod schemas for the catalog: each schema is also the type (z.infer), and a test parses the
// whole catalog with them so a typo in an id or a missing field fails the build.
import { z } from "zod";
import { OPTION_IDS, QUESTION_IDS, ROUTE_IDS, type QuestionId } from "./ids";

export const RouteIdSchema = z.enum(ROUTE_IDS);
export const QuestionIdSchema = z.enum(QUESTION_IDS as [QuestionId, ...QuestionId[]]);

const text = z.string().trim().min(3);

/** A week range counted from the day the person starts; week 1 is the first week. */
export const WeekRange = z
  .object({ from: z.number().int().min(1), to: z.number().int().min(1) })
  .refine((w) => w.to >= w.from, { message: "a week range must not end before it starts" });
export type WeekRange = z.infer<typeof WeekRange>;

export const StepTemplate = z.object({
  /** kebab-case, unique within its route; saved plans refer to steps by this id */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** the concrete action, imperative, one line */
  title: text,
  /** a sentence or two on how to do it */
  detail: text,
  /** a check the person can verify themselves */
  doneWhen: text,
  weeks: WeekRange,
  /** true on the step that practises the interview lessons: customer first, why and for whom */
  interviewPractice: z.boolean().default(false),
});
export type StepTemplate = z.infer<typeof StepTemplate>;

export const Route = z.object({
  id: RouteIdSchema,
  name: text,
  /** one line for the route list */
  summary: text,
  fitsBest: text,
  blockers: z.array(text),
  timeToOffer: z.object({ label: text, midpointMonths: z.number().positive() }),
  cost: text,
  /** false where the calendar, not the hours a week, sets the pace (e.g. school admission cycles) */
  paceScales: z.boolean(),
  steps: z.array(StepTemplate).min(6).max(8),
});
export type Route = z.infer<typeof Route>;

export const QuestionOption = z.object({
  id: z.string().min(1),
  label: z.string().trim().min(1),
  hint: z.string().optional(),
  /** how the answer reads inside a reason: "you have 3-8 hours a week" */
  phrase: text,
  /** for a multi-select option: how its absence reads ("you have a bachelor's degree") */
  phraseIfNot: text.optional(),
});
export type QuestionOption = z.infer<typeof QuestionOption>;

export const Question = z.object({
  id: QuestionIdSchema,
  prompt: text,
  /** a few words naming the question inside a sentence: "your hours a week" */
  topic: text,
  help: z.string().optional(),
  multiple: z.boolean(),
  options: z.array(QuestionOption).min(2),
});
export type Question = z.infer<typeof Question>;

/** What one answer option does: fit points per route and hard eliminations with their reason. */
export const Effect = z.object({
  points: z.partialRecord(RouteIdSchema, z.number().int()),
  eliminates: z.partialRecord(RouteIdSchema, text),
});
export type Effect = z.infer<typeof Effect>;

export { OPTION_IDS };
