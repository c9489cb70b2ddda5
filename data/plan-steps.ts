// Steps that a person's answers add to a route's plan (the ids are part of the API), the steps
// that fill a wait the calendar imposes, and the checkpoint every plan has. lib/plan.ts decides
// which apply and where they go. {Placeholders} in a calendar step's text are its dates
// (lib/calendar.ts).
import { CHECKPOINT_ID } from "./plan-rules";
import type { CalendarSlot, StepTemplate } from "./schema";

/** On a performance plan: get back in good standing first, while the outside search runs alongside. */
export const restoreStanding: StepTemplate = {
  id: "restore-standing",
  title: "Agree with your manager what “back in good standing” means, and get there",
  detail:
    "Ask for the goals and the date in writing, meet them, and ask your manager to confirm when you are there. Run the rest of this plan alongside, but keep this job's manager and colleagues out of your references until they have confirmed it.",
  doneWhen: "Your manager has confirmed that you are back in good standing.",
  // A performance plan runs on the employer's calendar, not on your spare hours.
  fixedWeeks: { from: 1, to: 12 },
};

/** APM/RPM programmes open once a year, so the step sits in their window: on every plan whose level is APM. */
export const apmProgrammes: StepTemplate = {
  id: "apm-programmes",
  title: "Apply to APM and RPM programmes while their applications are open",
  detail:
    "Most associate and rotational PM programmes take applications from about August to October for roles that start the next summer (in this plan, {windowOpens} to {windowCloses}); each programme's own page has the exact dates. They are very selective (Google's APM takes about 0.5% of applicants), so apply to every one that takes you: Google's APM takes recent graduates, and Meta's RPM takes new graduates or people with 1–4 years of experience and requires no degree.",
  doneWhen: "You have applied to every programme on your list that takes you, before its deadline.",
  calendar: "apm-window",
  withOthers: true,
};

/** A student on a search route: next summer's internships are the usual door to a first offer. */
export const internships: StepTemplate = {
  id: "internships",
  title: "Apply for next summer's PM and product-adjacent internships while applications are open",
  detail:
    "Larger companies take internship applications from about August to October for the next summer, and smaller ones keep hiring until about March; in this plan, {windowOpens} to {windowCloses}. Apply to PM internships and to product-adjacent ones, such as product analyst, product marketing or product operations: an internship is the usual door to a new graduate's first offer, and return offers follow it.",
  doneWhen: "You have an internship offer for next summer.",
  calendar: "internship-window",
  withOthers: true,
  offer: "internship",
};

/**
 * Needs a visa, on routes that end in applications to employers: aim the list at sponsors first.
 * A short step at the start, though its words name the date the plan races: the March
 * registration sets it (lib/calendar.ts).
 */
export const visaSponsors: StepTemplate = {
  id: "visa-sponsors",
  title: "Put visa sponsors first on your list: aim for an offer by {offerBy}, before the March {registrationYear} registration",
  detail:
    "Employers subject to the yearly H-1B cap register the people they have already offered a job in March, so an offer by about {offerBy} is what gets you into the {registrationYear} registration; a job from it starts on 1 October at the earliest, and selection is a lottery, so an offer buys a chance, not a visa. Put sponsors first on your list (public data such as the US Department of Labor's LCA disclosure files shows who sponsored product roles), and apply as well to employers exempt from the cap, such as universities, their affiliated non-profits and non-profit or government research organisations, which can sponsor at any time of year. If you already hold an H-1B counted against the cap, you can change employers at any time. The rules changed in 2025–26, so check USCIS's current rules before you rely on a date.",
  doneWhen:
    "Your target list puts employers that sponsor first and includes at least 10 exempt from the cap, and you know the date you are racing: an offer by {offerBy}.",
  weeks: { from: 1, to: 2 },
  words: "visa-registration",
};

