// Networking: talk to people about their customers' problems and let referrals open the door.
import { routeFacts } from "../route-facts";
import type { RouteInput } from "./route-input";

export const networking: RouteInput = {
  ...routeFacts["networking"],
  summary: "Talk to people about their customers' problems and let referrals open the door.",
  fitsBest:
    "You enjoy reaching out, or you have a warm network of ex-colleagues and alumni, and there is no internal path where you work now.",
  blockers: [],
  needs: [{ question: "networking", anyOf: ["high"], text: "a warm network, or a real appetite for reaching out to people" }],
  deadlineWarning:
    "Networking usually takes at least 3 months to turn into an offer, and you need one sooner. So this plan opens a second door from today: product-adjacent jobs, such as product marketing, product operations or product analyst, a stepping-stone you can move from into PM.",
  tightWarning:
    "Networking can lead to an offer within your deadline, but it often takes up to 9 months. So this plan opens a second door from today: product-adjacent jobs, such as product marketing, product operations or product analyst, a stepping-stone you can move from into PM.",
  signs: [
    {
      step: "customer-conversations",
      text: "you have had at least 15 conversations about people's customers",
      question: "Have you had at least 15 conversations about people's customers?",
      light: {
        text: "you have had at least 8 conversations about people's customers",
        question: "Have you had at least 8 conversations about people's customers?",
      },
    },
    {
      step: "customer-conversations",
      text: "one or two of the people you talked to have offered to refer you",
      question: "Has at least one person offered to refer you?",
    },
  ],
  steps: [
    {
      id: "pick-targets",
      title: "Choose one domain and 20–30 target companies, and map 40 warm contacts",
      detail:
        "Pick a space where your experience counts, such as fintech if you come from finance, and list the companies in it you would be glad to join. Then go through ex-colleagues, classmates, alumni groups and friends of friends, and note who works at or near them: warm contacts reply far more often than strangers. If the list stays short, join a PM community, a meetup or your school's alumni network and add the people you meet there.",
      doneWhen: "You have 20–30 companies in one domain and 40 names, each with how you know them and where they work.",
      weeks: { from: 1, to: 2 },
    },
    {
      id: "customer-conversations",
      title: "Have 3–5 conversations a week about their customers' problems",
      detail:
        "Ask what their customers struggle with and how the team decides what to build, not for a job. People refer someone whose thinking they have seen, and referred applicants are about 9 times likelier to be hired.",
      doneWhen: "You have held at least 15 conversations and noted one customer problem from each.",
      weeks: { from: 2, to: 8 },
      withOthers: true,
      light: {
        title: "Have 1–2 conversations a week about their customers' problems",
        doneWhen: "You have held at least 8 conversations and noted one customer problem from each.",
      },
    },
    {
      id: "problem-proposals",
      title: "Send a one-page problem proposal to 3 companies",
      detail:
        "For each, describe a problem you heard about, who has it, why it matters now and what you would try first. Send it to a contact there and ask for their honest reaction.",
      doneWhen: "Three contacts have your one-pager and you have asked each for feedback.",
      weeks: { from: 4, to: 10 },
      withOthers: true,
      optional: 1,
    },
    {
      id: "apply-with-referrals",
      title: "Apply only where someone can refer you",
      detail:
        "Cold applications for PM roles rarely get read. Referrals are about 7% of applicants but 40% of hires, so ask the people you met in your conversations to put your name forward, and where you know no one at a company, an alumnus of your school or a course, found through LinkedIn's alumni search.",
      doneWhen: "Every application you have sent has a named person referring you.",
      weeks: { from: 6, to: 12 },
      withOthers: true,
    },
    {
      id: "mock-interviews",
      title: "Do 10–20 mock interviews",
      detail:
        "Practise with PMs you have met, with peers preparing too, or through a PM community's mock-interview channel or a free mentoring session (ADPList, for one, has PMs who give free sessions). In every answer, start from the customer and their pain, and say why it matters and for whom before naming any feature or solution: interviewers turn down candidates who skip straight to how.",
      doneWhen: "You have done at least 10 mocks and logged the feedback from each.",
      weeks: { from: 6, to: 14 },
      withOthers: true,
      interviewPractice: true,
      student: {
        title: "Do 10–20 mock interviews for internship and programme interviews",
        detail:
          "Internship and APM interviews ask the same product questions as any PM interview, plus why you want product. Practise with peers at your university's product club, a PM community's mock-interview channel or a free mentoring session. In every answer, start from the customer and their pain, and say why it matters and for whom before naming any feature.",
      },
    },
    {
      id: "interview-debrief",
      title: "Interview, and debrief after every round",
      detail:
        "Within a day of each interview, write down the questions, what went well and what you would say differently. Thank your referrer and tell them how it went.",
      doneWhen: "You have a PM offer, and a written debrief with one change for next time from every interview before it.",
      weeks: { from: 10, to: 24 },
      withOthers: true,
      offer: "job",
      student: {
        title: "Interview for APM programmes and new-graduate PM roles, and debrief after every round",
        doneWhen:
          "You have an offer for an APM programme or a PM role that starts after you graduate, and a written debrief from every interview before it.",
      },
    },
  ],
};
