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

export const PlanStep = z.object({
  id: z.string(),
  title: z.string(),
  detail: z.string(),
  doneWhen: z.string(),
  interviewPractice: z.boolean(),
  /** on the step whose "done when" is an offer: the plan's first offers (absent from plans saved before it) */
  offer: z.optional(z.enum(["job", "internship"])),
  weeks: WeekRange,
  dates: z.object({ start: IsoDate, end: IsoDate }),
});
export type PlanStep = z.infer<typeof PlanStep>;

export const Plan = z.object({
  route: RouteIdSchema,
  level: z.enum(LEVEL_IDS),
  startDate: IsoDate,
  endDate: IsoDate,
  pace: z.number().check(z.positive()),
  steps: z.array(PlanStep).check(z.minLength(1)),
});
export type Plan = z.infer<typeof Plan>;
