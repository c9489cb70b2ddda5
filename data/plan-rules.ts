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
 * students, APM programmes for people with 1-3 years) apply to these routes only: an internal move
 * keeps the employer, and a master's student recruits through the school's internship season.
 */
export const SEARCH_ROUTES: readonly RouteId[] = ["networking", "transferable-resume", "side-project", "nonprofit"];

/**
 * Needing a visa adds a step on the routes that end in applications to employers (aim them at
 * employers that sponsor visas) and on the master's (pick a STEM-designated programme). An
 * internal move or shadowing keeps the employer the person already has.
 */
export const VISA_STEP: Partial<Record<RouteId, "visa-sponsors" | "stem-programmes">> = {
  networking: "visa-sponsors",
  "transferable-resume": "visa-sponsors",
  "side-project": "visa-sponsors",
  nonprofit: "visa-sponsors",
  masters: "stem-programmes",
};

/** Level APM (Associate PM programmes) for new graduates and students; PM for everyone else. */
export const APM_ANSWERS = { experience: "new-grad", role: "student" } as const;

/**
 * Beside PM roles, APM and RPM programmes are a second door on a search route for people early in
 * their careers: some take a few years of work (Meta's RPM takes 1-4 years).
 */
export const APM_SECOND_DOOR: OptionId<"experience"> = "1-3";

/** Every plan's first phase ends with this step (data/plan-steps.ts). */
export const CHECKPOINT_ID = "checkpoint";

/** The steps a person's answers can add to a route's plan (ids are part of the API). */
export const ADDED_STEPS = [
  "restore-standing",
  "apm-programmes",
  "internships",
  "visa-sponsors",
  "stem-programmes",
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
