// Steps that a person's answers add to any route's plan (the ids are part of the API), and the
// checkpoint every plan has. lib/plan.ts decides which apply and where they go.
import type { StepTemplate } from "./schema";

/** On a performance plan: first get back in good standing, before anything that needs references from this job. */
export const restoreStanding: StepTemplate = {
  id: "restore-standing",
  title: "Agree with your manager what “back in good standing” means, and get there",
  detail:
    "Ask for the goals and the date in writing, meet them, and ask your manager to confirm when you are there. Until then, keep this job's people out of your references and start only the steps that don't need them.",
  doneWhen: "Your manager has confirmed that you are back in good standing.",
  // A performance plan runs on the employer's calendar, not on your spare hours.
  fixedWeeks: { from: 1, to: 12 },
};

/** Level APM: the programmes open once a year, so the step sits in their window. */
export const apmProgrammes: StepTemplate = {
  id: "apm-programmes",
  title: "Apply to APM and RPM programmes while their applications are open",
  detail:
    "Most associate and rotational PM programmes open applications in late summer to autumn for roles that start the next summer; each programme's own page has the exact dates. They are very selective (Google's APM takes about 0.5% of applicants), and Meta's RPM takes new graduates or people with 1–4 years of experience and requires no degree.",
  doneWhen: "You have applied to every programme on your list before its deadline.",
  calendar: "apm-window",
};

/** Needs a visa, on routes that end in applications to employers. */
export const visaSponsors: StepTemplate = {
  id: "visa-sponsors",
  title: "List employers that sponsor work visas, and aim your applications at them",
  detail:
    "Check public sponsorship data, such as the US Department of Labor's LCA disclosure files, for companies that have sponsored product roles recently. Put them first on your target list, so your effort goes where an offer can turn into a visa.",
  doneWhen: "You have a list of at least 20 employers that sponsored product roles in the last two years.",
  weeks: { from: 1, to: 2 },
};

/** Needs a visa, on the master's route: a STEM-designated programme brings longer work authorisation. */
export const stemProgrammes: StepTemplate = {
  id: "stem-programmes",
  title: "Shortlist STEM-designated programmes",
  detail:
    "A STEM-designated MBA lets international graduates work in the US for up to 36 months after graduating, against 12 months otherwise. Check each school's designation before you apply.",
  doneWhen: "Every school on your shortlist is STEM-designated, or you have a reason written down for each that isn't.",
  fixedWeeks: { from: 2, to: 5 },
};

/** Every plan's first phase ends here: commit until this week, reconsider only here. */
export const checkpoint = {
  id: "checkpoint",
  title: "Checkpoint: is the plan working?",
  working: (looksLike: string) => `By now, working looks like this: ${looksLike}.`,
  switchTo: (routeName: string) =>
    `If it isn't working, switch to ${routeName}, the strongest other route on your answers. Until this week, stick with the plan; reconsider only here.`,
  doneWhen: "You have compared where you are with the picture above and decided to carry on or switch.",
  /** the week at the typical pace; the person's hours move it like the steps around it */
  week: 8,
} as const;
