// The nine background questions, in the order a fixed questionnaire would ask them. The wizard
// asks them adaptively (lib/next-question.ts) and skips any that can no longer change the answer.
import type { z } from "zod";
import type { QuestionId } from "./ids";
import type { Question } from "./schema";

export const questions = [
  {
    id: "employer",
    topic: "where you work",
    prompt: "Where do you work right now?",
    help: "Your current employer decides whether the quickest route, moving inside, is open to you.",
    multiple: false,
    options: [
      {
        id: "pm-team-settled",
        label: "At a company with product managers, 12+ months in, in good standing",
        phrase: "you have been at a company with PMs for over a year, in good standing",
      },
      {
        id: "pm-team-new",
        label: "At a company with product managers, but under 12 months or not yet rated",
        hint: "Also pick this if your last rating was below expectations.",
        phrase: "your company has PMs but you are not yet eligible to transfer",
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
    ],
  },
  {
    id: "role",
    topic: "the kind of work you do",
    prompt: "What kind of work do you do?",
    help: "Pick the closest match to your current or most recent job.",
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
        label: "Project or program management, with launches behind you",
        phrase: "you already run projects and launches",
      },
      {
        id: "business",
        label: "Consulting, finance or another non-tech field",
        phrase: "your background is in business outside tech",
      },
      { id: "student", label: "Student", phrase: "you are a student" },
    ],
  },
  {
    id: "experience",
    topic: "your years of experience",
    prompt: "How many years have you worked full time?",
    multiple: false,
    options: [
      { id: "new-grad", label: "None yet, or I am about to graduate", phrase: "you are a new graduate" },
      { id: "1-3", label: "1 to 3 years", phrase: "you have 1-3 years of experience" },
      { id: "4-7", label: "4 to 7 years", phrase: "you have 4-7 years of experience" },
      { id: "8-plus", label: "8 years or more", phrase: "you have 8+ years of experience" },
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
        phrase: "you don't have a bachelor's degree",
        phraseIfNot: "you had a bachelor's degree",
      },
      {
        id: "needs-visa",
        label: "I need US work authorisation (a visa)",
        phrase: "you need a US work visa",
        phraseIfNot: "you didn't need a US work visa",
      },
      {
        id: "outside-tech-hub",
        label: "I live outside a tech hub",
        phrase: "you live outside a tech hub",
        phraseIfNot: "you lived in a tech hub",
      },
    ],
  },
  {
    id: "hours",
    topic: "your hours a week",
    prompt: "How many spare hours a week can you give this?",
    help: "Be honest: a plan you can keep beats an ambitious one you drop.",
    multiple: false,
    options: [
      { id: "under-3", label: "Under 3 hours", phrase: "you have under 3 hours a week" },
      { id: "3-8", label: "3 to 8 hours", phrase: "you have 3-8 hours a week" },
      { id: "8-15", label: "8 to 15 hours", phrase: "you have 8-15 hours a week" },
      { id: "over-15", label: "More than 15 hours", phrase: "you have 15+ hours a week" },
    ],
  },
  {
    id: "funding",
    topic: "funding a degree",
    prompt: "Could you fund about $150k and two years without a salary?",
    help: "Savings, loans or a sponsor all count. This only matters for a master's degree.",
    multiple: false,
    options: [
      { id: "yes", label: "Yes", phrase: "you could fund two years of school" },
      { id: "no", label: "No", phrase: "you can't fund two years of school" },
    ],
  },
  {
    id: "deadline",
    topic: "when you need an offer",
    prompt: "When do you need a PM offer?",
    multiple: false,
    options: [
      { id: "under-3-months", label: "Within 3 months", phrase: "you need an offer within 3 months" },
      { id: "3-12-months", label: "In 3 to 12 months", phrase: "you want an offer within a year" },
      { id: "12-24-months", label: "In 1 to 2 years", phrase: "you can wait 1-2 years" },
      { id: "no-rush", label: "No rush: 2 years or more is fine", phrase: "you are in no rush" },
    ],
  },
  {
    id: "networking",
    topic: "reaching out to people",
    prompt: "How do you feel about reaching out to people?",
    help: "Think of ex-colleagues, alumni and friends of friends.",
    multiple: false,
    options: [
      { id: "low", label: "I'd rather not; my network is small", phrase: "you'd rather not do outreach" },
      { id: "medium", label: "I can do it when I need to", phrase: "you can reach out when needed" },
      {
        id: "high",
        label: "I enjoy it, or I have a warm network",
        phrase: "you enjoy outreach or have a warm network",
      },
    ],
  },
  {
    id: "building",
    topic: "building a product yourself",
    prompt: "Could you build a small product yourself?",
    multiple: false,
    options: [
      { id: "none", label: "Not really", phrase: "you would not build a product yourself" },
      {
        id: "no-code",
        label: "Yes, with no-code or AI tools",
        phrase: "you can build with no-code or AI tools",
      },
      { id: "code", label: "Yes, I can code", phrase: "you can code" },
    ],
  },
] satisfies (z.input<typeof Question> & { id: QuestionId })[];
