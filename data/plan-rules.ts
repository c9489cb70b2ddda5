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

/** A plan the person can hold in their head: optional steps give way past this many. */
export const MAX_PLAN_STEPS = 8;
export const MIN_PLAN_STEPS = 6;
