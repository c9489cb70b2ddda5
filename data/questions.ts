// The ten background questions (catalog v4: the questions of v3), in the order a fixed questionnaire would ask them.
// The wizard asks them adaptively (lib/next-question.ts) and skips any that can no longer change
// the result. Every option should be answerable honestly by someone outside tech, and none should
// sound like the right answer.
import type * as z from "./zod";
import type { QuestionId } from "./ids";
import type { Question } from "./schema";

export const questions = [
  {
    id: "employer",
    topic: "where you work",
    prompt: "Where do you work right now?",
    help: "Your employer decides whether a move inside your company is open to you.",
    multiple: false,
    // Only patience moves it: someone not yet past the bar for internal moves will pass it.
    ladder: ["pm-team-new", "pm-team-settled"],
    options: [
      {
        id: "pm-team-settled",
        label: "At a company with product managers, and I meet its bar for moving teams",
        hint: "Usually 6–12 months in your role and a rating of at least “meets expectations”.",
        phrase: "you are settled at a company with PMs",
        ifPhrase: "you passed your company's bar for internal moves (often 6–12 months in the role)",
      },
      {
        id: "pm-team-new",
        label: "At a company with product managers, but I'm not past that bar yet",
        hint: "For example, you joined recently or haven't had your first rating.",
        phrase: "your company has PMs but you can't move teams yet",
      },
      {
        id: "pm-team-at-risk",
        label: "At a company with product managers, but my standing there is shaky",
        hint: "A performance plan (a formal warning with goals and a deadline) or a rating below expectations.",
        phrase: "your standing at work is shaky right now",
      },
      {
        id: "no-pm-team",
        label: "At a company without product managers",
        phrase: "your company has no PM team",
      },
      {
        id: "not-employed",
        label: "Not employed right now (studying or between jobs)",
        phrase: "you are studying or between jobs",
      },
      {
        id: "career-break",
        label: "Coming back after a career break",
        hint: "A year or more out of paid work for caring, health, study or travel, not spent looking for a job.",
        phrase: "you are coming back after a career break",
      },
    ],
  },
  {
    id: "role",
    topic: "the kind of work you do",
    prompt: "What kind of work do you do?",
    help: "Pick the closest match to your current or most recent job. Studying while you work? Pick Student.",
    multiple: false,
    options: [
      { id: "engineering", label: "Engineering", phrase: "you work in engineering" },
      { id: "design", label: "Design", phrase: "you work in design" },
      { id: "data", label: "Data or analytics", phrase: "you work with data" },
      {
        id: "customer-facing",
        label: "Customer-facing: support, success or operations",
        phrase: "you work close to customers",
      },
      { id: "sales-marketing", label: "Sales or marketing", phrase: "you work in sales or marketing" },
      {
        id: "project-management",
        label: "Project or program management",
        hint: "You plan and run projects or launches with other teams.",
        phrase: "you run projects and launches",
      },
      {
        id: "business",
        label: "Consulting, finance or strategy",
        phrase: "your background is in business",
      },
      {
        id: "other-field",
        label: "Another field outside tech",
        hint: "Healthcare, education, public sector, hospitality, trades, research, or anything else.",
        phrase: "you work in a field outside tech",
      },
      {
        id: "founder",
        label: "Founder, freelancer or self-employed",
        hint: "You ran your own company, a practice or freelance work, whether or not it is still going.",
        phrase: "you have run your own company or worked for yourself",
      },
      { id: "student", label: "Student", phrase: "you are a student" },
    ],
  },
  {
    id: "pm-work",
    topic: "product work you have done",
    prompt: "Have you already done product work with a result you can measure?",
    help: "Product work means deciding what to build or change for customers, then seeing it through.",
    multiple: false,
    ladder: ["not-yet", "some", "shipped-with-results"],
    options: [
      {
        id: "shipped-with-results",
        label: "Yes, I led something and can name a number it moved",
        hint: "A launch, a roadmap item or an experiment you owned, at work or outside it.",
        phrase: "you have led product work with a measurable result",
        ifPhrase: "you had led a piece of product work with a result you can measure",
      },
      {
        id: "some",
        label: "Some: I worked closely on launches or product decisions",
        hint: "You contributed, but someone else owned the decision.",
        phrase: "you have worked closely on product decisions",
        ifPhrase: "you had worked closely on a launch or a product decision",
      },
      {
        id: "not-yet",
        label: "Not yet",
        phrase: "you haven't done product work yet",
      },
    ],
  },
  {
    id: "experience",
    topic: "your years of experience",
    prompt: "How many years have you worked full time?",
    help: "Count years in paid work of any kind, including years running your own business.",
    multiple: false,
    options: [
      { id: "new-grad", label: "None yet, or I'm about to graduate", phrase: "you are a new graduate" },
      { id: "1-3", label: "1 to 3 years", phrase: "you have 1-3 years of experience" },
      { id: "4-7", label: "4 to 7 years", phrase: "you have 4-7 years of experience" },
      { id: "8-plus", label: "8 years or more", phrase: "you have 8 or more years of experience" },
    ],
  },
  {
    id: "constraints",
    topic: "what applies to you",
    prompt: "Do any of these apply to you?",
    help: "Tick all that apply, or none.",
    multiple: true,
    options: [
      {
        id: "no-bachelors",
        label: "I don't have a bachelor's degree",
        hint: "If you are studying for one now, leave this unticked.",
        phrase: "you don't have a bachelor's degree",
      },
      {
        id: "needs-visa",
        label: "I need a US employer to sponsor a work visa",
        phrase: "you need a US work visa",
      },
      {
        id: "outside-tech-hub",
        label: "I live away from a tech hub and can't easily move",
        hint: "A tech hub is a city with many tech companies, such as San Francisco, Seattle, New York, London or Bangalore.",
        phrase: "you live away from a tech hub",
      },
    ],
  },
  {
    id: "hours",
    topic: "your hours a week",
    prompt: "How many spare hours a week can you give this?",
    help: "Be honest: a plan you can keep beats an ambitious one you drop.",
    multiple: false,
    ladder: ["under-3", "3-8", "8-15", "over-15"],
    options: [
      { id: "under-3", label: "Under 3 hours", phrase: "you have under 3 hours a week" },
      { id: "3-8", label: "3 to 8 hours", phrase: "you have 3-8 hours a week", ifPhrase: "you gave it 3-8 hours a week" },
      { id: "8-15", label: "8 to 15 hours", phrase: "you have 8-15 hours a week", ifPhrase: "you gave it 8-15 hours a week" },
      {
        id: "over-15",
        label: "More than 15 hours",
        phrase: "you have more than 15 hours a week",
        ifPhrase: "you gave it more than 15 hours a week",
      },
    ],
  },
  {
    id: "funding",
    topic: "funding a degree",
    prompt: "Could you fund about $150k and two years without a salary?",
    help: "Savings, loans or a sponsor all count.",
    multiple: false,
    ladder: ["no", "yes"],
    options: [
      { id: "yes", label: "Yes", phrase: "you could fund two years of school", ifPhrase: "you found the money for two years of school" },
      { id: "no", label: "No", phrase: "you can't fund two years of school" },
    ],
  },
  {
    id: "deadline",
    topic: "when you need an offer",
    prompt: "When do you need a PM offer?",
    multiple: false,
    ladder: ["under-3-months", "3-12-months", "12-24-months", "no-rush"],
    options: [
      {
        id: "under-3-months",
        label: "Within 3 months",
        phrase: "you need an offer within 3 months",
      },
      {
        id: "3-12-months",
        label: "In 3 to 12 months",
        phrase: "you want an offer within a year",
        ifPhrase: "you could wait up to a year for an offer",
      },
      {
        id: "12-24-months",
        label: "In 1 to 2 years",
        phrase: "you can wait 1-2 years",
        ifPhrase: "you could wait 1-2 years for an offer",
      },
      {
        id: "no-rush",
        label: "No rush: 2 years or more is fine",
        phrase: "you are in no rush",
        ifPhrase: "you could wait 2 years or more",
      },
    ],
  },
  {
    id: "networking",
    topic: "reaching out to people",
    prompt: "How do you feel about reaching out to people?",
    help: "Think of ex-colleagues, alumni and friends of friends.",
    multiple: false,
    ladder: ["low", "medium", "high"],
    options: [
      {
        id: "low",
        label: "I'd rather not, and my network is small",
        phrase: "you'd rather not do outreach",
      },
      {
        id: "medium",
        label: "I can do it when I need to",
        phrase: "you can reach out when needed",
        ifPhrase: "you reached out when needed",
      },
      {
        id: "high",
        label: "I enjoy it, or I have a warm network",
        phrase: "you enjoy outreach or have a warm network",
        ifPhrase: "you made outreach a habit",
      },
    ],
  },
  {
    id: "building",
    topic: "building a product yourself",
    prompt: "Have you built something that other people used?",
    help: "An app, a website, a tool or an automation that people other than you actually used.",
    multiple: false,
    ladder: ["none", "no-code", "code"],
    options: [
      {
        id: "none",
        label: "Not yet",
        phrase: "you haven't built something people used",
      },
      {
        id: "no-code",
        label: "Yes, with no-code or AI tools",
        hint: "For example a Notion, Airtable, Bubble or AI-assisted app that others used.",
        phrase: "you have built something with no-code or AI tools",
        ifPhrase: "you built and shared something with no-code or AI tools",
      },
      {
        id: "code",
        label: "Yes, I wrote the code and shipped it",
        phrase: "you write code and have shipped something",
        ifPhrase: "you wrote and shipped something in code",
      },
    ],
  },
] satisfies (z.input<typeof Question> & { id: QuestionId })[];
