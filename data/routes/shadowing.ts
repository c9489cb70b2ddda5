// Shadowing: learn the job beside a PM on your team until you can transfer.
import { routeFacts } from "../route-facts";
import type { RouteInput } from "./route-input";

export const shadowing: RouteInput = {
  ...routeFacts["shadowing"],
  summary: "Learn the job beside a PM on your team until you are ready to transfer.",
  fitsBest:
    "A PM works on or near your team, but you are too new for a transfer, not yet rated, or still unsure PM is for you. This route leads straight into an internal transfer.",
  blockers: ["No PM works on or near your team.", "Your manager will not free up the time, or you are on a performance plan."],
  needs: [
    { question: "employer", anyOf: ["pm-team-new", "pm-team-settled"], text: "a PM team at your company, where you are in good standing" },
    { question: "deadline", noneOf: ["under-3-months"], text: "a deadline more than 3 months away" },
  ],
  deadlineWarning:
    "Shadowing leads to a transfer that is usually at least 6 months away, and you need an offer sooner. So this plan opens a second door from today: a product-adjacent role or project inside your company, such as product operations or product analyst, which moves you next to product while the move comes together.",
  tightWarning:
    "Shadowing can lead to a transfer within your deadline, but it often takes up to 18 months. So this plan opens a second door from today: a product-adjacent role or project inside your company, such as product operations or product analyst, which moves you next to product while the move comes together.",
  signs: [
    { step: "agree-time", text: "you have a weekly shadowing slot", question: "Do you have a weekly shadowing slot in your calendar?" },
    {
      step: "decision-log",
      text: "your decision log holds 10 or more decisions",
      question: "Does your decision log hold 10 or more decisions?",
    },
    { step: "take-chore", text: "you run a PM task of your own", question: "Do you run a PM task on your own?" },
  ],
  steps: [
    {
      id: "agree-time",
      title: "Agree 2–3 hours a week of shadowing with your PM and manager",
      detail:
        "Explain that you want to learn how product decisions get made and offer to take small tasks off the PM's plate in return. A fixed weekly slot in work time makes it easy for everyone to say yes.",
      doneWhen: "Your manager and the PM have both agreed and a weekly slot is in your calendar.",
      weeks: { from: 1, to: 1 },
      withOthers: true,
    },
    {
      id: "decision-log",
      title: "Keep a decision log: customer, why and trade-off",
      detail:
        "For every product decision you watch, write down who it was for, the reason behind it and what was given up. Over a few weeks this log teaches you how your PM thinks.",
      doneWhen: "Your log has at least 10 decisions, each with customer, why and trade-off filled in.",
      weeks: { from: 1, to: 4 },
      withOthers: true,
    },
    {
      id: "take-chore",
      title: "Take over one recurring PM task, such as bug triage",
      detail:
        "Ask your PM which routine task they would happily hand over, then run it on your own and check in briefly each week. It frees their time and gives you real ownership.",
      doneWhen: "You have run the task on your own for three weeks in a row.",
      weeks: { from: 3, to: 8 },
      withOthers: true,
      optional: 2,
    },
    {
      id: "customer-calls",
      title: "Join 5 or more customer calls",
      detail:
        "Ask your PM to bring you along to customer or user calls and listen for the problem behind each request. Add what you hear to your decision log.",
      doneWhen: "You have sat in on at least 5 calls and logged one customer pain from each.",
      weeks: { from: 4, to: 10 },
      withOthers: true,
      optional: 1,
    },
    {
      id: "write-requirements",
      title: "Write a short requirements doc for one small feature",
      detail:
        "Pick something your PM agrees is worth doing and describe the user, their problem, what success looks like and what is out of scope, all on one or two pages.",
      doneWhen: "Your PM has reviewed the doc and the feature is in the team's backlog.",
      weeks: { from: 8, to: 14 },
      withOthers: true,
    },
    {
      id: "launch-feature",
      title: "Take that feature through to launch",
      detail:
        "Work with engineering and design to ship it, answer questions as they come up, and check what happened for users afterwards. This is the piece of work you will talk about in your transfer interviews.",
      doneWhen: "The feature is live and you have written a short note on how it did.",
      weeks: { from: 12, to: 22 },
      withOthers: true,
    },
    {
      id: "practise-and-transfer",
      title: "Once you meet the transfer bar, practise interviews and apply internally",
      detail:
        "When your tenure and rating clear the internal-move bar, switch to the internal transfer's interview steps: do 5 mocks with PMs, and in each answer start from the customer and their pain and say why and for whom before any solution. Then apply with your PM's support.",
      doneWhen: "You have done 5 mock interviews and have an offer for an internal PM role.",
      weeks: { from: 22, to: 40 },
      withOthers: true,
      internalApplication: true,
      interviewPractice: true,
      offer: "job",
    },
  ],
};
