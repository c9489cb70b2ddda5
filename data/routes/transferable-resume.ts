// Transferable resume: show the product work you already do on one sharp page.
import { routeFacts } from "../route-facts";
import type { RouteInput } from "./route-input";

export const transferableResume: RouteInput = {
  ...routeFacts["transferable-resume"],
  summary: "Show the product work you already do on one sharp page.",
  fitsBest:
    "You already do PM-like work with measurable results and need to move fast, or you are a new graduate aiming at APM or RPM programmes.",
  blockers: [],
  needs: [{ question: "pm-work", anyOf: ["shipped-with-results"], text: "product work of your own with a result you can measure" }],
  deadlineWarning:
    "Applications usually take at least a month to turn into an offer. So this plan opens a second door from today: product-adjacent jobs, such as product operations or product analyst, a stepping-stone you can move from into PM.",
  tightWarning:
    "A sharp resume can bring an offer within your deadline, but it often takes up to 6 months. So this plan opens a second door from today: product-adjacent jobs, such as product operations or product analyst, a stepping-stone you can move from into PM.",
  signs: [
    {
      step: "targeted-applications",
      text: "at least 1 in 10 of your applications has led to a reply or a first interview",
      question: "Has at least 1 in 10 of your applications led to a reply or a first interview?",
    },
    {
      step: "stories-and-mocks",
      text: "your 8 stories are written and you have done at least 5 mocks",
      question: "Have you written your 8 stories and done at least 5 mocks?",
    },
  ],
  steps: [
    {
      id: "map-accomplishments",
      title: "Map 10 of your accomplishments to PM duties",
      detail:
        "PMs get people to agree on the problem worth solving, decide what comes first, and take work through launch and beyond. List ten things you have done and match each to one of those duties, with a number where you have one.",
      doneWhen: "You have a list of 10 accomplishments, each matched to a PM duty.",
      weeks: { from: 1, to: 1 },
      apm: {
        title: "Map 10 of your accomplishments to entry-level PM duties",
        detail:
          "Entry-level PMs analyse data, work across teams and get projects shipped. List ten things you have done, in class, at work or on your own, and match each to one of those duties, with a number where you have one.",
      },
    },
    {
      id: "rewrite-bullets",
      title: "Rewrite your bullets as action, customer and outcome, on one page",
      detail:
        "Each bullet should say what you did, who it helped and what changed, for example a process you fixed that cut support replies from two days to four hours. Cut anything that does not earn its line.",
      doneWhen: "Your resume fits on one page and every bullet names who benefited and a result.",
      weeks: { from: 1, to: 2 },
    },
    {
      id: "skim-test",
      title: "Make 2–3 tailored versions and have two people in product skim-test them",
      detail:
        "Recruiters look at a resume for somewhere between 7 and 15 seconds. Tailor a version per type of role, then ask two people in product to look for 15 seconds and tell you what they remember: PMs you know, or, if you know none yet, a PM community's resume-review thread or a free mentoring session (ADPList, for one, has PMs who give free sessions).",
      doneWhen: "Two people in product have each skimmed your resume for 15 seconds and told you what stood out.",
      weeks: { from: 2, to: 3 },
      withOthers: true,
      optional: 1,
    },
    {
      id: "targeted-applications",
      title: "Send 5–10 targeted applications a week, each with a referral ask",
      detail:
        "For each role, find one person at the company and ask whether they would refer you, since referrals make up about 40% of hires: someone you know there, or, if you know no one, an alumnus of your school or a course, found through LinkedIn's alumni search. A few well-aimed applications beat many cold ones.",
      doneWhen: "You have sent at least 5 applications a week for four weeks, each with a referral ask.",
      weeks: { from: 3, to: 8 },
      withOthers: true,
      light: {
        title: "Send 2–3 targeted applications a week, each with a referral ask",
        doneWhen: "You have sent at least 2 applications a week for four weeks, each with a referral ask.",
      },
    },
    {
      id: "stories-and-mocks",
      title: "Prepare 8 behavioural stories and do 10 product-sense mocks",
      detail:
        "Write each story as situation, customer, what you did and the result. Do the mocks with a friend, a peer from a PM community or a free mentoring session. In each, clarify the question, then name the user and their pain and say why and for whom before any feature: skipping the customer or jumping to how is the most common reason candidates are turned down.",
      doneWhen: "You have 8 stories written out and have done 10 mocks with notes on each.",
      weeks: { from: 3, to: 8 },
      withOthers: true,
      interviewPractice: true,
      student: {
        title: "Prepare 8 stories and do 10 mocks for internship and programme interviews",
        detail:
          "Write each story as situation, customer, what you did and the result, from class projects, clubs, jobs or things you built. Do the mocks with your university's product club, a peer from a PM community or a free mentoring session. In each, clarify the question, then name the user and their pain and say why and for whom before any feature.",
      },
    },
    {
      id: "interview-adjust",
      title: "Interview, then adjust your resume and answers after each round",
      detail:
        "After each interview, note which questions caught you out and which bullets they asked about, and update your resume and stories to match. Small fixes after every round add up quickly.",
      doneWhen: "You have a PM offer, and a note from every interview before it.",
      weeks: { from: 6, to: 16 },
      withOthers: true,
      offer: "job",
      student: {
        title: "Interview for APM programmes and new-graduate PM roles, then adjust after each round",
        doneWhen:
          "You have an offer for an APM programme or a PM role that starts after you graduate, and a note from every interview before it.",
      },
    },
  ],
};
