// The scoring's sentences, catalog v4: for each answer, the plain sentence shown when it helps a
// route win (one for every route it gives points to in data/scoring.ts, never naming the points),
// and, where it rules out two or more routes, the one line that names them together. They stay on
// the server: the browser's narrowing needs only the points and the one-line reasons for ruling a
// route out (data/scoring.ts), and these sentences would more than double what it loads of the
// scoring. Answers that help no route and rule out at most one have no entry.
import type { OptionId, QuestionId } from "./ids";
import type { EffectSentences } from "./schema";

type ScoringSentences = { [Q in QuestionId]: Partial<Record<OptionId<Q>, EffectSentences>> };

export const scoringSentences: ScoringSentences = {
  employer: {
    "pm-team-settled": {
      fits: {
        "internal-transfer": "You have been at a company with PMs long enough, and in good enough standing, to move inside.",
        shadowing: "There are PMs at your company you can learn from up close.",
      },
    },
    "pm-team-new": {
      fits: { shadowing: "There are PMs at your company, and learning beside one is how you get ready while you become eligible to move." },
    },
    "pm-team-at-risk": {
      fits: { networking: "Conversations outside your company don't depend on your current rating." },
      eliminatesTogether:
        "{routes} are moves inside your company, and those are closed while you are on a performance plan or rated below expectations.",
    },
    "no-pm-team": { eliminatesTogether: "{routes} need a PM team at your company, and yours has none." },
    "not-employed": {
      fits: {
        "transferable-resume": "You can put your time into applications straight away.",
        "side-project": "You have the time to build something of your own.",
      },
      eliminatesTogether: "{routes} need an employer with a PM team.",
    },
    "career-break": {
      fits: {
        "transferable-resume": "Your record from before the break is yours to show, and a resume can say plainly what the break was.",
        networking: "People who worked with you before your break are a warm way back in.",
      },
      eliminatesTogether: "{routes} need a current employer with a PM team.",
    },
  },
  role: {
    engineering: {
      fits: {
        "side-project": "As an engineer you can build and ship a product yourself.",
        "internal-transfer": "Engineers work next to PMs every day, which makes a move inside natural.",
        shadowing: "You already sit close to the PMs you would learn from.",
      },
    },
    design: {
      fits: {
        "side-project": "As a designer you can shape a product people want to use.",
        "internal-transfer": "Designers work next to PMs every day, which makes a move inside natural.",
        shadowing: "You already sit close to the PMs you would learn from.",
      },
    },
    data: {
      fits: {
        "internal-transfer": "Your analysis already feeds product decisions, which makes a move inside natural.",
        shadowing: "Your analysis already feeds the decisions you would watch a PM make.",
        "transferable-resume": "Data work gives you measurable results to put on a resume.",
      },
    },
    "customer-facing": {
      fits: {
        "internal-transfer": "You know the customers better than most, which PMs value in someone moving inside.",
        shadowing: "You bring the customer's view to the PM you learn from.",
      },
    },
    "sales-marketing": {
      fits: {
        networking: "Reaching out and building relationships is already your job.",
        nonprofit: "Non-profits need people who can explain a product and win people over.",
      },
    },
    "project-management": {
      fits: {
        "transferable-resume": "Running projects and launches is the work closest to a PM's, and it reads that way on a resume.",
        "internal-transfer": "You already run launches with the product teams you would join.",
      },
    },
    business: {
      fits: {
        masters: "An MBA is the well-trodden way from consulting or finance into product.",
        networking: "Your business contacts open doors at the companies you would target.",
        nonprofit: "Non-profits value the business and strategy skills you bring.",
      },
    },
    "other-field": {
      fits: {
        nonprofit: "Volunteering lets you make real product decisions before you leave your field.",
        networking: "People from your field who now work in tech are a warm way in.",
        masters: "A master's degree is a recognised bridge from a field outside tech.",
      },
    },
    founder: {
      fits: {
        "transferable-resume":
          "Running your own company or freelance work meant doing a PM's whole job and more, and a resume can show it.",
        networking: "The customers, clients and investors you have worked with can open doors for you.",
        "side-project": "You have built something from nothing before, so a product of your own is familiar ground.",
      },
    },
    student: {
      fits: {
        "transferable-resume": "As a student, a sharp resume is what APM and RPM programmes screen first.",
        "side-project": "As a student, something you built that real people use stands out beside coursework.",
      },
    },
  },
  "pm-work": {
    "shipped-with-results": {
      fits: {
        "transferable-resume": "You have already led product work with a result you can measure, which is what a PM resume needs.",
        "internal-transfer": "Your company has already seen you deliver product work.",
        shadowing: "You have already shipped product work, so a PM beside you can hand you real ownership soon.",
      },
    },
    some: { fits: { "transferable-resume": "You have worked closely on launches, and that experience belongs on your resume." } },
    "not-yet": { fits: { shadowing: "Shadowing gives you the product work you don't have yet, with a PM beside you." } },
  },
  experience: {
    "new-grad": {
      fits: {
        "transferable-resume": "New graduates get in through APM and RPM programmes, which hire on a strong resume.",
        "side-project": "A project you built is the experience a new graduate can show.",
      },
    },
    "1-3": { fits: { "side-project": "Early in a career, a product you built speaks louder than a job title." } },
    "4-7": { fits: { masters: "With 4-7 years of work behind you, you are at the usual stage for an MBA." } },
    "8-plus": { fits: { networking: "Eight or more years of work means a wide network to draw on." } },
  },
  constraints: {
    "needs-visa": {
      fits: {
        masters: "A STEM-designated degree brings up to 36 months of US work authorisation after graduating.",
        "internal-transfer": "Moving inside keeps the employer that already sponsors your visa.",
      },
    },
    "outside-tech-hub": {
      fits: {
        nonprofit: "Skills-based volunteer projects run remotely, wherever you live.",
        "side-project": "A side project can be built and launched from anywhere.",
      },
    },
  },
  hours: {
    "under-3": { fits: { shadowing: "Shadowing happens beside your day job, so it fits in very little spare time." } },
    "3-8": {
      fits: {
        nonprofit: "A volunteer project fits well in 3-8 hours a week.",
        networking: "A few conversations a week fit in the time you have.",
      },
    },
    "8-15": {
      fits: {
        "side-project": "8-15 hours a week is enough to build and ship a small product.",
        networking: "You have the time for several conversations a week.",
      },
    },
    "over-15": {
      fits: {
        "side-project": "With 15 or more hours a week you can build and ship quickly.",
        networking: "With 15 or more hours a week you can keep many conversations going.",
        masters: "You have the time that test preparation and applications take.",
      },
    },
  },
  funding: {
    yes: { fits: { masters: "You can fund two years of school." } },
  },
  deadline: {
    "under-3-months": {
      fits: {
        "transferable-resume": "A sharp resume is the fastest way to interviews, and you need an offer soon.",
        networking: "Referrals are the quickest way past the pile of applications.",
      },
      eliminatesTogether: "{routes} take longer than 3 months to lead to an offer.",
    },
    "3-12-months": {
      fits: {
        networking: "Networking usually leads to an offer within a year, which fits your timing.",
        "internal-transfer": "A move inside usually takes 3-12 months, which fits your timing.",
      },
    },
    "no-rush": {
      fits: {
        masters: "You have time for a two-year programme.",
        "side-project": "You have time to build something real and let it grow.",
        nonprofit: "You have time for a volunteer project to run its course.",
        shadowing: "You have time to learn beside a PM before you move.",
      },
    },
  },
  networking: {
    high: { fits: { networking: "You enjoy reaching out, or already have a warm network." } },
  },
  building: {
    "no-code": { fits: { "side-project": "You have built and shared something with no-code or AI tools." } },
    code: { fits: { "side-project": "You write code and have shipped something people used." } },
  },
};
