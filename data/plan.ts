// The step plan a person gets (and later saves): zod schema and type side by side.
import { z } from "zod";
import { LEVEL_IDS } from "./ladder";
import { RouteIdSchema, WeekRange } from "./schema";

export const IsoDate = z.iso.date();

export const PlanStep = z.object({
  id: z.string(),
  title: z.string(),
  detail: z.string(),
  doneWhen: z.string(),
  interviewPractice: z.boolean(),
  weeks: WeekRange,
  dates: z.object({ start: IsoDate, end: IsoDate }),
});
export type PlanStep = z.infer<typeof PlanStep>;

export const Plan = z.object({
  route: RouteIdSchema,
  level: z.enum(LEVEL_IDS),
  startDate: IsoDate,
  endDate: IsoDate,
  pace: z.number().positive(),
  steps: z.array(PlanStep).min(1),
});
export type Plan = z.infer<typeof Plan>;
