// The answers a person gives: the schema every boundary parses (API bodies, saved wizard state).
// Every key is optional (the wizard skips questions); unknown keys and unknown option ids fail
// with a message that names the field. Built from data/ids.ts, so a new question or option is
// listed once, there.
import { MULTI_QUESTION, OPTION_IDS, QUESTION_IDS, ROUTE_IDS, type QuestionId } from "./ids";
import * as z from "./zod";

export const RouteIdSchema = z.enum(ROUTE_IDS);
export const QuestionIdSchema = z.enum(QUESTION_IDS as [QuestionId, ...QuestionId[]]);

const list = z.array(z.enum(OPTION_IDS[MULTI_QUESTION])).check(
  z.maxLength(OPTION_IDS[MULTI_QUESTION].length),
  z.refine((ids) => new Set(ids).size === ids.length, { message: "lists an option twice" }),
);

/** A question that takes one option: one of its option ids, or unanswered. */
const oneOf = <Q extends QuestionId>(question: Q) => z.optional(z.enum(OPTION_IDS[question]));

/** Each question's schema, in the catalog's order (the order parsed answers keep). */
type Shape = { [Q in QuestionId]: Q extends typeof MULTI_QUESTION ? z.ZodMiniOptional<typeof list> : ReturnType<typeof oneOf<Q>> };
// Object.fromEntries types its keys as any string; the entries are exactly Shape's, one per question.
const shape = Object.fromEntries(
  QUESTION_IDS.map((question) => [question, question === MULTI_QUESTION ? z.optional(list) : oneOf(question)]),
) as unknown as Shape;

export const Answers = z.strictObject(shape);
export type Answers = z.infer<typeof Answers>;
