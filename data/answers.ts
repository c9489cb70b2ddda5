// The answers a person gives: the schema every boundary parses (API bodies, saved wizard state).
// Every key is optional (the wizard skips questions); unknown keys and unknown option ids fail
// with a message that names the field.
import { OPTION_IDS, QUESTION_IDS, ROUTE_IDS, type QuestionId } from "./ids";
import * as z from "./zod";

export const RouteIdSchema = z.enum(ROUTE_IDS);
export const QuestionIdSchema = z.enum(QUESTION_IDS as [QuestionId, ...QuestionId[]]);

const list = z.array(z.enum(OPTION_IDS.constraints)).check(
  z.maxLength(OPTION_IDS.constraints.length),
  z.refine((ids) => new Set(ids).size === ids.length, { message: "lists an option twice" }),
);

export const Answers = z.strictObject({
  employer: z.optional(z.enum(OPTION_IDS.employer)),
  role: z.optional(z.enum(OPTION_IDS.role)),
  "pm-work": z.optional(z.enum(OPTION_IDS["pm-work"])),
  experience: z.optional(z.enum(OPTION_IDS.experience)),
  constraints: z.optional(list),
  hours: z.optional(z.enum(OPTION_IDS.hours)),
  funding: z.optional(z.enum(OPTION_IDS.funding)),
  deadline: z.optional(z.enum(OPTION_IDS.deadline)),
  networking: z.optional(z.enum(OPTION_IDS.networking)),
  building: z.optional(z.enum(OPTION_IDS.building)),
});
export type Answers = z.infer<typeof Answers>;
