// Master's degree: a two-year programme whose dates the admissions rounds and the recruiting
// season set (lib/calendar.ts), not the person's hours.
import { routeFacts } from "../route-facts";
import type { RouteInput } from "./route-input";

export const masters: RouteInput = {
  ...routeFacts["masters"],
  summary: "Use a two-year programme and its recruiting calendar to restart your career in product.",
  fitsBest:
    "You have 4–7 years in a field outside tech, you can fund it, and a two-year horizon suits you. It also helps if you need a US work visa: a STEM-designated MBA gives up to 36 months of work authorisation.",
  blockers: [
    "You do not have a bachelor's degree.",
    "You cannot fund about $150k or more and two years without a salary.",
    "You need an offer within 24 months: a full-time offer usually comes after about 24–33 months.",
  ],
  needs: [
    { question: "constraints", noneOf: ["no-bachelors"], text: "a bachelor's degree" },
    { question: "funding", anyOf: ["yes"], text: "funding for about $150k of costs plus two years without a salary" },
    { question: "deadline", anyOf: ["no-rush"], text: "a deadline two years or more away" },
    { question: "experience", noneOf: ["new-grad", "1-3"], text: "4 or more years of work (most MBA students have 4–7)" },
  ],
  deadlineWarning:
    "An MBA usually leads to a full-time PM offer after about 24–33 months, later than you need; a summer internship offer comes sooner, after about 14–24 months. If that is too late, a product-adjacent role, such as product marketing or product analyst, is a stepping-stone you can start sooner.",
  tightWarning:
    "An MBA can lead to a full-time PM offer within your horizon, but it often takes up to 30 months or more. Keep the internship's return offer as your first aim, and a product-adjacent role, such as product marketing or product analyst, as a backup.",
  signs: [
    {
      step: "talk-to-alumni",
      text: "5 graduates have told you the degree was worth it for them",
      question: "Have 5 graduates told you the degree was worth it for them?",
    },
    {
      step: "tests-and-essays",
      text: "your test score is near your target schools' averages",
      question: "Is your test score near your target schools' averages?",
    },
  ],
  steps: [
    {
      id: "talk-to-alumni",
      title: "Talk to 5 people who went from an MBA into PM, and read employment reports",
      detail:
        "Find them through the schools' admissions offices and student clubs, which put applicants in touch with students and graduates, or through alumni search on LinkedIn; ask what helped them land a product role and what they would skip. Read each school's employment report for the share going into tech and for how many graduates are still looking: at Harvard Business School about 19% go into tech, and about 23% of its 2024 job-seekers had no accepted offer three months after graduating, as tech hiring slowed. Two years there cost about $250k before aid.",
      doneWhen: "You have spoken to 5 people and have a shortlist of schools with their tech placement rates.",
      fixedWeeks: { from: 1, to: 4 },
      withOthers: true,
      optional: 3,
    },
    {
      id: "tests-and-essays",
      title: "Take the GMAT or GRE and write essays around a customer problem",
      detail:
        "Give yourself at least 12 weeks of test preparation, and build your essays on a customer problem you care about and why you want to solve it. The admission round's deadline, not your hours, sets this timing: this plan aims at round {round}, which closes about {roundCloses}, for a programme starting about {programmeStarts}.",
      doneWhen: "You have a test score you are happy with and your applications are submitted before the round closes.",
      calendar: "mba-tests",
    },
    {
      id: "ship-artifact",
      title: "Ship one small product artifact before the programme starts",
      detail:
        "Build or run something small, such as a no-code tool, a product teardown or a short user research study, so you arrive with a story recruiters can check.",
      doneWhen: "You have one finished artifact you can link to or show.",
      calendar: "mba-before-start",
    },
    {
      id: "product-club",
      title: "Join the product club and have 15 or more conversations with PMs",
      detail:
        "In your first months on the programme, join the product club and talk to alumni and visiting PMs. These talks shape where you apply, and the people you meet can refer you.",
      doneWhen: "You are a club member and have notes from at least 15 conversations with PMs.",
      calendar: "mba-first-term",
      withOthers: true,
      optional: 1,
    },
    {
      id: "internship-applications",
      title: "Apply for PM internships in the November–December window",
      detail:
        "MBA internship applications usually open in November and December of your first year, so have your resume and target list ready in the weeks before. Ask the PMs you met, and the school's alumni in product, to refer you.",
      doneWhen: "You have sent your internship applications before the December deadlines.",
      calendar: "mba-applications",
      withOthers: true,
    },
    {
      id: "internship-interviews",
      title: "Interview for internships in January–February and March–April",
      detail:
        "Do mock interviews with classmates, second-years and the product club through the winter. In each answer, start from the customer and their pain and say why and for whom before any feature, since skipping the customer is the most common reason candidates are turned down.",
      doneWhen: "You have done at least 10 mocks and have a PM internship offer for the summer.",
      calendar: "mba-interviews",
      withOthers: true,
      interviewPractice: true,
      offer: "internship",
    },
    {
      id: "internship",
      title: "Treat the summer internship as a 10–12 week interview",
      detail:
        "Ship something real, ask for feedback at the midpoint, and make it easy for your team to say yes to a full-time offer, which usually comes in the autumn of your second year.",
      doneWhen: "You have finished the internship and had a final review with your manager.",
      calendar: "mba-internship",
      withOthers: true,
    },
  ],
};
