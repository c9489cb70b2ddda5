// Zod schemas for the catalog: each schema is also the type (z.infer), and a test parses the
// whole catalog with them so a typo in an id or a missing field fails the build. The catalog is
// code, so it is checked there rather than parsed again on every start and in every browser.
import { QuestionIdSchema, RouteIdSchema } from "./answers";
import { OFFER_KINDS, WeekRange } from "./plan";
import * as z from "./zod";

const text = z.string().check(z.trim(), z.minLength(3));

/**
 * Steps whose dates the world sets, not the person: the admissions rounds and the recruiting
 * season of an MBA, the APM/RPM programmes' and the student internships' application windows, and
 * the race to an offer before the US work-visa registration. lib/calendar.ts turns each into real
 * dates from the start date; the hours a week never move them. A calendar step's text may name its
 * dates with {placeholders} that lib/calendar.ts fills in (see CalendarDates there).
 */
export const CALENDAR_SLOTS = [
  "mba-tests",
  "mba-before-start",
  "mba-first-term",
  "mba-applications",
  "mba-interviews",
  "mba-internship",
  "apm-window",
  "internship-window",
  "visa-registration",
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

/**
 * Steps dated from another date of the plan: from the start to the week of the deadline date (the
 * second door a deadline at risk opens from day one), or the two weeks just before the route's
 * step that applies for the internal role (the visa amendment, which comes before that move).
 */
const SPANS = ["until-deadline", "before-internal-application"] as const;

export const StepTemplate = z
  .extend(StepText, {
    /** kebab-case, unique within its plan; saved plans refer to steps by this id */
    id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
    /** weeks at the typical pace (about 5 hours a week); the person's hours stretch or compress them */
    weeks: z.optional(WeekRange),
    /** weeks that the person's hours never change (a rating cycle, a school's own pace) */
    fixedWeeks: z.optional(WeekRange),
    /** or dates the calendar sets */
    calendar: z.optional(CalendarSlot),
    /** or dates set by another date of the plan */
    span: z.optional(z.enum(SPANS)),
    /**
     * Placeholders this step's text takes from a calendar slot without being dated by it: the visa
     * step names the registration it races, though it is a short step at the start.
     */
    words: z.optional(CalendarSlot),
    /** on the route's step that applies for the internal PM role (the visa amendment comes just before it) */
    internalApplication: z.optional(z.literal(true)),
    /** set on the step that practises the interview lessons: customer first, why and for whom */
    interviewPractice: z.optional(z.literal(true)),
    /**
     * Set on steps that depend on other people (conversations, referrals, applications, interviews):
     * the holidays do not count as working time for them (lib/holidays.ts).
     */
    withOthers: z.optional(z.literal(true)),
    /**
     * Set on a step whose "done when" is an offer: a full-time PM job, an internship, or (the
     * second door under a deadline warning) a product-adjacent job. The plan's first offers are
     * the dates of its first job or internship step.
     */
    offer: z.optional(z.enum(OFFER_KINDS)),
    /**
     * Set on steps that give way when the steps a person's answers add would make the plan longer
     * than MAX_PLAN_STEPS: 1 goes first, then 2, and so on.
     */
    optional: z.optional(z.int().check(z.positive())),
    /** the same step sized for under 3 hours a week, where the step names a weekly amount */
    light: z.optional(z.partial(StepText)),
    /** the same step in the words of the Associate PM level ("entry-level PM duties") */
    apm: z.optional(z.partial(StepText)),
    /**
     * the same step for a student far from graduating (docs/domain.md, "student path"): the
     * interview step prepares for internship and programme interviews, the offer is for after
     * graduating
     */
    student: z.optional(z.partial(StepText)),
  })
  .check(
    z.refine((s) => [s.weeks, s.fixedWeeks, s.calendar, s.span].filter(Boolean).length === 1, {
      message: "a step has exactly one of weeks, fixedWeeks, calendar or span",
    }),
  );
export type StepTemplate = z.infer<typeof StepTemplate>;

/**
 * A condition on one answer that makes a route strong: met by any of `anyOf` (for the multi-select
 * question: the answer includes one of them) or by none of `noneOf` (includes none of them).
 * `text` names it after "It would take": "8 or more spare hours a week".
 */
export const Condition = z
  .object({
    question: QuestionIdSchema,
    anyOf: z.optional(z.array(z.string()).check(z.minLength(1))),
    noneOf: z.optional(z.array(z.string()).check(z.minLength(1))),
    text,
  })
  .check(z.refine((c) => (c.anyOf === undefined) !== (c.noneOf === undefined), { message: "a condition has anyOf or noneOf" }));
export type Condition = z.infer<typeof Condition>;

export const Route = z.object({
  id: RouteIdSchema,
  name: text,
  /** one line for the route list */
  summary: text,
  fitsBest: text,
  blockers: z.array(text),
  timeToOffer: z.object({
    label: text,
    midpointMonths: z.number().check(z.positive()),
    /** the shortest typical time to a first offer: a deadline no longer than this gets a warning */
    shortestMonths: z.number().check(z.positive()),
    /** the longest typical time: a deadline shorter than this gets the tight-deadline warning */
    longestMonths: z.number().check(z.positive()),
  }),
  insideCompany: z.boolean(),
  cost: text,
  /** false where the calendar, not the hours a week, sets the pace (e.g. school admission cycles) */
  paceScales: z.boolean(),
  /**
   * What would make this route strong, each a condition on one answer. "Would need" names the
   * ones a person's answers do not meet, when no change they could make would flip the result.
   */
  needs: z.array(Condition).check(z.minLength(1)),
  /** the deadline warning: why the route usually runs past the deadline, and a stepping-stone */
  deadlineWarning: text,
  /** the tight-deadline warning: the route can make the deadline but may not, and a backup to start by the checkpoint */
  tightWarning: text,
  /**
   * What "working" looks like at the checkpoint: 2-3 signs, each judging the work of one of the
   * route's steps (the checkpoint lists them as `measures` and comes after they end), as words for
   * the checkpoint ("you have had at least 15 conversations") and as a yes/no question for the
   * check-in (working when every answer is yes).
   */
  signs: z
    .array(
      z.object({
        step: z.string(),
        text,
        question: text,
        /** the same sign where the step's amounts are sized for under 3 hours a week */
        light: z.optional(z.object({ text, question: text })),
      }),
    )
    .check(z.minLength(2), z.maxLength(3)),
  steps: z.array(StepTemplate).check(z.minLength(5), z.maxLength(8)),
});
export type Route = z.infer<typeof Route>;

const QuestionOption = z.object({
  id: z.string().check(z.minLength(1)),
  label: z.string().check(z.trim(), z.minLength(1)),
  hint: z.optional(z.string()),
  /** how the answer reads inside a sentence: "you have 3-8 hours a week" */
  phrase: text,
  /**
   * For an option on its question's ladder a person could move up to: how it reads after "If"
   * ("you gave it 8-15 hours a week").
   */
  ifPhrase: z.optional(text),
});
type QuestionOption = z.infer<typeof QuestionOption>;

export const Question = z.object({
  id: QuestionIdSchema,
  prompt: text,
  /** a few words naming the question inside a sentence: "your hours a week" */
  topic: text,
  help: z.optional(z.string()),
  multiple: z.boolean(),
  /**
   * The options a person could move up through by choice, least effort, patience or money first
   * (hours, outreach, what they build, funding, deadline, product work, and waiting to pass the
   * bar for internal moves). "What would flip it" only ever moves an answer up its ladder; a
   * question without one (role, years, most of the employer, circumstances) is never suggested.
   */
  ladder: z.optional(z.array(z.string()).check(z.minLength(2))),
  options: z.array(QuestionOption).check(z.minLength(2)),
});
export type Question = z.infer<typeof Question>;

/** What one answer option does: fit points per route, and hard eliminations with their reason. */
export const Effect = z.object({
  points: z.partialRecord(RouteIdSchema, z.int()),
  eliminates: z.partialRecord(RouteIdSchema, text),
});
export type Effect = z.infer<typeof Effect>;

/** What the server says of one answer option's effect (data/scoring-sentences.ts). */
export const EffectSentences = z.object({
  /** the reason shown when this answer helps the route win, for each route it gives points: one sentence, no points */
  fits: z.optional(z.partialRecord(RouteIdSchema, text)),
  /**
   * Where the answer rules out two or more routes: the one line that names them together
   * ("{routes} all take longer than 3 months to lead to an offer"), so nothing is said twice.
   */
  eliminatesTogether: z.optional(text),
});
export type EffectSentences = z.infer<typeof EffectSentences>;