/** The visa step for someone without a bachelor's degree: H-1B needs one, or equivalent experience. */
export const visaSponsorsWithoutDegree: StepTemplate = {
  ...visaSponsors,
  detail: `${visaSponsors.detail} An H-1B needs a bachelor's degree or equivalent experience (commonly three years of work for each year of university you did not do), so ask each employer early whether your experience will count.`,
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

/**
 * Needs a visa, on a move inside the company: a move into PM is usually a material change to an
 * H-1B, so the amended petition comes before the PM duties start. Just before applying for the
 * internal role (docs/domain.md, "visa amendment step"; 8 CFR 214.2(h)(2)(i)(E)).
 */
export const visaAmendment: StepTemplate = {
  id: "visa-amendment",
  title: "Before you apply, ask your company's immigration counsel what the move to PM means for your visa",
  detail:
    "On an H-1B, moving into a different occupation, as from engineering or analysis into product management usually is, is a material change: your employer usually files an amended petition with a new Labor Condition Application before the PM duties start. Work in the new role commonly starts once it is filed, and stops if it is denied. A green-card case for your current role (PERM, I-140) may have to start again, unless your I-485 has been pending 180 days or more and the new job is “same or similar”. On STEM OPT the new role needs an updated training plan (Form I-983) and must relate to your degree; TN status has no PM category. Counsel decides: check with them rather than rely on this.",
  doneWhen: "Counsel has told you what the move needs and when it can be filed, and your manager knows the timing.",
  span: "before-internal-application",
  withOthers: true,
};

/**
 * A deadline warning opens a second door from day one: product-adjacent jobs, applied to beside
 * the route, from the start to the week of the deadline date. Two wordings: outside the company,
 * and (on a move inside it) an adjacent role or project there.
 */
export const bridgeRoles: StepTemplate = {
  id: "bridge-roles",
  title: "From today, apply to product-adjacent jobs too, as a second door",
  detail:
    "Beside this plan, apply to product-adjacent jobs that fit your background, such as product operations, product analyst, UX or product designer, product marketing, business analyst, technical program manager, solutions engineer or support operations. They are easier to land than a first PM job, and from inside one you can move into PM later: ask for product work, sit in on planning, and apply to internal PM roles once you pass the bar for moving teams. Aim for a few a week, beside the route's own steps.",
  doneWhen: "You have an offer for a product-adjacent job, or a PM offer from this plan.",
  span: "until-deadline",
  withOthers: true,
  offer: "adjacent",
};

/** The second door in a few words, for the checkpoint that sends the effort there. */
export const secondDoor = {
  outside: "the product-adjacent jobs",
  inside: "a product-adjacent role or project inside your company",
} as const;

/** The second door on a move inside the company: an adjacent role or project there, not outside applications. */
export const bridgeRolesInside: StepTemplate = {
  ...bridgeRoles,
  title: "From today, ask for a product-adjacent role or project inside your company, as a second door",
  detail:
    "Beside this plan, ask your manager and the PMs you work with for a product-adjacent role or project at your company, such as product operations, product analyst, product marketing, technical program manager or support operations, or a project where you own a product decision. It keeps your standing and your visa where they are and moves you next to product sooner; from there, apply for the internal PM role once it opens. Watch the internal board for these roles every week.",
  doneWhen: "You have a product-adjacent role or project at your company, or a PM offer from this plan.",
};

/** Back from a career break, on a search route: returnships are built for exactly this. */
export const returnships: StepTemplate = {
  id: "returnships",
  title: "Apply to returnship programmes, and say plainly what your break was",
  detail:
    "Returnships are paid programmes for people coming back from a break, often about 16 weeks long, and many lead to a permanent role; most ask for a break of a year or more and some earlier work experience. PM returnships are rare, so apply to companies' product-adjacent returnships too, such as product operations, product marketing or program management. Give the break one honest line on your resume, such as “Career break: caring for family, 2021–2025”.",
  doneWhen: "You have applied to at least 5 returnships, and your resume names the break in one line.",
  weeks: { from: 2, to: 8 },
  withOthers: true,
};

/** Away from a tech hub, on a search route: remote-first companies, and a longer list. */
export const remoteFirst: StepTemplate = {
  id: "remote-first",
  title: "Aim at remote-first companies, with a longer target list",
  detail:
    "More than 1 in 5 PM openings are in the San Francisco Bay Area, and remote roles are a smaller share of openings than at their 2022 peak, so make your list longer than someone in a tech hub would need. Look for companies that say they are remote-first, not only remote-friendly, and say in every approach that you work remotely and from where.",
  doneWhen: "Your target list has at least 30 remote-first companies, and your resume and profile say you work remotely.",
  weeks: { from: 1, to: 2 },
};

/** The text of a step that fills a wait the calendar imposes. */
export type Meanwhile = Pick<StepTemplate, "id" | "title" | "detail" | "doneWhen">;

/**
 * What to do meanwhile when the plan would otherwise wait more than two weeks for a step whose
 * dates the calendar sets. {opens} is the first day of that step.
 */
export const meanwhile: Partial<Record<CalendarSlot, Meanwhile>> = {
  "apm-window": {
    id: "before-apm-window",
    title: "Before the programmes open, ship one small piece of product work",
    detail:
      "APM and RPM applications open on {opens}. Until then, build or run something small, such as a no-code tool, a product teardown or a short user study, so that your applications show product work you have done, not only what you have studied or planned. If you have a summer internship meanwhile, that is your piece of product work: ship something there and ask for a return offer.",
    doneWhen: "You have one finished piece of product work you can link to in your applications.",
  },
  "internship-window": {
    id: "before-internship-window",
    title: "Before internship applications open, ship one small piece of product work",
    detail:
      "Internship applications open on {opens}. Until then, build or run something small, such as a no-code tool, a product teardown or a short user study, so that your applications show product work you have done, and have two people in product read your resume: people you know, your university's careers service or product club, or a free mentoring session.",
    doneWhen: "You have one finished piece of product work to link to, and two people in product have read your resume.",
  },
  "mba-before-start": {
    id: "before-decision",
    title: "While your application is with the school, talk to its students and plan the money",
    detail:
      "Your round closes about {opens}, and the school's decision follows it. Meanwhile, talk to two current students about product recruiting there, and write down how you will pay for two years: savings, loans, a sponsor and any aid to apply for.",
    doneWhen: "You have spoken to two current students and have a written plan for paying for the programme.",
  },
  "mba-interviews": {
    id: "before-interviews",
    title: "Over the holidays, write your stories and practise on your own",
    detail:
      "Internship interviews start about {opens}, and few people interview over the holidays. Use the break to write 8 stories as situation, customer, what you did and the result, and to practise product questions aloud: clarify, name the user and their pain, then say why and for whom before any feature.",
    doneWhen: "You have 8 stories written out and have practised at least 5 product questions aloud.",
  },
  "mba-internship": {
    id: "before-internship",
    title: "Before your internship starts, get to know its product and its customers",
    detail:
      "Your internship starts about {opens}. Use the weeks before it to use the product as a customer would, read what its customers say in reviews and support forums, and ask your future manager which problem you will own, so you arrive with questions, not a blank page.",
    doneWhen: "You have used the product, read its reviews, and agreed with your manager which problem you will own.",
  },
};

/**
 * What to do when the year-end holidays leave the plan without a step for more than two weeks
 * (the steps that need other people wait for January). {opens} is the first day after the wait.
 */
export const overTheHolidays: Meanwhile = {
  id: "over-the-holidays",
  title: "Over the holidays, take stock and get ready for January",
  detail:
    "Few people reply, hire or interview between 20 December and 3 January, so the steps that need them start again on {opens}. Spend an hour or two on your own: write down what you have learned so far, tidy your notes and lists, and plan your first week back.",
  doneWhen: "You have a written page on where you are and what you will do first on {opens}.",
};

/** Every step that fills a wait, whatever the calendar set: their ids, which a moved plan lays out again. */
export const waitSteps = [...Object.values(meanwhile).map((m) => m.id), overTheHolidays.id];

/** Every plan's first phase ends here: commit until this week, reconsider only here. */
export const checkpoint = {
  id: CHECKPOINT_ID,
  title: "Checkpoint: is the plan working?",
  working: (looksLike: string) => `By now, working looks like this: ${looksLike}.`,
  /** where the effort goes if it is not working, by what the switch route is (lib/switch-route.ts) */
  ifNot: {
    route: (routeName: string, firstStep: string) =>
      `If it isn't working, switch to ${routeName}, the strongest route on your answers through a different door, and start with its first step: “${firstStep}”.`,
    bridge: (door: string) =>
      `If it isn't working, no other route fits the time your deadline leaves: put your effort into the second door you opened on day one, ${door}.`,
    none: "If it isn't working, no other route fits these answers well: keep going and adjust what isn't working, or re-run the questions with what you have learned by then.",
    open: (topics: string) =>
      `If it isn't working, your check-in will help you choose where to switch, after asking about ${topics} (skipped so far, since it could not change your route). You can also choose your plan B now.`,
  },
  stick: "Until this week, stick with the plan; reconsider only here.",
  doneWhen: "You have compared where you are with the picture above and decided to carry on or switch.",
  /** the week at the typical pace; the person's hours move it like the steps around it */
  week: 8,
} as const;
