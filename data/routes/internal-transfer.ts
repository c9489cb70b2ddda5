// Internal transfer: grow into a PM role at the company where you already work.
import { routeFacts } from "../route-facts";
import type { RouteInput } from "./route-input";

export const internalTransfer: RouteInput = {
  ...routeFacts["internal-transfer"],
  summary: "Grow into a PM role at the company where you already work.",
  fitsBest:
    "You have been at a company with PMs long enough to pass its bar for internal moves, you are in good standing, and your role sits next to product, such as engineering, design, data or customer success.",
  blockers: [
    "Your employer has no PM team to move into.",
    "You are under your employer's bar for internal moves, which is often 6–12 months in role, a rating of at least meets expectations, and no improvement plan.",
  ],
  needs: [{ question: "employer", anyOf: ["pm-team-settled"], text: "a company with PMs where you have passed the bar for moving teams" }],
  deadlineWarning:
    "An internal move usually takes at least 3 months, and you need an offer sooner. So this plan opens a second door from today: a product-adjacent role or project inside your company, such as product operations or product analyst, which moves you next to product while the move comes together.",
  tightWarning:
    "An internal move can come within your deadline, but it often takes up to a year. So this plan opens a second door from today: a product-adjacent role or project inside your company, such as product operations or product analyst, which moves you next to product while the move comes together.",
  signs: [
    {
      step: "ask-manager",
      text: "your manager has named what to work on",
      question: "Has your manager named two or three things to work on?",
    },
    { step: "find-sponsor", text: "a senior PM has agreed to meet you", question: "Has a senior PM agreed to meet you regularly?" },
    {
      step: "problem-write-up",
      text: "a PM has read your problem brief and reacted to it",
      question: "Has a PM read your problem brief and reacted to it?",
    },
  ],
  steps: [
    {
      id: "ask-manager",
      title: "Ask your manager what to work on to grow into a PM role",
      detail:
        "Book 30 minutes, say plainly that you want to move into product, and ask which gaps they see and what the company's bar for internal moves is. Internal moves are the most common way into a first PM job (roughly 28–50% of first roles), so your manager is your first ally.",
      doneWhen: "Your manager has named two or three things to work on and you have written them down.",
      weeks: { from: 1, to: 2 },
      withOthers: true,
    },
    {
      id: "find-sponsor",
      title: "Find a senior PM to sponsor you and meet them monthly",
      detail:
        "Pick a senior PM whose product sits near your work and ask for a monthly 30-minute chat about how they decide what to build. Bring one question each time so the meetings stay useful for both of you.",
      doneWhen: "A senior PM has agreed to meet monthly and your first meeting is in the calendar.",
      weeks: { from: 2, to: 4 },
      withOthers: true,
      optional: 1,
    },
    {
      id: "problem-write-up",
      title: "Write a one-page problem brief from internal data",
      detail:
        "Use what you can already see, such as support tickets, usage dashboards or sales notes, to describe one problem: who the customer is, what hurts, and why it matters now. Leave solutions for the last paragraph, if at all.",
      doneWhen: "You have a one-page write-up a PM has read and commented on.",
      weeks: { from: 3, to: 6 },
      withOthers: true,
    },
    {
      id: "deliver-with-pm",
      title: "Deliver one piece of work with a PM, and join 8 customer calls along the way",
      detail:
        "Offer to own something small and well bounded, such as a minor feature spec, an experiment or a launch checklist, and agree with the PM what done looks like. Ask sales, success or research to let you listen in on customer calls, and note each customer's goal, pain and words.",
      doneWhen: "The work has shipped, the PM can describe the part you owned, and you have notes from 8 customer calls.",
      weeks: { from: 6, to: 16 },
      withOthers: true,
    },
    {
      id: "mock-interviews",
      title: "Do 5 mock interviews with PMs at your company",
      detail:
        "Ask PMs to give you product questions and to be honest. In every answer, clarify the question, name the customer and their pain, and say why it matters and for whom before you suggest any feature: candidates are most often turned down for skipping the customer or jumping straight to how.",
      doneWhen: "You have done 5 mocks and written down one thing to improve after each.",
      weeks: { from: 12, to: 16 },
      withOthers: true,
      interviewPractice: true,
    },
    {
      id: "apply-internal",
      title: "Apply when a PM role opens, with your sponsor's backing",
      detail:
        "Watch the internal job board, tell your manager and sponsor before you apply, and point to your problem brief and the work you shipped. If nothing opens yet, keep the monthly meetings going and ask to be told first.",
      doneWhen: "You have an offer for an internal PM role.",
      weeks: { from: 16, to: 26 },
      withOthers: true,
      internalApplication: true,
      offer: "job",
    },
  ],
};
