// Scoring weights, catalog v4 (docs/domain.md, "Scoring"), as calibrated there.
// Two kinds of rule are kept apart: hard eliminations (with the one-line reason shown to the
// person) and fit points (with the plain sentence shown when the answer helps a route win; the
// points themselves are never shown). The principles behind the numbers: a free, fast route the
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
      fits: {
        "internal-transfer": "You have been at a company with PMs long enough, and in good enough standing, to move inside.",
        shadowing: "There are PMs at your company you can learn from up close.",
      },
      eliminates: none,
    },
    "pm-team-new": {
      points: { shadowing: 4, masters: -2 },
      fits: {
        shadowing: "There are PMs at your company, and learning beside one is how you get ready while you become eligible to move.",
      },
      eliminates: {
        "internal-transfer": "You are not yet past your company's bar for an internal move (often 6-12 months in role and a first rating).",
      },
    },
    "pm-team-at-risk": {
      points: { networking: 1 },
      fits: { networking: "Conversations outside your company don't depend on your current rating." },
      eliminates: {
        "internal-transfer": "Internal moves are closed while you are on a performance plan or rated below expectations.",
        shadowing: "Shadowing is an internal move in the making, and those are closed while you are on a performance plan.",
      },
      eliminatesTogether:
        "{routes} are moves inside your company, and those are closed while you are on a performance plan or rated below expectations.",
    },
    "no-pm-team": {
      points: {},
      fits: none,
      eliminates: {
        "internal-transfer": "Your company has no PM team to move into.",
        shadowing: "There is no PM at your company to shadow.",
      },
      eliminatesTogether: "{routes} need a PM team at your company, and yours has none.",
    },
    "not-employed": {
      points: { "transferable-resume": 1, "side-project": 1 },
      fits: {
        "transferable-resume": "You can put your time into applications straight away.",
        "side-project": "You have the time to build something of your own.",
      },
      eliminates: {
        "internal-transfer": "You need an employer with PMs to move inside.",
        shadowing: "You need a PM team at work to shadow.",
      },
      eliminatesTogether: "{routes} need an employer with a PM team.",
    },
    "career-break": {
      // Both doors inside a company are closed without a current employer; what stays is the
      // record from before the break and the people who worked with you then.
      points: { "transferable-resume": 1, networking: 1 },
      fits: {
        "transferable-resume": "Your record from before the break is yours to show, and a resume can say plainly what the break was.",
        networking: "People who worked with you before your break are a warm way back in.",
      },
      eliminates: {
        "internal-transfer": "You need a current employer with PMs to move inside.",
        shadowing: "You need a PM team at work to shadow.",
      },
      eliminatesTogether: "{routes} need a current employer with a PM team.",
    },
  },
  role: {
    engineering: {
      points: { "side-project": 2, "internal-transfer": 1, shadowing: 1 },
      fits: {
        "side-project": "As an engineer you can build and ship a product yourself.",
        "internal-transfer": "Engineers work next to PMs every day, which makes a move inside natural.",
        shadowing: "You already sit close to the PMs you would learn from.",
      },
      eliminates: none,
    },
    design: {
      points: { "side-project": 1, "internal-transfer": 1, shadowing: 1 },
      fits: {
        "side-project": "As a designer you can shape a product people want to use.",
        "internal-transfer": "Designers work next to PMs every day, which makes a move inside natural.",
        shadowing: "You already sit close to the PMs you would learn from.",
      },
      eliminates: none,
    },
    data: {
      points: { "internal-transfer": 1, shadowing: 1, "transferable-resume": 1 },
      fits: {
        "internal-transfer": "Your analysis already feeds product decisions, which makes a move inside natural.",
        shadowing: "Your analysis already feeds the decisions you would watch a PM make.",
        "transferable-resume": "Data work gives you measurable results to put on a resume.",
      },
      eliminates: none,
    },
    "customer-facing": {
      points: { "internal-transfer": 1, shadowing: 1 },
      fits: {
        "internal-transfer": "You know the customers better than most, which PMs value in someone moving inside.",
        shadowing: "You bring the customer's view to the PM you learn from.",
      },
      eliminates: none,
    },
    "sales-marketing": {
      points: { networking: 2, nonprofit: 1 },
      fits: {
        networking: "Reaching out and building relationships is already your job.",
        nonprofit: "Non-profits need people who can explain a product and win people over.",
      },
      eliminates: none,
    },
    "project-management": {
      points: { "transferable-resume": 2, "internal-transfer": 1 },
      fits: {
        "transferable-resume": "Running projects and launches is the work closest to a PM's, and it reads that way on a resume.",
        "internal-transfer": "You already run launches with the product teams you would join.",
      },
      eliminates: none,
    },
    business: {
      points: { masters: 2, networking: 1, nonprofit: 1 },
      fits: {
        masters: "An MBA is the well-trodden way from consulting or finance into product.",
        networking: "Your business contacts open doors at the companies you would target.",
        nonprofit: "Non-profits value the business and strategy skills you bring.",
      },
      eliminates: none,
    },
    "other-field": {
      points: { nonprofit: 2, networking: 1, masters: 1 },
      fits: {
        nonprofit: "Volunteering lets you make real product decisions before you leave your field.",
        networking: "People from your field who now work in tech are a warm way in.",
        masters: "A master's degree is a recognised bridge from a field outside tech.",
      },
      eliminates: none,
    },
    founder: {
      points: { "transferable-resume": 2, networking: 1, "side-project": 1 },
      fits: {
        "transferable-resume":
          "Running your own company or freelance work meant doing a PM's whole job and more, and a resume can show it.",
        networking: "The customers, clients and investors you have worked with can open doors for you.",
        "side-project": "You have built something from nothing before, so a product of your own is familiar ground.",
      },
      eliminates: none,
    },
    student: {
      points: { "transferable-resume": 2, "side-project": 1 },
      fits: {
        "transferable-resume": "As a student, a sharp resume is what APM and RPM programmes screen first.",
        "side-project": "As a student, something you built that real people use stands out beside coursework.",
      },
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
      fits: {
        "transferable-resume": "You have already led product work with a result you can measure, which is what a PM resume needs.",
        "internal-transfer": "Your company has already seen you deliver product work.",
        shadowing: "You have already shipped product work, so a PM beside you can hand you real ownership soon.",
      },
      eliminates: none,
    },
    some: {
      points: { "transferable-resume": 1 },
      fits: { "transferable-resume": "You have worked closely on launches, and that experience belongs on your resume." },
      eliminates: none,
    },
    "not-yet": {
      // A resume cannot show product work that has not happened yet: a route wins on strengths,
      // never on weaknesses.
      points: { "transferable-resume": -2, shadowing: 1 },
      fits: { shadowing: "Shadowing gives you the product work you don't have yet, with a PM beside you." },
      eliminates: none,
    },
  },
  experience: {
    "new-grad": {
      points: { "transferable-resume": 2, "side-project": 1, masters: -2 },
      fits: {
        "transferable-resume": "New graduates get in through APM and RPM programmes, which hire on a strong resume.",
        "side-project": "A project you built is the experience a new graduate can show.",
      },
      eliminates: none,
    },
    "1-3": {
      points: { "side-project": 1 },
      fits: { "side-project": "Early in a career, a product you built speaks louder than a job title." },
      eliminates: none,
    },
    "4-7": {
      points: { masters: 2 },
      fits: { masters: "With 4-7 years of work behind you, you are at the usual stage for an MBA." },
      eliminates: none,
    },
    "8-plus": {
      // Years alone earn the transferable resume nothing (it would win on a weak profile). A
      // master's is less usual this late, but 8-10 years is still common at business schools
      // (veterans, for one), so it loses a point, not a door.
      points: { masters: -1, networking: 1 },
      fits: { networking: "Eight or more years of work means a wide network to draw on." },
      eliminates: none,
    },
  },
  constraints: {
    "no-bachelors": {
      points: {},
      fits: none,
      eliminates: { masters: "A master's programme needs a bachelor's degree first." },
    },
    "needs-visa": {
      // Volunteering sponsors no visa, and on a work visa unpaid work for another organisation can
      // breach its terms.
      points: { masters: 2, "internal-transfer": 1, nonprofit: -2 },
      fits: {
        masters: "A STEM-designated degree brings up to 36 months of US work authorisation after graduating.",
        "internal-transfer": "Moving inside keeps the employer that already sponsors your visa.",
      },
      eliminates: none,
    },
    "outside-tech-hub": {
      points: { nonprofit: 1, "side-project": 1 },
      fits: {
        nonprofit: "Skills-based volunteer projects run remotely, wherever you live.",
        "side-project": "A side project can be built and launched from anywhere.",
      },
      eliminates: none,
    },
  },
  hours: {
    "under-3": {
      // Little time is no reason to pick a route (v4: the transferable resume no longer gains a
      // point here); shadowing happens in work time, so it is the one route that gains.
      points: { nonprofit: -2, networking: -1, shadowing: 1 },
      fits: {
        shadowing: "Shadowing happens beside your day job, so it fits in very little spare time.",
      },
      eliminates: { "side-project": "A side project needs more than 3 hours a week to ship." },
    },
    "3-8": {
      points: { nonprofit: 2, networking: 1, "side-project": -1 },
      fits: {
        nonprofit: "A volunteer project fits well in 3-8 hours a week.",
        networking: "A few conversations a week fit in the time you have.",
      },
      eliminates: none,
    },
    "8-15": {
      points: { "side-project": 2, networking: 1 },
      fits: {
        "side-project": "8-15 hours a week is enough to build and ship a small product.",
        networking: "You have the time for several conversations a week.",
      },
      eliminates: none,
    },
    "over-15": {
      points: { "side-project": 2, networking: 2, masters: 1 },
      fits: {
        "side-project": "With 15 or more hours a week you can build and ship quickly.",
        networking: "With 15 or more hours a week you can keep many conversations going.",
        masters: "You have the time that test preparation and applications take.",
      },
      eliminates: none,
    },
  },
  funding: {
    yes: {
      points: { masters: 1 },
      fits: { masters: "You can fund two years of school." },
      eliminates: none,
    },
    no: {
      points: {},
      fits: none,
      eliminates: { masters: "You can't fund about $150k and two years without a salary." },
    },
  },
  deadline: {
    "under-3-months": {
      points: { "transferable-resume": 2, networking: 1 },
      fits: {
        "transferable-resume": "A sharp resume is the fastest way to interviews, and you need an offer soon.",
        networking: "Referrals are the quickest way past the pile of applications.",
      },
      eliminates: {
        "side-project": "A side project takes longer than 3 months to pay off.",
        nonprofit: "A volunteer project takes longer than 3 months to pay off.",
        masters: "A master's degree takes about two years.",
        shadowing: "Shadowing leads to a transfer that is at least 6 months away.",
      },
      eliminatesTogether: "{routes} take longer than 3 months to lead to an offer.",
    },
    "3-12-months": {
      points: { networking: 1, "internal-transfer": 1 },
      fits: {
        networking: "Networking usually leads to an offer within a year, which fits your timing.",
        "internal-transfer": "A move inside usually takes 3-12 months, which fits your timing.",
      },
      eliminates: { masters: "A master's degree won't lead to an offer within 12 months." },
    },
    "12-24-months": {
      points: {},
      fits: none,
      // A master's leads to a full-time offer after about 24-33 months: past a 2-year deadline.
      eliminates: { masters: "A master's degree leads to a full-time offer after about two to three years, past your deadline." },
    },
    "no-rush": {
      points: { masters: 1, "side-project": 1, nonprofit: 1, shadowing: 1 },
      fits: {
        masters: "You have time for a two-year programme.",
        "side-project": "You have time to build something real and let it grow.",
        nonprofit: "You have time for a volunteer project to run its course.",
        shadowing: "You have time to learn beside a PM before you move.",
      },
      eliminates: none,
    },
  },
  networking: {
    low: {
      // Only networking loses: a route wins on strengths, not by routing around a weakness.
      points: { networking: -2 },
      fits: none,
      eliminates: none,
    },
    medium: { points: {}, fits: none, eliminates: none },
    high: {
      points: { networking: 3 },
      fits: { networking: "You enjoy reaching out, or already have a warm network." },
      eliminates: none,
    },
  },
  building: {
    none: { points: { "side-project": -3 }, fits: none, eliminates: none },
    "no-code": {
      points: { "side-project": 1 },
      fits: { "side-project": "You have built and shared something with no-code or AI tools." },
      eliminates: none,
    },
    code: {
      points: { "side-project": 2 },
      fits: { "side-project": "You write code and have shipped something people used." },
      eliminates: none,
    },
  },
};
