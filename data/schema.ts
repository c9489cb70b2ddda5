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

/**
 * Steps whose dates the world sets, not the person: the admissions rounds and the recruiting
 * season of an MBA, and the APM/RPM programmes' application window. lib/calendar.ts turns each
 * into real dates from the start date; the hours a week never move them.
 */
export const CALENDAR_SLOTS = [
  "mba-tests",
  "mba-before-start",
  "mba-first-term",
  "mba-applications",
  "mba-interviews",
  "mba-internship",
  "apm-window",
] as const;
export const CalendarSlot = z.enum(CALENDAR_SLOTS);
export type CalendarSlot = z.infer<typeof CalendarSlot>;

const StepText = z.object({
  /** the concrete action, imperative, one line */
  title: text,
  /** a sentence or two on how to do it */
  detail: text,
  /** a check the person can verify themselves */
  doneWhen: text,
});

export const StepTemplate = StepText.extend({
  /** kebab-case, unique within its plan; saved plans refer to steps by this id */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** weeks at the typical pace (about 5 hours a week); the person's hours stretch or compress them */
  weeks: WeekRange.optional(),
  /** weeks that the person's hours never change (a rating cycle, a school's own pace) */
  fixedWeeks: WeekRange.optional(),
  /** or dates the calendar sets */
  calendar: CalendarSlot.optional(),
  /** true on the step that practises the interview lessons: customer first, why and for whom */
  interviewPractice: z.boolean().default(false),
  /**
   * Set on steps that give way when the steps a person's answers add would make the plan longer
   * than MAX_PLAN_STEPS: 1 goes first, then 2, and so on.
   */
  optional: z.number().int().positive().optional(),
  /** the same step sized for under 3 hours a week, where the step names a weekly amount */
  light: StepText.partial().optional(),
}).refine((s) => [s.weeks, s.fixedWeeks, s.calendar].filter(Boolean).length === 1, {
  message: "a step has exactly one of weeks, fixedWeeks or calendar",
});
export type StepTemplate = z.infer<typeof StepTemplate>;

export const Route = z.object({
  id: RouteIdSchema,
  name: text,
  /** one line for the route list */
  summary: text,
  fitsBest: text,
  blockers: z.array(text),
  timeToOffer: z.object({
    label: text,
    midpointMonths: z.number().positive(),
    /** the shortest typical time to a first offer: a deadline no longer than this gets a warning */
    shortestMonths: z.number().positive(),
  }),
  cost: text,
  /** false where the calendar, not the hours a week, sets the pace (e.g. school admission cycles) */
  paceScales: z.boolean(),
  /** what would have to be true for this route to win, when no answer a person can change would do it */
  wouldNeed: text,
  /** the deadline warning: why the route usually runs past the deadline, and a stepping-stone */
  deadlineWarning: text,
  /** what "working" looks like at the checkpoint, about week 8 at the typical pace */
  checkpoint: text,
  steps: z.array(StepTemplate).min(5).max(7),
});
export type Route = z.infer<typeof Route>;

export const QuestionOption = z.object({
  id: z.string().min(1),
  label: z.string().trim().min(1),
  hint: z.string().optional(),
  /** how the answer reads inside a sentence: "you have 3-8 hours a week" */
  phrase: text,
  /** for a multi-select option: how its absence reads ("you have a bachelor's degree") */
  phraseIfNot: text.optional(),
  /**
   * For an answer a person could choose to move to: how it reads after "If" ("you gave it 8-15
   * hours a week"). Options without it (less time, undoing work already done) are never suggested.
   */
  ifPhrase: text.optional(),
});
export type QuestionOption = z.infer<typeof QuestionOption>;

export const Question = z.object({
  id: QuestionIdSchema,
  prompt: text,
  /** a few words naming the question inside a sentence: "your hours a week" */
  topic: text,
  help: z.string().optional(),
  multiple: z.boolean(),
  /**
   * Can a person change this answer by choice (their hours, appetite for outreach, what they
   * build, funding, deadline, product work)? "What would flip it" uses only these, never a
   * person's role, years, employer or circumstances.
   */
  changeable: z.boolean(),
  options: z.array(QuestionOption).min(2),
});
export type Question = z.infer<typeof Question>;

/**
 * What one answer option does: fit points per route, with the plain sentence that explains each
 * positive one to the person, and hard eliminations with their reason.
 */
export const Effect = z.object({
  points: z.partialRecord(RouteIdSchema, z.number().int()),
  /** the reason shown when this answer helps the route win: one sentence, no points */
  fits: z.partialRecord(RouteIdSchema, text),
  eliminates: z.partialRecord(RouteIdSchema, text),
});
export type Effect = z.infer<typeof Effect>;

export { OPTION_IDS };
