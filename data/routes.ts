// The seven routes into a first PM job: copy, facts and step plans. Facts and figures come from
// the domain brief (/work/shared/docs/domain.md); every sentence is written for this app.
// Routes are listed in the fixed tie-break order of ROUTE_IDS. Week ranges assume the typical pace
// and count from the day the person starts (week 1 = first week); for masters they assume the
// programme starts about 8 months (week 36) after the person begins preparing.
import type { z } from "zod";
import type { Route } from "./schema";

export const routes = [
  {
    id: "internal-transfer",
    name: "Internal transfer",
    summary: "Grow into a PM role at the company where you already work.",
    fitsBest:
      "You have been at a company with PMs for 12 months or more, you are in good standing, and your role sits next to product, such as engineering, design, data or customer success.",
    blockers: [
      "Your employer has no PM team to move into.",
      "You are under your employer's bar for internal moves, which is often 6–12 months in role, a rating of at least meets expectations, and no improvement plan.",
    ],
    timeToOffer: { label: "3–12 months", midpointMonths: 7.5 },
    cost: "Free",
    paceScales: true,
    steps: [
      {
        id: "ask-manager",
        title: "Ask your manager what to work on to grow into a PM role",
        detail:
          "Book 30 minutes, say plainly that you want to move into product, and ask which gaps they see and what the company's bar for internal moves is. Internal moves are the most common way into a first PM job (roughly 28–50% of first roles), so your manager is your first ally.",
        doneWhen: "Your manager has named two or three things to work on and you have written them down.",
        weeks: { from: 1, to: 2 },
        interviewPractice: false,
      },
      {
        id: "find-sponsor",
        title: "Find a senior PM to sponsor you and meet them monthly",
        detail:
          "Pick a senior PM whose product sits near your work and ask for a monthly 30-minute chat about how they decide what to build. Bring one question each time so the meetings stay useful for both of you.",
        doneWhen: "A senior PM has agreed to meet monthly and your first meeting is in the calendar.",
        weeks: { from: 2, to: 4 },
        interviewPractice: false,
      },
      {
        id: "problem-write-up",
        title: "Write a one-page problem brief from internal data",
        detail:
          "Use what you can already see, such as support tickets, usage dashboards or sales notes, to describe one problem: who the customer is, what hurts, and why it matters now. Leave solutions for the last paragraph, if at all.",
        doneWhen: "You have a one-page write-up your sponsor has read and commented on.",
        weeks: { from: 3, to: 6 },
        interviewPractice: false,
      },
      {
        id: "deliver-with-pm",
        title: "Scope and deliver one piece of work alongside a PM",
        detail:
          "Offer to own something small and well bounded, such as a minor feature spec, an experiment or a launch checklist, and agree with the PM what done looks like. Shipped work is what people remember when a role opens.",
        doneWhen: "The work has shipped and the PM can describe the part you owned.",
        weeks: { from: 6, to: 14 },
        interviewPractice: false,
      },
      {
        id: "customer-calls",
        title: "Join 8 or more customer calls and write up what you learned",
        detail:
          "Ask sales, success or research to let you listen in, and after each call note the customer's goal, their pain and the words they used. A short summary shared with the team shows you think about customers first.",
        doneWhen: "You have notes from at least 8 calls and a summary you have shared with the team.",
        weeks: { from: 8, to: 16 },
        interviewPractice: false,
      },
      {
        id: "mock-interviews",
        title: "Do 5 mock interviews with PMs at your company",
        detail:
          "Ask PMs to give you product questions and to be honest. In every answer, clarify the question, name the customer and their pain, and say why it matters and for whom before you suggest any feature: candidates are most often turned down for skipping the customer or jumping straight to how.",
        doneWhen: "You have done 5 mocks and written down one thing to improve after each.",
        weeks: { from: 12, to: 16 },
        interviewPractice: true,
      },
      {
        id: "apply-internal",
        title: "Apply when a PM role opens, with your sponsor's backing",
        detail:
          "Watch the internal job board, tell your manager and sponsor before you apply, and point to your problem brief and the work you shipped. If nothing opens yet, keep the monthly meetings going and ask to be told first.",
        doneWhen: "You have applied for an internal PM role and your manager and sponsor know about it.",
        weeks: { from: 16, to: 26 },
        interviewPractice: false,
      },
    ],
  },
  {
    id: "shadowing",
    name: "Shadow a PM",
    summary: "Learn the job beside a PM on your team until you are ready to transfer.",
    fitsBest:
      "A PM works on or near your team, but you are too new for a transfer, not yet rated, or still unsure PM is for you. This route leads straight into an internal transfer.",
    blockers: [
      "No PM works on or near your team.",
      "Your manager will not free up the time.",
    ],
    timeToOffer: { label: "6–18 months", midpointMonths: 12 },
    cost: "Free",
    paceScales: true,
    steps: [
      {
        id: "agree-time",
        title: "Agree 2–3 hours a week of shadowing with your PM and manager",
        detail:
          "Explain that you want to learn how product decisions get made and offer to take small tasks off the PM's plate in return. A fixed weekly slot makes it easy for everyone to say yes.",
        doneWhen: "Your manager and the PM have both agreed and a weekly slot is in your calendar.",
        weeks: { from: 1, to: 1 },
        interviewPractice: false,
      },
      {
        id: "decision-log",
        title: "Keep a decision log: customer, why and trade-off",
        detail:
          "For every product decision you watch, write down who it was for, the reason behind it and what was given up. Over a few weeks this log teaches you how your PM thinks.",
        doneWhen: "Your log has at least 10 decisions, each with customer, why and trade-off filled in.",
        weeks: { from: 1, to: 4 },
        interviewPractice: false,
      },
      {
        id: "take-chore",
        title: "Take over one recurring PM chore, such as bug triage",
        detail:
          "Ask your PM which routine task they would happily hand over, then run it on your own and check in briefly each week. It frees their time and gives you real ownership.",
        doneWhen: "You have run the chore on your own for three weeks in a row.",
        weeks: { from: 3, to: 8 },
        interviewPractice: false,
      },
      {
        id: "customer-calls",
        title: "Join 5 or more customer calls",
        detail:
          "Ask your PM to bring you along to customer or user calls and listen for the problem behind each request. Add what you hear to your decision log.",
        doneWhen: "You have sat in on at least 5 calls and logged one customer pain from each.",
        weeks: { from: 4, to: 10 },
        interviewPractice: false,
      },
      {
        id: "write-requirements",
        title: "Write a short requirements doc for one small feature",
        detail:
          "Pick something your PM agrees is worth doing and describe the user, their problem, what success looks like and what is out of scope, all on one or two pages.",
        doneWhen: "Your PM has reviewed the doc and the feature is in the team's backlog.",
        weeks: { from: 8, to: 14 },
        interviewPractice: false,
      },
      {
        id: "launch-feature",
        title: "Take that feature through to launch",
        detail:
          "Work with engineering and design to ship it, answer questions as they come up, and check what happened for users afterwards. This is the piece of work you will talk about in your transfer interviews.",
        doneWhen: "The feature is live and you have written a short note on how it did.",
        weeks: { from: 12, to: 22 },
        interviewPractice: false,
      },
      {
        id: "practise-and-transfer",
        title: "Once you meet the transfer bar, practise interviews and apply internally",
        detail:
          "When your tenure and rating clear the internal-move bar, switch to the internal transfer's interview steps: do 5 mocks with PMs, and in each answer start from the customer and their pain and say why and for whom before any solution. Then apply with your PM's support.",
        doneWhen: "You have done 5 mock interviews and applied for an internal PM role.",
        weeks: { from: 22, to: 40 },
        interviewPractice: true,
      },
    ],
  },
  {
    id: "networking",
    name: "Networking",
    summary: "Talk to people about their customers' problems and let referrals open the door.",
    fitsBest:
      "You enjoy reaching out, or you have a warm network of ex-colleagues and alumni, and there is no internal path where you work now.",
    blockers: [],
    timeToOffer: { label: "3–9 months", midpointMonths: 6 },
    cost: "$0–500",
    paceScales: true,
    steps: [
      {
        id: "pick-targets",
        title: "Choose one domain and list 20–30 target companies",
        detail:
          "Pick a space where your current experience counts, such as fintech if you come from finance, and list the companies in it you would be glad to join. A narrow focus makes every later conversation sharper.",
        doneWhen: "You have a list of 20–30 companies in one domain.",
        weeks: { from: 1, to: 1 },
        interviewPractice: false,
      },
      {
        id: "map-contacts",
        title: "Map 40 or more warm contacts",
        detail:
          "Go through ex-colleagues, classmates, alumni groups and friends of friends, and note who works at or near your target companies. Warm contacts reply far more often than strangers.",
        doneWhen: "You have 40+ names, each with how you know them and where they work.",
        weeks: { from: 1, to: 2 },
        interviewPractice: false,
      },
      {
        id: "customer-conversations",
        title: "Have 3–5 conversations a week about their customers' problems",
        detail:
          "Ask what their customers struggle with and how the team decides what to build, not for a job. People refer someone whose thinking they have seen, and referred applicants are about 9 times likelier to be hired.",
        doneWhen: "You have held at least 15 conversations and noted one customer problem from each.",
        weeks: { from: 2, to: 8 },
        interviewPractice: false,
      },
      {
        id: "problem-proposals",
        title: "Send a one-page problem proposal to 3 companies",
        detail:
          "For each, describe a problem you heard about, who has it, why it matters now and what you would try first. Send it to a contact there and ask for their honest reaction.",
        doneWhen: "Three contacts have your one-pager and you have asked each for feedback.",
        weeks: { from: 4, to: 10 },
        interviewPractice: false,
      },
      {
        id: "apply-with-referrals",
        title: "Apply only where someone can refer you",
        detail:
          "With roughly 37 job seekers for every PM opening, cold applications rarely get read. Referrals are about 7% of applicants but 40% of hires, so ask the contacts you have built up to put your name forward.",
        doneWhen: "Every application you have sent has a named person referring you.",
        weeks: { from: 6, to: 12 },
        interviewPractice: false,
      },
      {
        id: "mock-interviews",
        title: "Do 10–20 mock interviews",
        detail:
          "Practise with PMs from your network or peers preparing too. In every answer, start from the customer and their pain, and say why it matters and for whom before naming any feature or solution: interviewers turn down candidates who skip straight to how.",
        doneWhen: "You have done at least 10 mocks and logged the feedback from each.",
        weeks: { from: 6, to: 14 },
        interviewPractice: true,
      },
      {
        id: "interview-debrief",
        title: "Interview, and debrief after every round",
        detail:
          "Within a day of each interview, write down the questions, what went well and what you would say differently. Thank your referrer and tell them how it went.",
        doneWhen: "You have a written debrief for every interview, each with one change for next time.",
        weeks: { from: 10, to: 24 },
        interviewPractice: false,
      },
    ],
  },
  {
    id: "transferable-resume",
    name: "Transferable resume",
    summary: "Show the product work you already do on one sharp page.",
    fitsBest:
      "You already do PM-like work with measurable results and need to move fast, or you are a new graduate aiming at APM or RPM programmes.",
    blockers: [],
    timeToOffer: { label: "1–6 months", midpointMonths: 3.5 },
    cost: "$0–300",
    paceScales: true,
    steps: [
      {
        id: "map-accomplishments",
        title: "Map 10 of your accomplishments to entry-level PM duties",
        detail:
          "Entry-level PMs analyse data, work across teams and get projects shipped. List ten things you have done and match each to one of those duties, with a number where you have one.",
        doneWhen: "You have a list of 10 accomplishments, each matched to a PM duty.",
        weeks: { from: 1, to: 1 },
        interviewPractice: false,
      },
      {
        id: "rewrite-bullets",
        title: "Rewrite your bullets as action, customer and outcome, on one page",
        detail:
          "Each bullet should say what you did, who it helped and what changed, for example a process you fixed that cut support replies from two days to four hours. Cut anything that does not earn its line.",
        doneWhen: "Your resume fits on one page and every bullet names who benefited and a result.",
        weeks: { from: 1, to: 2 },
        interviewPractice: false,
      },
      {
        id: "skim-test",
        title: "Make 2–3 tailored versions and have two PMs skim-test them",
        detail:
          "Recruiters look at a resume for somewhere between 7 and 15 seconds. Tailor a version per type of role, then ask two PMs to look for 15 seconds and tell you what they remember.",
        doneWhen: "Two PMs have each skimmed your resume for 15 seconds and told you what stood out.",
        weeks: { from: 2, to: 3 },
        interviewPractice: false,
      },
      {
        id: "targeted-applications",
        title: "Send 5–10 targeted applications a week, each with a referral ask",
        detail:
          "For each role, find one person at the company and ask whether they would refer you, since referrals make up about 40% of hires. New graduates should also follow the APM and RPM cycles: Google's APM takes about 0.5% of applicants, and Meta's RPM does not require a degree.",
        doneWhen: "You have sent at least 5 applications a week for four weeks, each with a referral ask.",
        weeks: { from: 3, to: 8 },
        interviewPractice: false,
      },
      {
        id: "stories-and-mocks",
        title: "Prepare 8 behavioural stories and do 10 product-sense mocks",
        detail:
          "Write each story as situation, customer, what you did and the result. In the mocks, clarify the question, then name the user and their pain and say why and for whom before any feature: skipping the customer or jumping to how is the most common reason candidates are turned down.",
        doneWhen: "You have 8 stories written out and have done 10 mocks with notes on each.",
        weeks: { from: 3, to: 8 },
        interviewPractice: true,
      },
      {
        id: "interview-adjust",
        title: "Interview, then adjust your resume and answers after each round",
        detail:
          "After each interview, note which questions caught you out and which bullets they asked about, and update your resume and stories to match. Small fixes after every round add up quickly.",
        doneWhen: "You have a note for every interview and your resume reflects what you learned.",
        weeks: { from: 6, to: 16 },
        interviewPractice: false,
      },
    ],
  },
  {
    id: "side-project",
    name: "Side project",
    summary: "Build something small for real users and let the results speak for you.",
    fitsBest:
      "You can code or are willing to use no-code and AI tools, you can give 8 or more hours a week, and there is no internal path where you work.",
    blockers: [
      "You have under 3 hours a week for it.",
      "You need an offer within 3 months.",
    ],
    timeToOffer: { label: "6–12 months", midpointMonths: 9 },
    cost: "$0–300",
    paceScales: true,
    steps: [
      {
        id: "pick-problem",
        title: "Pick a real problem for people you can actually reach",
        detail:
          "Choose a problem faced by a group you belong to or can easily contact, such as a hobby community, your old colleagues or a local club. Being able to reach users matters more than a clever idea.",
        doneWhen: "You can name the problem, the people who have it and where you will find 10 of them.",
        weeks: { from: 1, to: 2 },
        interviewPractice: false,
      },
      {
        id: "user-interviews",
        title: "Interview 10 potential users about the problem",
        detail:
          "Ask how they deal with it today, what it costs them and what they have already tried. Do not pitch your idea; just listen and take notes.",
        doneWhen: "You have notes from 10 interviews and the top three pains ranked.",
        weeks: { from: 2, to: 3 },
        interviewPractice: false,
      },
      {
        id: "requirements-doc",
        title: "Write a one-page requirements doc with a success metric",
        detail:
          "State who the product is for, the pain it removes, the smallest feature set that could help, and one number that tells you it works, such as weekly active users or tasks completed.",
        doneWhen: "You have a one-page doc with a single success metric written on it.",
        weeks: { from: 3, to: 4 },
        interviewPractice: false,
      },
      {
        id: "build-mvp",
        title: "Build the smallest version that works and put it on a live URL",
        detail:
          "Use code or no-code and AI tools, whichever gets you live fastest. Cut features until it fits the weeks you have.",
        doneWhen: "Anyone can open your product at a live URL and use the core feature.",
        weeks: { from: 4, to: 8 },
        interviewPractice: false,
      },
      {
        id: "iterate-with-users",
        title: "Get real users and improve the product twice based on what they do",
        detail:
          "Bring in the people you interviewed and their friends, watch your success metric, and ship two rounds of changes that respond to what you see. Keep a short note of each change and why you made it.",
        doneWhen: "You have real users and two shipped changes, each with a note on what it fixed.",
        weeks: { from: 8, to: 12 },
        interviewPractice: false,
      },
      {
        id: "case-study",
        title: "Publish a case study with numbers",
        detail:
          "Tell the story in order: the users, their pain, what you built, what you learned and what the numbers showed. A blog post or a single page on your site is enough.",
        doneWhen: "Your case study is public and includes at least two real numbers.",
        weeks: { from: 12, to: 13 },
        interviewPractice: false,
      },
      {
        id: "outreach-and-interviews",
        title: "Use the project in outreach and practise interviews around it",
        detail:
          "Send the case study with every message and application, and do at least 5 mock interviews. Always open with the customer and their pain and say why and for whom before you describe a single feature, because interviewers reject candidates who jump straight to how.",
        doneWhen: "You have shared the case study with 20 people and done at least 5 mock interviews.",
        weeks: { from: 13, to: 24 },
        interviewPractice: true,
      },
    ],
  },
  {
    id: "nonprofit",
    name: "Non-profit volunteering",
    summary: "Make real product decisions for a cause you care about, a few hours a week.",
    fitsBest:
      "You have 3–8 hours a week and a small budget, you would rather not network hard, or you work outside tech or away from a tech hub.",
    blockers: [
      "You have under 3 hours a week for it.",
      "You need an offer within 3 months.",
    ],
    timeToOffer: { label: "6–12 months", midpointMonths: 9 },
    cost: "Free",
    paceScales: true,
    steps: [
      {
        id: "volunteer-profiles",
        title: "Set up volunteer profiles and send 3 applications with work samples",
        detail:
          "Create profiles on skills-based platforms such as Catchafire or Taproot+, or join a local civic-tech group, and attach a short sample of your work to each application.",
        doneWhen: "Your profiles are live and you have sent 3 applications with a work sample.",
        weeks: { from: 1, to: 1 },
        interviewPractice: false,
      },
      {
        id: "pick-project",
        title: "Choose a project with a real product decision, not admin work",
        detail:
          "Look for work where you decide what gets built and for whom, such as a new intake form or a volunteer app. Taproot+ projects take about 30 hours, while Catchafire projects run about 3 months.",
        doneWhen: "You have agreed a project and can name the product decision you will own.",
        weeks: { from: 2, to: 3 },
        interviewPractice: false,
      },
      {
        id: "stakeholder-interviews",
        title: "Interview 5 or more staff or beneficiaries",
        detail:
          "Ask the people who would use what you build how they work today and where it breaks down. Write down their words, not your solutions.",
        doneWhen: "You have notes from at least 5 interviews and a short list of the main pains.",
        weeks: { from: 3, to: 5 },
        interviewPractice: false,
      },
      {
        id: "run-delivery",
        title: "Run the requirements, prioritisation and launch",
        detail:
          "Write a short requirements doc, agree with the organisation what comes first and what waits, and see the work through to launch. Keep decisions and trade-offs in writing; they become your case study.",
        doneWhen: "The project has launched and you have a written record of the main decisions.",
        weeks: { from: 5, to: 10 },
        interviewPractice: false,
      },
      {
        id: "measure-outcome",
        title: "Measure what changed after launch",
        detail:
          "Pick one or two measures agreed with the organisation, such as hours saved or sign-ups completed, and compare them with how things were before.",
        doneWhen: "You have a before-and-after number the organisation agrees with.",
        weeks: { from: 10, to: 12 },
        interviewPractice: false,
      },
      {
        id: "case-study",
        title: "Write a case study of the project",
        detail:
          "Cover who you served, their pain, what you decided and why, and the result in numbers. One page or a short post is plenty.",
        doneWhen: "Your case study is written and the organisation has approved sharing it.",
        weeks: { from: 12, to: 14 },
        interviewPractice: false,
      },
      {
        id: "apply-with-references",
        title: "Apply with the organisation's people as references, and practise interviews",
        detail:
          "Ask the staff you worked with to be references, then do at least 5 mock interviews before your first real one. In each answer, start from the customer and their pain and say why and for whom before any solution, exactly as you did for the non-profit.",
        doneWhen: "Two people from the organisation have agreed to be references and you have done 5 mocks.",
        weeks: { from: 12, to: 26 },
        interviewPractice: true,
      },
    ],
  },
  {
    id: "masters",
    name: "Master's degree",
    summary: "Use a two-year programme and its recruiting calendar to restart your career in product.",
    fitsBest:
      "You have 4–7 years in a field outside tech, you can fund it, and a two-year horizon suits you. It also helps if you need a US work visa: a STEM-designated MBA gives up to 36 months of work authorisation.",
    blockers: [
      "You do not have a bachelor's degree.",
      "You cannot fund about $150k or more and two years without a salary.",
      "You need an offer within 12 months.",
    ],
    timeToOffer: { label: "About 2 years", midpointMonths: 24 },
    cost: "$150–250k plus lost salary",
    paceScales: false,
    steps: [
      {
        id: "talk-to-alumni",
        title: "Talk to 5 people who went from an MBA into PM, and read employment reports",
        detail:
          "Ask what helped them land a product role and what they would skip. Read each school's employment report for the share going into tech; at Harvard Business School it is about 19%.",
        doneWhen: "You have spoken to 5 people and have a shortlist of schools with their tech placement rates.",
        weeks: { from: 1, to: 4 },
        interviewPractice: false,
      },
      {
        id: "tests-and-essays",
        title: "Take the GMAT or GRE and write essays around a customer problem",
        detail:
          "Plan a few months of test preparation, and build your essays on a customer problem you care about and why you want to solve it. Admission deadlines, not your hours, set this timing.",
        doneWhen: "You have a test score you are happy with and applications submitted.",
        weeks: { from: 4, to: 16 },
        interviewPractice: false,
      },
      {
        id: "ship-artifact",
        title: "Ship one small product artifact before the programme starts",
        detail:
          "Build or run something small, such as a no-code tool, a product teardown or a short user research study, so you arrive with a story recruiters can check.",
        doneWhen: "You have one finished artifact you can link to or show.",
        weeks: { from: 16, to: 32 },
        interviewPractice: false,
      },
      {
        id: "product-club",
        title: "Join the product club and have 15 or more conversations with PMs",
        detail:
          "In months 1–3 of the programme (about weeks 36–48 if it starts around 8 months after you began preparing), join the product club and talk to alumni and visiting PMs. These talks shape where you apply.",
        doneWhen: "You are a club member and have notes from at least 15 conversations with PMs.",
        weeks: { from: 36, to: 48 },
        interviewPractice: false,
      },
      {
        id: "internship-applications",
        title: "Apply for PM internships in the November–December window",
        detail:
          "MBA internship applications usually open in November and December of your first year, so have your resume and target list ready in the weeks before. Ask the PMs you met to refer you.",
        doneWhen: "You have sent your internship applications before the December deadlines.",
        weeks: { from: 40, to: 56 },
        interviewPractice: false,
      },
      {
        id: "internship-interviews",
        title: "Prepare for internship interviews in January–February and March–April",
        detail:
          "Do mock interviews with classmates and second-years through the winter. In each answer, start from the customer and their pain and say why and for whom before any feature, since skipping the customer is the most common reason candidates are turned down.",
        doneWhen: "You have done at least 10 mocks and sat every internship interview you were offered.",
        weeks: { from: 52, to: 70 },
        interviewPractice: true,
      },
      {
        id: "internship",
        title: "Treat the summer internship as a 10–12 week interview",
        detail:
          "Ship something real, ask for feedback at the midpoint, and make it easy for your team to say yes to a full-time offer. The summer dates are fixed by the school's calendar.",
        doneWhen: "You have finished the internship and had a final review with your manager.",
        weeks: { from: 74, to: 86 },
        interviewPractice: false,
      },
    ],
  },
] satisfies z.input<typeof Route>[];
