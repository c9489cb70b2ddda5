// Scoring weights: the first calibration from the domain brief, unchanged. Two kinds of rule are
// kept apart: hard eliminations (with the one-line reason shown to the person) and fit points.
// Refine a weight only with a reason written beside it, and keep the example personas passing.
import type { OptionId, QuestionId } from "./ids";
import type { Effect } from "./schema";

type Scoring = { [Q in QuestionId]: Record<OptionId<Q>, Effect> };

const none: Effect["eliminates"] = {};

export const scoring: Scoring = {
  employer: {
    "pm-team-settled": {
      points: { "internal-transfer": 5, shadowing: 2, masters: -1 },
      eliminates: none,
    },
    "pm-team-new": {
      points: { shadowing: 4 },
      eliminates: {
        "internal-transfer":
          "You are not yet past your company's tenure or rating bar for an internal move.",
      },
    },
    "no-pm-team": {
      points: {},
      eliminates: {
        "internal-transfer": "Your company has no PM team to transfer into.",
        shadowing: "There is no PM at your company to shadow.",
      },
    },
    "not-employed": {
      points: { "transferable-resume": 1, "side-project": 1 },
      eliminates: {
        "internal-transfer": "You need an employer with PMs to move inside.",
        shadowing: "You need a PM team at work to shadow.",
      },
    },
  },
  role: {
    engineering: { points: { "side-project": 2, "internal-transfer": 1, shadowing: 1 }, eliminates: none },
    design: { points: { "side-project": 1, "internal-transfer": 1, shadowing: 1 }, eliminates: none },
    data: { points: { "internal-transfer": 1, "transferable-resume": 1 }, eliminates: none },
    "customer-facing": { points: { "internal-transfer": 1, shadowing: 1 }, eliminates: none },
    "sales-marketing": { points: { networking: 2, nonprofit: 1 }, eliminates: none },
    "project-management": { points: { "transferable-resume": 2 }, eliminates: none },
    business: { points: { masters: 2, networking: 1, nonprofit: 1 }, eliminates: none },
    student: { points: { "transferable-resume": 2, "side-project": 1 }, eliminates: none },
  },
  experience: {
    "new-grad": { points: { "transferable-resume": 2, "side-project": 1, masters: -2 }, eliminates: none },
    "1-3": { points: { "side-project": 1 }, eliminates: none },
    "4-7": { points: { masters: 2 }, eliminates: none },
    "8-plus": { points: { masters: -2, networking: 1, "transferable-resume": 1 }, eliminates: none },
  },
  constraints: {
    "no-bachelors": {
      points: {},
      eliminates: { masters: "A master's programme needs a bachelor's degree first." },
    },
    "needs-visa": { points: { masters: 2, "internal-transfer": 1 }, eliminates: none },
    "outside-tech-hub": { points: { nonprofit: 1, "side-project": 1 }, eliminates: none },
  },
  hours: {
    "under-3": {
      points: { nonprofit: -2, networking: -1, shadowing: 1, "transferable-resume": 1 },
      eliminates: { "side-project": "A side project needs more than 3 hours a week to ship." },
    },
    "3-8": { points: { nonprofit: 2, networking: 1, "side-project": -1 }, eliminates: none },
    "8-15": { points: { "side-project": 2, networking: 1 }, eliminates: none },
    "over-15": { points: { "side-project": 2, networking: 2, masters: 1 }, eliminates: none },
  },
  funding: {
    yes: { points: { masters: 2 }, eliminates: none },
    no: {
      points: {},
      eliminates: { masters: "You can't fund about $150k and two years without a salary." },
    },
  },
  deadline: {
    "under-3-months": {
      points: { "transferable-resume": 2, networking: 1 },
      eliminates: {
        "side-project": "A side project takes longer than 3 months to pay off.",
        nonprofit: "A volunteer project takes longer than 3 months to pay off.",
        masters: "A master's degree takes about two years.",
      },
    },
    "3-12-months": {
      points: { networking: 1, "internal-transfer": 1 },
      eliminates: { masters: "A master's degree won't lead to an offer within 12 months." },
    },
    "12-24-months": { points: { masters: -1 }, eliminates: none },
    "no-rush": { points: { masters: 2, "side-project": 1, nonprofit: 1 }, eliminates: none },
  },
  networking: {
    low: {
      points: { networking: -2, "side-project": 1, nonprofit: 1, "transferable-resume": 1 },
      eliminates: none,
    },
    medium: { points: {}, eliminates: none },
    high: { points: { networking: 3 }, eliminates: none },
  },
  building: {
    none: { points: { "side-project": -2 }, eliminates: none },
    "no-code": { points: { "side-project": 1 }, eliminates: none },
    code: { points: { "side-project": 2 }, eliminates: none },
  },
};
