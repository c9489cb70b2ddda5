// The public ids of routes, questions and options. They are part of the API: never rename one.
// Route ids are listed in the fixed tie-break order (docs/domain.md).

export const ROUTE_IDS = [
  "internal-transfer",
  "shadowing",
  "networking",
  "transferable-resume",
  "side-project",
  "nonprofit",
  "masters",
] as const;
export type RouteId = (typeof ROUTE_IDS)[number];

export const OPTION_IDS = {
  employer: ["pm-team-settled", "pm-team-new", "pm-team-at-risk", "no-pm-team", "not-employed", "career-break"],
  role: [
    "engineering",
    "design",
    "data",
    "customer-facing",
    "sales-marketing",
    "project-management",
    "business",
    "other-field",
    "founder",
    "student",
  ],
  "pm-work": ["shipped-with-results", "some", "not-yet"],
  experience: ["new-grad", "1-3", "4-7", "8-plus"],
  constraints: ["no-bachelors", "needs-visa", "outside-tech-hub"],
  hours: ["under-3", "3-8", "8-15", "over-15"],
  funding: ["yes", "no"],
  deadline: ["under-3-months", "3-12-months", "12-24-months", "no-rush"],
  networking: ["low", "medium", "high"],
  building: ["none", "no-code", "code"],
} as const;

export type QuestionId = keyof typeof OPTION_IDS;
export const QUESTION_IDS = Object.keys(OPTION_IDS) as QuestionId[];
export type OptionId<Q extends QuestionId = QuestionId> = (typeof OPTION_IDS)[Q][number];

/** The one question that takes several options (a list, possibly empty). */
export const MULTI_QUESTION = "constraints" satisfies QuestionId;
