// The rules that shape a plan beyond its route (docs/domain.md, "What the result decides"): the
// pace the hours a week set, when a deadline is too short for a route, which routes get a visa
// step, and how long a plan may grow. lib/outcome.ts applies them.
import type { OptionId, RouteId } from "./ids";

/**
 * How the hours a week stretch or compress the weeks of the steps a person controls. Step weeks
 * in data/routes/ assume the typical pace of about 5 hours a week (the "3-8" answer).
 */
export const PACE: Record<OptionId<"hours">, number> = {
  "under-3": 1.5,
  "3-8": 1,
  "8-15": 0.8,
  "over-15": 0.65,
};

/** The longest wait each deadline answer allows, in months ("no rush" has no limit). */
export const DEADLINE_MONTHS: Record<OptionId<"deadline">, number> = {
  "under-3-months": 3,
  "3-12-months": 12,
  "12-24-months": 24,
  "no-rush": Number.POSITIVE_INFINITY,
};

/**
 * The routes that end in applications to other employers. The steps that aim those applications
 * (returnships after a break, remote-first companies away from a tech hub, internships for
 * students) apply to these routes only: an internal move keeps the employer, and a master's
 * student recruits through the school's internship season.
 */
export const SEARCH_ROUTES: readonly RouteId[] = ["networking", "transferable-resume", "side-project", "nonprofit"];

/**
 * Needing a visa adds a step: on the routes that end in applications to employers, aim them at
 * employers that sponsor visas; on the master's, pick a STEM-designated programme; on a move inside
 * the company, the amended petition a move into PM usually needs, just before applying.
 */
export const VISA_STEP: Record<RouteId, "visa-sponsors" | "stem-programmes" | "visa-amendment"> = {
  "internal-transfer": "visa-amendment",
  shadowing: "visa-amendment",
  networking: "visa-sponsors",
  "transferable-resume": "visa-sponsors",
  "side-project": "visa-sponsors",
  nonprofit: "visa-sponsors",
  masters: "stem-programmes",
};

/**
 * The level to aim for (docs/domain.md, "What the result decides", v4): PM on a master's (MBA
 * graduates recruit for PM roles); otherwise Associate PM for new graduates and students, and for
 * people with 1-3 years on a route that ends in outside applications unless they have shipped
 * product work with a measurable result; PM for everyone else.
 */
export const APM_LEVEL = {
  answers: { experience: "new-grad", role: "student" },
  earlyCareer: { experience: "1-3", unless: { "pm-work": "shipped-with-results" }, routes: SEARCH_ROUTES },
  neverOn: ["masters"],
} as const;

/**
 * A student whose deadline is a year or more away is far from graduating: on a search route the
 * plan aims at internships now and the APM window next, and no step with a full-time job offer
 * starts before that window opens.
 */
export const FAR_FROM_GRADUATING: readonly OptionId<"deadline">[] = ["12-24-months", "no-rush"];

/**
 * At most this many steps run at once for each answer about hours (the checkpoint does not count;
 * a calendar window counts while it is open; a master's is exempt, its school calendar sets its
 * dates). The plan sequences steps to stay within it rather than stack work.
 */
export const LOAD: Record<OptionId<"hours">, number> = {
  "under-3": 2,
  "3-8": 3,
  "8-15": 4,
  "over-15": 4,
};

/**
 * The checkpoint comes about two months in: a route to switch to there must have its shortest
 * typical time to an offer inside the months the deadline leaves by then.
 */
export const CHECKPOINT_MONTHS = 2;

/** Every plan's first phase ends with this step (data/plan-steps.ts). */
export const CHECKPOINT_ID = "checkpoint";

/** The steps a person's answers can add to a route's plan (ids are part of the API). */
export const ADDED_STEPS = [
  "restore-standing",
  "bridge-roles",
  "apm-programmes",
  "internships",
  "visa-sponsors",
  "stem-programmes",
  "visa-amendment",
  "returnships",
  "remote-first",
] as const;
export type AddedStep = (typeof ADDED_STEPS)[number];

/** The warnings a deadline can give (ids are part of the API); a result has at most one. */
export const WARNING_IDS = ["deadline", "deadline-tight"] as const;
export type WarningId = (typeof WARNING_IDS)[number];

/**
 * A plan the person can hold in their head: the route's optional steps give way past this many
 * (a step for meanwhile, added where the calendar imposes a wait, comes on top).
 */
export const MAX_PLAN_STEPS = 10;
export const MIN_PLAN_STEPS = 6;

/** A plan never leaves more than two weeks without a step running (docs/domain.md, "Definitions for the plan"). */
export const MAX_QUIET_DAYS = 14;
