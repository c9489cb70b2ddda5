// The step plan a person gets (and later saves): zod schema and type side by side.
import * as z from "./zod";
import { LEVEL_IDS } from "./ladder";
import { RouteIdSchema } from "./answers";

export const IsoDate = z.iso.date();

const week = z.int().check(z.minimum(1));

/** A week range counted from the day the person starts; week 1 is the first week. */
export const WeekRange = z
  .object({ from: week, to: week })
  .check(z.refine((w) => w.to >= w.from, { message: "a week range must not end before it starts" }));
export type WeekRange = z.infer<typeof WeekRange>;

/** What a step's "done when" offer is: a PM job, an internship, or a product-adjacent job (the second door). */
export const OFFER_KINDS = ["job", "internship", "adjacent"] as const;

export const PlanStep = z.object({
  id: z.string(),
  title: z.string(),
  detail: z.string(),
  doneWhen: z.string(),
  interviewPractice: z.boolean(),
  /** on a step whose "done when" is an offer (absent from plans saved before steps said so) */
  offer: z.optional(z.enum(OFFER_KINDS)),
  weeks: WeekRange,
  dates: z.object({ start: IsoDate, end: IsoDate }),
  /** on the checkpoint (v4): the steps whose work its signs judge; it comes after they end */
  measures: z.optional(z.array(z.string())),
  /** v4: set on steps that start after the deadline date while a deadline warning shows: the plan if no offer has come by then */
  afterDeadline: z.optional(z.literal(true)),
});
export type PlanStep = z.infer<typeof PlanStep>;

export const Plan = z.object({
  route: RouteIdSchema,
  level: z.enum(LEVEL_IDS),
  startDate: IsoDate,
  endDate: IsoDate,
  pace: z.number().check(z.positive()),
  steps: z.array(PlanStep).check(z.minLength(1)),
  /** v4, under a deadline warning: the start date plus the deadline's months; steps after it are the plan if no offer has come */
  deadline: z.optional(IsoDate),
});
export type Plan = z.infer<typeof Plan>;
