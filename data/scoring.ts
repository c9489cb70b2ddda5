// Scoring weights, catalog v4 (docs/domain.md, "Scoring"), as calibrated there.
// Two kinds of rule are kept apart: hard eliminations (with the one-line reason shown to the
// person) and fit points (never shown; the plain sentence shown when an answer helps a route win
// is in data/scoring-sentences.ts, which stays on the server: this file is what the browser's
// narrowing loads). The principles behind the numbers: a free, fast route the
// person is eligible for beats an expensive slow one; a route wins on the person's strengths,
// never on their weaknesses; a route that cannot finish before the deadline is out or flagged; an
// answer that closes a door closes it with a reason. Refine a weight only with a reason written
// beside it, and keep the example personas in tests/fixtures/personas.ts passing.
import type { OptionId, QuestionId } from "./ids";
import type { Effect } from "./schema";

type Scoring = { [Q in QuestionId]: Record<OptionId<Q>, Effect> };

const none = {};

export const scoring: Scoring = {
  employer: {
    "pm-team-settled": {
      // A free internal move the person is eligible for beats an expensive degree, even for
      // someone with savings and no hurry.
      points: { "internal-transfer": 6, shadowing: 2, masters: -4 },
      eliminates: none,
    },
    "pm-team-new": {
      points: { shadowing: 4, masters: -2 },
      eliminates: {
        "internal-transfer": "You are not yet past your company's bar for an internal move (often 6-12 months in role and a first rating).",
      },
    },
    "pm-team-at-risk": {
      points: { networking: 1 },
      eliminates: {
        "internal-transfer": "Internal moves are closed while you are on a performance plan or rated below expectations.",
        shadowing: "Shadowing is an internal move in the making, and those are closed while you are on a performance plan.",
      },
    },
    "no-pm-team": {
      points: {},
      eliminates: {
        "internal-transfer": "Your company has no PM team to move into.",
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
    "career-break": {
      // Both doors inside a company are closed without a current employer; what stays is the
      // record from before the break and the people who worked with you then.
      points: { "transferable-resume": 1, networking: 1 },
      eliminates: {
        "internal-transfer": "You need a current employer with PMs to move inside.",
        shadowing: "You need a PM team at work to shadow.",
      },
    },
  },
  role: {
    engineering: {
      points: { "side-project": 2, "internal-transfer": 1, shadowing: 1 },
      eliminates: none,
    },
    design: {
      points: { "side-project": 1, "internal-transfer": 1, shadowing: 1 },
      eliminates: none,
    },
    data: {
      points: { "internal-transfer": 1, shadowing: 1, "transferable-resume": 1 },
      eliminates: none,
    },
    "customer-facing": {
      points: { "internal-transfer": 1, shadowing: 1 },
      eliminates: none,
    },
    "sales-marketing": {
      points: { networking: 2, nonprofit: 1 },
      eliminates: none,
    },
    "project-management": {
      points: { "transferable-resume": 2, "internal-transfer": 1 },
      eliminates: none,
    },
    business: {
      points: { masters: 2, networking: 1, nonprofit: 1 },
      eliminates: none,
    },
    "other-field": {
      points: { nonprofit: 2, networking: 1, masters: 1 },
      eliminates: none,
    },
    founder: {
      points: { "transferable-resume": 2, networking: 1, "side-project": 1 },
      eliminates: none,
    },
    student: {
      points: { "transferable-resume": 2, "side-project": 1 },
      eliminates: none,
    },
  },
  "pm-work": {
    "shipped-with-results": {
      // Evidence sets the route: a policy analyst who led a redesign with measured uptake, or a
      // game designer whose games have 100k players, has a PM resume already (v4: +6, was +4).
      // Someone new at a company with PMs who has shipped product work still does best moving
      // inside once eligible, so shadowing gains too.
      points: { "transferable-resume": 6, "internal-transfer": 1, shadowing: 2 },
      eliminates: none,
    },
    some: {
      points: { "transferable-resume": 1 },
      eliminates: none,
    },
    "not-yet": {
      // A resume cannot show product work that has not happened yet: a route wins on strengths,
      // never on weaknesses.
      points: { "transferable-resume": -2, shadowing: 1 },
      eliminates: none,
    },
  },
  experience: {
    "new-grad": {
      points: { "transferable-resume": 2, "side-project": 1, masters: -2 },
      eliminates: none,
    },
    "1-3": {
      points: { "side-project": 1 },
      eliminates: none,
    },
    "4-7": {
      points: { masters: 2 },
      eliminates: none,
    },
    "8-plus": {
      // Years alone earn the transferable resume nothing (it would win on a weak profile). A
      // master's is less usual this late, but 8-10 years is still common at business schools
      // (veterans, for one), so it loses a point, not a door.
      points: { masters: -1, networking: 1 },
      eliminates: none,
    },
  },
  constraints: {
    "no-bachelors": {
      points: {},
      eliminates: { masters: "A master's programme needs a bachelor's degree first." },
    },
    "needs-visa": {
      // Volunteering sponsors no visa, and on a work visa unpaid work for another organisation can
      // breach its terms.
      points: { masters: 2, "internal-transfer": 1, nonprofit: -2 },
      eliminates: none,
    },
    "outside-tech-hub": {
      points: { nonprofit: 1, "side-project": 1 },
      eliminates: none,
    },
  },
  hours: {
    "under-3": {
      // Little time is no reason to pick a route (v4: the transferable resume no longer gains a
      // point here); shadowing happens in work time, so it is the one route that gains.
      points: { nonprofit: -2, networking: -1, shadowing: 1 },
      eliminates: { "side-project": "A side project needs more than 3 hours a week to ship." },
    },
    "3-8": {
      points: { nonprofit: 2, networking: 1, "side-project": -1 },
      eliminates: none,
    },
    "8-15": {
      points: { "side-project": 2, networking: 1 },
      eliminates: none,
    },
    "over-15": {
      points: { "side-project": 2, networking: 2, masters: 1 },
      eliminates: none,
    },
  },
  funding: {
    yes: {
      points: { masters: 1 },
      eliminates: none,
    },
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
        shadowing: "Shadowing leads to a transfer that is at least 6 months away.",
      },
    },
    "3-12-months": {
      points: { networking: 1, "internal-transfer": 1 },
      eliminates: { masters: "A master's degree won't lead to an offer within 12 months." },
    },
    "12-24-months": {
      points: {},
      // A master's leads to a full-time offer after about 24-33 months: past a 2-year deadline.
      eliminates: { masters: "A master's degree leads to a full-time offer after about two to three years, past your deadline." },
    },
    "no-rush": {
      points: { masters: 1, "side-project": 1, nonprofit: 1, shadowing: 1 },
      eliminates: none,
    },
  },
  networking: {
    low: {
      // Only networking loses: a route wins on strengths, not by routing around a weakness.
      points: { networking: -2 },
      eliminates: none,
    },
    medium: { points: {}, eliminates: none },
    high: {
      points: { networking: 3 },
      eliminates: none,
    },
  },
  building: {
    none: { points: { "side-project": -3 }, eliminates: none },
    "no-code": {
      points: { "side-project": 1 },
      eliminates: none,
    },
    code: {
      points: { "side-project": 2 },
      eliminates: none,
    },
  },
};
