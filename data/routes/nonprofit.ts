// Non-profit volunteering: make real product decisions for a cause, a few hours a week.
import { routeFacts } from "../route-facts";
import type { RouteInput } from "./route-input";

export const nonprofit: RouteInput = {
  ...routeFacts["nonprofit"],
  summary: "Make real product decisions for a cause you care about, a few hours a week.",
  fitsBest:
    "You have 3–8 hours a week and a small budget, you would rather not network hard, or you work outside tech or away from a tech hub.",
  blockers: ["You have under 3 hours a week for it.", "You need an offer within 3 months."],
  needs: [
    { question: "hours", noneOf: ["under-3"], text: "at least 3 spare hours a week" },
    {
      question: "role",
      anyOf: ["other-field", "sales-marketing", "business"],
      text: "a background non-profits look for, such as a field outside tech, sales or business",
    },
    { question: "constraints", noneOf: ["needs-visa"], text: "no work visa at stake (unpaid work can breach a visa's terms)" },
    { question: "deadline", noneOf: ["under-3-months"], text: "a deadline more than 3 months away" },
  ],
  deadlineWarning:
    "A volunteer project usually takes at least 6 months to turn into an offer, and you need one sooner. So this plan opens a second door from today: product-adjacent jobs, such as product operations or product analyst, a stepping-stone you can move from into PM.",
  tightWarning:
    "A volunteer project can lead to an offer within your deadline, but it often takes up to a year. So this plan opens a second door from today: product-adjacent jobs, such as product operations or product analyst, a stepping-stone you can move from into PM.",
  signs: [
    {
      step: "pick-project",
      text: "you are on a project with a real product decision",
      question: "Are you on a project with a real product decision to make?",
    },
    {
      step: "stakeholder-interviews",
      text: "the people you interviewed agree on the main pain",
      question: "Do the people you interviewed agree on the main pain?",
    },
  ],
  steps: [
    {
      id: "volunteer-profiles",
      title: "Set up volunteer profiles and send 3 applications with work samples",
      detail:
        "Create profiles on skills-based platforms such as Catchafire or Taproot+, or join a local civic-tech group, and attach a short sample of your work to each application.",
      doneWhen: "Your profiles are live and you have sent 3 applications with a work sample.",
      weeks: { from: 1, to: 1 },
      withOthers: true,
    },
    {
      id: "pick-project",
      title: "Choose a project with a real product decision, not admin work",
      detail:
        "Look for work where you decide what gets built and for whom, such as a new intake form or a volunteer app. Taproot+ projects take about 30 hours, while Catchafire projects run about 3 months.",
      doneWhen: "You have agreed a project and can name the product decision you will own.",
      weeks: { from: 2, to: 3 },
      withOthers: true,
    },
    {
      id: "stakeholder-interviews",
      title: "Interview 5 or more staff or beneficiaries",
      detail:
        "Ask the people who would use what you build how they work today and where it breaks down. Write down their words, not your solutions.",
      doneWhen: "You have notes from at least 5 interviews and a short list of the main pains.",
      weeks: { from: 3, to: 5 },
      withOthers: true,
      optional: 1,
    },
    {
      id: "run-delivery",
      title: "Run the requirements, prioritisation and launch",
      detail:
        "Write a short requirements doc, agree with the organisation what comes first and what waits, and see the work through to launch. Keep decisions and trade-offs in writing; they become your case study.",
      doneWhen: "The project has launched and you have a written record of the main decisions.",
      weeks: { from: 5, to: 10 },
      withOthers: true,
    },
    {
      id: "case-study",
      title: "Measure what changed and write it up as a case study",
      detail:
        "Agree one or two measures with the organisation, such as hours saved or sign-ups completed, and compare them with how things were before. Then cover who you served, their pain, what you decided and why, and the result, on one page.",
      doneWhen: "You have a before-and-after number the organisation agrees with, in a case study it has approved.",
      weeks: { from: 10, to: 14 },
      withOthers: true,
      optional: 2,
    },
    {
      id: "apply-with-references",
      title: "Apply with the organisation's people as references, and practise interviews",
      detail:
        "Ask the staff you worked with to be references, then do at least 5 mock interviews before your first real one, with peers, a PM community's mock-interview channel or a free mentoring session. In each answer, start from the customer and their pain and say why and for whom before any solution, exactly as you did for the non-profit.",
      doneWhen: "You have a PM offer, with two people from the organisation as your references and 5 mocks behind you.",
      weeks: { from: 12, to: 26 },
      withOthers: true,
      interviewPractice: true,
      offer: "job",
      student: {
        title: "Apply to APM programmes and new-graduate PM roles with the organisation's people as references",
        doneWhen:
          "You have an offer for an APM programme or a PM role that starts after you graduate, with two people from the organisation as references and 5 mocks behind you.",
      },
    },
  ],
};
