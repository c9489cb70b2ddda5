// The answers a person gives: the schema every boundary parses (API bodies, saved wizard state).
// Every key is optional (the wizard skips questions); unknown keys and unknown option ids fail
// with a message that names the field.
import { z } from "zod";
import { OPTION_IDS } from "./ids";

const list = z
  .array(z.enum(OPTION_IDS.constraints))
  .max(OPTION_IDS.constraints.length)
  .refine((ids) => new Set(ids).size === ids.length, { message: "lists an option twice" });

export const Answers = z.strictObject({
  employer: z.enum(OPTION_IDS.employer).optional(),
  role: z.enum(OPTION_IDS.role).optional(),
  "pm-work": z.enum(OPTION_IDS["pm-work"]).optional(),
  experience: z.enum(OPTION_IDS.experience).optional(),
  constraints: list.optional(),
  hours: z.enum(OPTION_IDS.hours).optional(),
  funding: z.enum(OPTION_IDS.funding).optional(),
  deadline: z.enum(OPTION_IDS.deadline).optional(),
  networking: z.enum(OPTION_IDS.networking).optional(),
  building: z.enum(OPTION_IDS.building).optional(),
});
export type Answers = z.infer<typeof Answers>;
