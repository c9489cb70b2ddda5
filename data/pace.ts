// How the hours a week stretch or compress a plan. Step weeks in data/routes.ts assume the typical
// pace of about 5 hours a week (the "3-8" answer); fewer hours stretch every range, more compress
// it, but never below what calendar time needs (the factor is a floor, not a promise).
import type { OptionId } from "./ids";

export const PACE: Record<OptionId<"hours">, number> = {
  "under-3": 1.5,
  "3-8": 1,
  "8-15": 0.8,
  "over-15": 0.65,
};

/** The pace when the hours question was skipped because it could not change the route. */
export const DEFAULT_PACE = 1;
