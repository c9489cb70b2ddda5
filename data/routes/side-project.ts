// Side project: build something small for real users and let the results speak for you.
import { routeFacts } from "../route-facts";
import type { RouteInput } from "./route-input";

export const sideProject: RouteInput = {
  ...routeFacts["side-project"],
  summary: "Build something small for real users and let the results speak for you.",
  fitsBest:
    "You can code or are willing to use no-code and AI tools, you can give 8 or more hours a week, and there is no internal path where you work.",
  blockers: ["You have under 3 hours a week for it.", "You need an offer within 3 months."],
  needs: [
    { question: "hours", anyOf: ["8-15", "over-15"], text: "8 or more spare hours a week" },
    { question: "building", anyOf: ["no-code", "code"], text: "something you have built that other people used" },
    { question: "deadline", noneOf: ["under-3-months"], text: "a deadline more than 3 months away" },
  ],
  deadlineWarning:
    "A side project usually takes at least 6 months to turn into an offer, and you need one sooner. So this plan opens a second door from today: product-adjacent jobs, such as product analyst or product operations, a stepping-stone you can move from into PM.",
  tightWarning:
    "A side project can lead to an offer within your deadline, but it often takes up to a year. So this plan opens a second door from today: product-adjacent jobs, such as product analyst or product operations, a stepping-stone you can move from into PM.",
  signs: [
    { step: "build-mvp", text: "your product is live at a URL", question: "Is your product live at a URL?" },
    { step: "build-mvp", text: "people you don't know have tried it", question: "Have people you don't know tried it?" },
  ],
  steps: [
    {
      id: "pick-problem",
      title: "Pick a real problem and interview 10 people who have it",
      detail:
        "Choose a problem faced by a group you can easily reach, such as a hobby community, your old colleagues or a local club. Ask how they deal with it today, what it costs them and what they have tried; do not pitch your idea, just listen.",
      doneWhen: "You have notes from 10 interviews and the top three pains ranked.",
      weeks: { from: 1, to: 3 },
      withOthers: true,
    },
    {
      id: "requirements-doc",
      title: "Write a one-page requirements doc with a success metric",
      detail:
        "State who the product is for, the pain it removes, the smallest feature set that could help, and one number that tells you it works, such as weekly active users or tasks completed.",
      doneWhen: "You have a one-page doc with a single success metric written on it.",
      weeks: { from: 3, to: 4 },
      optional: 1,
    },
    {
      id: "build-mvp",
      title: "Build the smallest version that works and put it on a live URL",
      detail: "Use code or no-code and AI tools, whichever gets you live fastest. Cut features until it fits the weeks you have.",
      doneWhen: "Anyone can open your product at a live URL and use the core feature.",
      weeks: { from: 4, to: 8 },
    },
    {
      id: "iterate-with-users",
      title: "Get real users and improve the product twice based on what they do",
      detail:
        "Bring in the people you interviewed and their friends, watch your success metric, and ship two rounds of changes that respond to what you see. Keep a short note of each change and why you made it.",
      doneWhen: "You have real users and two shipped changes, each with a note on what it fixed.",
      weeks: { from: 8, to: 12 },
      withOthers: true,
    },
    {
      id: "case-study",
      title: "Publish a case study with numbers",
      detail:
        "Tell the story in order: the users, their pain, what you built, what you learned and what the numbers showed. A blog post or a single page on your site is enough.",
      doneWhen: "Your case study is public and includes at least two real numbers.",
      weeks: { from: 12, to: 13 },
      optional: 2,
    },
    {
      id: "outreach-and-interviews",
      title: "Use the project in outreach and practise interviews around it",
      detail:
        "Share what you built, with its numbers, in every message and application, and do at least 5 mock interviews, with peers, a PM community's mock-interview channel or a free mentoring session. Always open with the customer and their pain and say why and for whom before you describe a single feature, because interviewers reject candidates who jump straight to how.",
      doneWhen: "You have a PM offer, after sharing the project with 20 people and doing at least 5 mock interviews.",
      weeks: { from: 13, to: 24 },
      withOthers: true,
      interviewPractice: true,
      offer: "job",
      student: {
        title: "Use the project in your APM and new-graduate applications, and practise programme interviews",
        detail:
          "Put what you built, with its numbers, at the top of every programme and new-graduate application, and do at least 5 mock interviews with your university's product club, a PM community or a free mentoring session. Always open with the customer and their pain and say why and for whom before you describe a single feature.",
        doneWhen:
          "You have an offer for an APM programme or a PM role that starts after you graduate, after doing at least 5 mock interviews.",
      },
    },
  ],
};
