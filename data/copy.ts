// The app's sentences, in one place: the wording of the explanations the engine assembles from
// catalog phrases, and every sentence the pages, the components and the browser's code show. (The
// catalog's own texts, questions, routes and their steps, stay in their files in data/.)
import type { LevelId } from "./ladder";
import type { WarningId } from "./plan-rules";
import type { CalendarSlot } from "./schema";

/** "a", "a and b", "a, b and c": the one way lists become prose. */
export const joinList = (items: readonly string[]): string =>
  items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;

export const copy = {
  /** When a calendar-set step happens, for outlines that have no start date to count from. */
  calendarSlot: {
    "mba-tests": "Until your admission round closes",
    "mba-before-start": "Before the programme starts",
    "mba-first-term": "First term, August–October",
    "mba-applications": "November–December of year one",
    "mba-interviews": "January–April of year one",
    "mba-internship": "June–August after year one",
    "apm-window": "When programmes open, about August–October",
    "internship-window": "When internship applications open, about August–October or January–March",
    "visa-registration": "By mid-February, before the March work-visa registration",
  } satisfies Record<CalendarSlot, string>,
  setAside: (topics: string[]) =>
    topics.length === 1
      ? `Your answer about ${topics[0]} no longer changes the result, so we set it aside.`
      : `Your answers about ${joinList(topics)} no longer change the result, so we set them aside.`,
  restarted: "Started again from the first question.",
  /** In the plan switched to at a checkpoint: the route it replaced, in place of why it lost. */
  switchedFrom: (name: string, checkpointDate: string) =>
    `${name} was your route until your checkpoint on ${checkpointDate}, when its signs of working were not there yet.`,
  /** A saved plan that lives: behind, rescheduled, at its checkpoint, switched. */
  living: {
    behindHeading: "Your plan has fallen behind",
    movedHeading: "Your plan starts again from today",
    /** how far behind, counted from the end date of the earliest step that is late, and which steps are late */
    behind: (weeks: number, late: string[]) =>
      `About ${weeks} ${weeks === 1 ? "week" : "weeks"} behind: ${late.length === 1 ? `“${late[0]}” is` : `${late.length} steps are`} past ${late.length === 1 ? "its" : "their"} end date and not ticked.`,
    lateHeading: "Late",
    /** ratio: how much longer than planned the ticked steps took */
    pace: (ratio: number) =>
      ratio >= 1.75
        ? "You have been moving at about half the planned pace."
        : ratio >= 1.25
          ? "You have been moving at about two-thirds of the planned pace."
          : ratio > 0.85
            ? "You have been moving at about the planned pace."
            : "You have been moving faster than planned.",
    hoursLegend: "Hours a week from now on",
    current: "what you have now",
    suggested: (label: string) => `Your ticks suggest a pace like ${label}. Choose it only if that is what you can give from now on.`,
    preview: "See the new dates",
    previewing: "Working out the new dates…",
    previewHeading: "If you move the remaining steps from today",
    previewPace: (hours: string) => `At ${hours.toLowerCase()} a week.`,
    previewCheckpoint: (date: string) => `Your checkpoint would move to the week of ${date}.`,
    closesCheckIn: (date: string) =>
      `Your check-in is open now; moving closes it until the week of ${date}. Check in first if you want to.`,
    nothingToMove: "Every open step is already on its dates: nothing would move.",
    move: "Move my steps",
    moving: "Moving your steps…",
    cancel: "Keep the plan as it is",
    moved: (count: number) => `Moved ${count} ${count === 1 ? "step" : "steps"}. Done steps stay where they were.`,
    movedHeading2: "Your steps have moved",
    why: { pace: "at your pace", calendar: "to the calendar's next window", holidays: "stretched over the year-end holidays" },
    checkpointAheadHeading: (date: string) => `Your checkpoint: ${date}`,
    checkpointAheadShared: (date: string) => `The plan's checkpoint: ${date}`,
    checkpointAhead: (route: string) => `Until then, give ${route} a fair go: the choice stays closed until that week.`,
    checkInHeading: "Checkpoint: is it working?",
    checkInIntro: "These are this route's signs of working. Answer honestly: the check-in is only for you.",
    record: "Record my check-in",
    recording: "Recording…",
    working: (date: string) => `Checked in on ${date}: it's working. Carry on with the plan.`,
    notWorking: (date: string) => `Checked in on ${date}: not working yet.`,
    switchOffer: (route: string) => `Switch to ${route}: its plan, from today`,
    switchButton: (route: string) => `Switch to ${route}`,
    switching: "Switching…",
    carryOn: (route: string) => `Or carry on with ${route}: you can check in again before you decide.`,
    planBFirst: "Before you switch: the questions below decide where to. Answer them, and your plan B appears here.",
    noSwitchBridge:
      "No other route fits the time your deadline leaves, so don't switch: put your effort into the second door you opened on day one, the product-adjacent roles, and keep this plan going beside it.",
    noSwitch:
      "No other route fits your answers well enough to switch to. Keep going and change what isn't working, or, if your situation has changed, re-run the questions with what you know now.",
    situationChanged: "My situation changed: re-run the questions",
    switchedTo: (route: string, date: string) => `You switched to ${route} on ${date}.`,
    closedHeading: "This plan is closed",
    closed: (route: string, date: string, progress: string) =>
      `It was switched to ${route} on ${date}, with ${progress.toLowerCase()}; the ${route} plan is the one that goes on. Its steps no longer run, and its calendar events are cancelled.`,
    switchedLabel: (route: string) => `Switched to ${route}`,
    switchedFrom: (route: string, date: string) => `Switched from ${route} on ${date}.`,
    historyHeading: "How this plan has moved",
    rescheduled: (date: string, weeks: number, toNextWindow = 0, hours?: string) =>
      `${date}: moved ${toNextWindow ? "most of " : ""}the remaining steps ${weeks === 0 ? "to new dates" : `${Math.abs(weeks)} ${Math.abs(weeks) === 1 ? "week" : "weeks"} ${weeks > 0 ? "later" : "earlier"}`}${toNextWindow ? ` and ${toNextWindow} to the calendar's next window` : ""}${hours ? `, at ${hours} a week` : ""}.`,
    checkedIn: (date: string, working: boolean) => `${date}: checked in, ${working ? "working" : "not working yet"}.`,
  },
  /** "Your answers" on a saved plan. */
  answers: {
    heading: "Your answers",
    skipped: "Not asked: no answer could change your route or your plan",
    forPlanB: "answered for your plan B",
    changedSince: "changed since you saved the plan",
    share: "Show my answers to people with the link",
    shared: "People with the link now see your answers.",
    private: "Your answers are private again: only you see them.",
  },
  /** The private edit link and the devices that hold a plan. */
  editLink: {
    making: "Making a private edit link…",
    devices: (n: number) =>
      n === 1
        ? "Only this device can change this plan."
        : `${n} devices can change this plan, this one included. To turn the others off, make a new link.`,
    waiting: "A private edit link you made has not been opened yet.",
  },
  /** Choosing the checkpoint's switch route before the check-in: the skipped questions that decide it, one at a time. */
  planB: {
    heading: "Your plan B",
    open: (route: string, date: string, count: number) =>
      count === 1
        ? `If ${route} isn't working by your checkpoint on ${date}, your check-in will help you choose where to switch. One question you were not asked decides it: it could not change your route, so the questions skipped it. You can answer it now.`
        : `If ${route} isn't working by your checkpoint on ${date}, your check-in will help you choose where to switch. Up to ${count} questions you were not asked decide it: they could not change your route, so the questions skipped them. You can answer them now.`,
    choose: "Choose my plan B now",
    progress: (left: number) => (left === 1 ? "Last question for your plan B" : `Plan B: up to ${left} questions to go`),
    next: "Continue",
    chosen: "Your plan B is chosen",
    route: (route: string, plan: string, date: string) =>
      `If ${plan} isn't working by your checkpoint on ${date}, switch to ${route}. The checkpoint in your plan now names it; until then, give ${plan} a fair go.`,
    bridge: (plan: string, date: string) =>
      `If ${plan} isn't working by your checkpoint on ${date}, no other route fits the time your deadline leaves: put the effort into your second door, the product-adjacent roles.`,
    none: (plan: string, date: string) =>
      `If ${plan} isn't working by your checkpoint on ${date}, no other route fits your answers well: keep going and adjust, or re-run the questions with what you have learned.`,
  },
  /** The headings and labels of a result, wherever it appears (lib/result-view.ts). */
  result: {
    aimFor: "Aim for",
    firstOffers: "First offers in this plan",
    internshipOffers: "Internship offers in this plan",
    typicalTime: "Typical time to an offer",
    cost: "Typical cost",
    warning: {
      deadline: "Your deadline is tight for this route",
      "deadline-tight": "This route may run past your deadline",
    } satisfies Record<WarningId, string>,
    whyHeading: "Why it fits you",
    /** under a deadline warning, beside the plan's own offer dates: the route's longest typical time */
    offersNote: (months: number, by: string) => `if it goes to plan; often up to ${months} months, by ${by}`,
    /** the steps that start after the deadline date, under a deadline warning */
    ifNoOffer: (date: string) => `If you have no offer by ${date}`,
    ifNoOfferIntro: "Until then, the steps above and your second door. If no offer has come by this date, carry on with these.",
    /** on the checkpoint: the steps whose work it judges, by their numbers */
    judges: (numbers: number[]) => `Judges the work of ${numbers.length === 1 ? "step" : "steps"} ${joinList(numbers.map(String))}`,
    closeCall: "A close call.",
    stepsHeading: "Your steps",
    whyNotSummary: (n: number) => `Why not the other ${n} routes?`,
    ruledOut: "ruled out",
    tied: "tied on your answers",
    fitLess: "fit less well",
  },
  /** "Your answers": the questions the wizard skipped, and the part of them that decides the plan B */
  notAsked: (topics: string) => `Not asked, because no answer could change your route or your plan: ${topics}.`,
  notAskedPlanB: (topics: string) =>
    `Your answers about ${topics} would decide where your checkpoint points if the plan isn't working: your check-in will ask, or choose your plan B now.`,
  saveNeedsScript:
    "Saving a plan needs JavaScript: the key that lets you change it later is kept in your browser. This page works without it, and you can bookmark or print it.",
  restoreFailed: "We couldn't read your earlier answers, so the questions start fresh.",
  unreadableLink: "We couldn't read the answers in that link, so the questions start fresh.",
  restoreMigrated: "The questions have changed since your last visit; we kept the answers that still apply.",
  openReason: "No hard blocker applies to you, and every other route was ruled out or fit your answers less well.",
  /** the answer that favoured the winner over this route the most, as the person gave it */
  outscored: (winner: string, answer: string) => `${winner} fit your answers better, mostly because ${answer}.`,
  /** a route level with the winner on points: why the tie went the winner's way */
  tied: (winner: string, reason: string) => `The tie went to ${winner}: ${reason}.`,
  tieReason: {
    insideCompany: "a move inside your company comes first on a tie, as it is free and the most common way into a first PM job",
    sooner: "it usually leads to an offer sooner",
    order: "with the same fit and the same typical time to an offer, OnePath keeps a fixed order",
  },
  /** Routes ruled out by the same answer share one line: "{routes} need ..." */
  together: (line: string, names: string[]) => line.replace("{routes}", joinList(names)),
  behind: "Can't catch up any more with your answers so far.",
  flip: (phrases: string[], name: string) => `If ${joinList(phrases)}, ${name} would win.`,
  /** also: the line above already named one thing it needs */
  wouldNeed: (conditions: string[], also: boolean) => `It would ${also ? "also " : ""}need ${joinList(conditions)}.`,
  /** the close second, where the checkpoint's switch route is another route or none: only that the two tied */
  closeSecond: (name: string, winner: string) => `${name} came out level with ${winner} on your answers, and the tie went to ${winner}.`,
  /** the close second that is also where the checkpoint points */
  closeSecondIsSwitch: (name: string, winner: string, checkpointDate: string) =>
    `${name} came out level with ${winner} on your answers, and it is where your checkpoint points if ${winner} isn't working. Give ${winner} a fair go until your checkpoint on ${checkpointDate}, and reconsider only there.`,

  /** The wizard once the answers settle the result, and its question form. */
  wizard: {
    decided: (route: string) => `Your answers point to ${route}`,
    asked: (n: number) => `You answered ${n} questions; the rest could not change the result.`,
    missing: "Choose an option to continue.",
    tip: (options: number, multiple: boolean) =>
      `Tip: press 1–${options} to choose${multiple ? " (again to untick)" : ""}, then Enter to continue.`,
  },
  error: {
    heading: "Something went wrong",
    text: "This page didn’t load properly. It is usually a passing problem, so trying again often fixes it.",
    code: (digest: string) => `If it keeps happening, mention the code ${digest}.`,
  },
  /** How far along a saved plan is (components/plans/plan-progress.tsx). */
  progress: {
    allDone: "Every step is done. That's the whole plan: well done.",
    startsOn: (date: string) => `Your plan starts on ${date}.`,
    pastEnd: (open: number) =>
      `The plan's dates have passed with ${open} ${open === 1 ? "step" : "steps"} still open. Carry on at your own pace.`,
    between: "By the dates, you're between two steps this week.",
    thisWeekStep: (number: string, title: string) => `By the dates, this week is for step ${number}: ${title}.`,
    thisWeekSteps: (numbers: string[]) => `By the dates, this week is for steps ${joinList(numbers)}.`,
    overdue: (n: number) => `${n} ${n === 1 ? "earlier step is" : "earlier steps are"} still open; no problem, pick up where you are.`,
    ahead: "You're ahead of the dates.",
    onTrack: "You're on track.",
  },
  /** The checkpoint's check-in, once every sign is answered. */
  signs: { all: "All the signs are there.", some: "Some signs are not there yet." },
  /** Saving a result as a plan. */
  save: {
    noSignUp: "No sign-up: this browser remembers it, and you get a link to come back to.",
    saving: "Saving your plan…",
    saved: "Saved. Opening your plan…",
    savedNotKept: "Saved, but this browser can't remember it (storage is blocked), so you won't be able to change it. Opening it…",
  },
  /** Renaming a plan: what is wrong with the title. */
  title: {
    tooLong: (max: number) => `Keep the title to ${max} characters or fewer.`,
    /** issue: what the title check says, "has a character that does not show" */
    invalid: (issue: string) => `The title ${issue}.`,
    missing: "Give the plan a title.",
  },
  /** The box under a saved plan's title (components/plans/owner-panel.tsx). */
  owner: {
    intro: "Only this browser, and any device you open a private edit link on, can change it. Anyone with the plan’s link can view it.",
    copied: "Link copied. Anyone with it can view this plan.",
    copyFailed: "Copying didn't work here; select the link below and copy it.",
    viewer: "You’re viewing a shared, read-only plan. Only the person who saved it can tick steps or change it.",
    viewerCan: "You can still download it, add it to your calendar or print it.",
    /** how opening the page from a private edit link went */
    linkKept: "This plan is yours on this device now: you can tick steps and change it here too.",
    linkNotKept: "You can change this plan here for now, but this browser can't keep the edit link: open it again next time.",
    linkRefused:
      "That edit link doesn't work: each edit link works once, on the first device that opens it, and a new link turns old ones off. It may also be cut short. You can still view the plan here.",
    /** after the failure's own sentence */
    linkRetry: "Open the edit link again to try once more.",
  },
  /** The private edit link panel (components/plans/edit-link.tsx). */
  editLinkPanel: {
    warning: "Anyone with this link can change or delete this plan.",
    works:
      "It works once: the first device that opens it keeps the right to change the plan, and after that the link does nothing. Open it only on your own device and don’t share it; to share the plan, use Copy link. Making another edit link turns this one off.",
    scan: "Scan the code with your phone’s camera, or copy the link to your other device.",
    qrFailed: "The QR code could not be drawn here; copy the link instead.",
    copied: "Edit link copied. Open it only on your own devices.",
    copyFailed: "Copying didn't work here; select the link above and copy it.",
  },
  /** The questions a dialog asks before a change that cannot be undone. */
  confirm: {
    delete: {
      title: "Delete this plan?",
      description: "It will be gone for you and for anyone who has the link. This can’t be undone.",
    },
    newLink: {
      title: "Make a new link for this plan?",
      description:
        "The current link and the private edit link will stop working for everyone who has them, on any device. This browser keeps the plan and gets the new links.",
    },
    forget: {
      title: "Forget this plan in this browser?",
      description: "The plan stays online and its link still opens it, but this browser will no longer be able to change it.",
    },
  },
  /** "My plans": the plans saved in this browser. */
  myPlans: {
    looking: "Looking for plans saved in this browser…",
    empty: "No plans saved in this browser yet.",
    emptyHow: "Answer a few questions, then choose “Save this plan” on your result.",
    lost: (title: string) => `“${title}” was deleted or got a new link on another device, so it's no longer listed here.`,
  },
  /** The one-time message a change leaves for the page it opens (browser/flash.ts). */
  flash: {
    saved: "Your plan is saved. To change it on another device too, open its private edit link there.",
    newLink: "New link made. The old link, every edit link and every other device no longer work; share this one instead.",
    deleted: (title: string) => `Deleted “${title}”. Its link no longer works.`,
    switched: (route: string) =>
      `Switched to ${route}. Your plan from today is below; the old plan stays as it was, with a link to this one.`,
  },
  /** A request that failed, finishing "We couldn't <action>" (lib/api-result.ts). */
  failure: {
    offline: (action: string) => `We couldn't ${action}: you seem to be offline. Check your connection and try again.`,
    busy: (action: string) => `We couldn't ${action}: too many changes in a short time. Wait a minute and try again.`,
    gone: (action: string) => `We couldn't ${action}: this plan was deleted or got a new link, maybe on another device.`,
    conflict: (action: string) => `We couldn't ${action}: the plan kept changing in another tab. Reload the page and try again.`,
    invalid: (action: string) => `We couldn't ${action}: something in the request wasn't accepted.`,
    server: (action: string) => `We couldn't ${action} because of a problem on our side. Try again in a moment.`,
  },
};

/**
 * Sentences that only pages rendered on the server show (and the server's own text answers): kept
 * apart from copy, which the browser's components import, so that no page's JavaScript carries them.
 */
export const pageCopy = {
  /** A page that reads a saved plan while the plan store is unavailable (the server logs the failure). */
  storeDown: {
    title: "Plan unavailable",
    heading: "This plan can't be loaded right now",
    /** also the API's 503 message (server/http.ts) */
    text: "The plan store is unavailable right now. Nothing was changed; please try again.",
    retry: "Try again",
    compareHeading: "Can't compare right now",
    compare:
      "We couldn't load the saved plan to compare with: the plan store is unavailable right now. Here is the result for these answers today; try again in a moment to see what changed.",
  },
  /** The shell around every page (app/layout.tsx). */
  site: {
    description: "Answer a few questions and get one route into your first Product Manager job, with a step plan you can start this week.",
    footer: "OnePath: one route into your first Product Manager job, and a plan to start it.",
    footerNote: "Times and costs are typical ranges, not promises.",
  },
  /** The home page; count: "seven", Count: "Seven" (data/route-facts.ts). */
  home: {
    headline: "One route into product management, and a plan for this week.",
    intro: (count: string) =>
      `There are ${count} well-trodden routes into a first PM job, from an internal transfer to an MBA. Answer a few questions and OnePath picks the one that fits your situation, with a step plan you can start this week, all in about two minutes.`,
    whyOne: (Count: string) =>
      `Why only one? ${Count} good options side by side tend to make a choice harder, not easier: the paradox of choice. OnePath does the narrowing, so your energy goes into the doing.`,
    glance: "Each one works for someone. The questions find the one that works for you.",
    notSure: "Not sure which one is yours?",
    notSureText: "Answer a few questions and get one route.",
  },
  /** The PM ladder page. */
  ladder: {
    description: "The product manager career ladder from Associate PM to Principal PM: what each level does and who starts where.",
    intro:
      "Where a first Product Manager job sits, and what comes after it. Titles differ from company to company, but most follow these four levels.",
    aimingHeading: "Aiming for your first role?",
    aiming:
      "New graduates usually aim at associate programmes such as Google’s APM or Meta’s RPM. People switching in with a few years of work behind them usually aim straight at Product Manager.",
    /** where first jobs land: a tag on the level */
    entryPoint: { apm: "New graduates aim here", pm: "Career switchers usually aim here" } satisfies Partial<Record<LevelId, string>>,
    everyRoute: "Every route in OnePath aims at the first or second level.",
  },
  /** The routes page; count: "seven", Count: "Seven". */
  routesPage: {
    description: (count: string) =>
      `The ${count} routes into a first Product Manager job: who each one fits, what rules it out, how long it takes, what it costs and the plan behind it.`,
    heading: (Count: string) => `${Count} routes into a first PM job`,
    intro:
      "Each route below has worked for many people. Read them to see what is possible; when you want the one that fits you, answer a few questions and OnePath will pick it for you.",
    weighing: "Still weighing them up?",
    narrow: (count: string) => `A few questions are enough to narrow ${count} routes to one.`,
    noBlockers: "No hard blockers: this route is open to everyone.",
  },
  /** "My plans": the page around the list. */
  myPlans: {
    intro: "The plans you saved in this browser. Open one on another device with its link; only this browser can change them.",
  },
  /** The wizard's page description; count: "seven". */
  wizardDescription: (count: string) => `A few questions, one at a time, and the ${count} routes into PM narrow to one.`,
  notFound: {
    heading: "We couldn’t find that page",
    text: "The link may be mistyped, or the page may have moved or been removed. If someone shared a plan with you, ask them for a fresh link.",
  },
  /** A result whose address cannot be read. */
  unreadableAnswers: {
    heading: "We couldn't read these answers",
    text: "The link may be cut short or from an older version of OnePath.",
  },
  /** A re-run compared with the saved plan it came from (components/plans/plan-comparison.tsx). */
  comparison: {
    notFound:
      "We couldn’t find the saved plan to compare with. It may have been deleted or given a new link. Here is the result for these answers today.",
    sameRoute: "Same route:",
    differentRoute: "A different route:",
    /** the route or level the result has now, then the one the plan has */
    insteadOf: (now: string, saved: string) => `${now}, instead of ${saved}.`,
    sameSteps: "The steps are the same as well; only the dates now start from today.",
    unchanged: (n: number) => `${n} ${n === 1 ? "step is" : "steps are"} unchanged.`,
    staysAsItWas: "Your saved plan stays as it was.",
    /** after the link back to the saved plan */
    orSaveNew: ", or save this result as a new plan below.",
  },
  /** A saved plan's page. */
  savedPlan: {
    /** when it was saved and last changed (null: not since the day it was saved), and the days it runs */
    dates: (saved: string, changed: string | null, start: string, end: string) =>
      `Saved ${saved}${changed ? `, last changed ${changed}` : ""}. Runs ${start} to ${end}.`,
    /** advice updated since: the sentence, then the link, then what the link shows */
    older: "OnePath’s advice has been updated since this plan was saved; the plan below stays exactly as saved.",
    rerun: "Re-run it with the same answers",
    rerunShows: "to see what would change: the route, the level to aim for and the steps.",
    calendarNote:
      "One all-day event for each step. Subscribe and your calendar app follows the plan as it changes; the file is a copy of the plan as it is today. Anyone with the plan’s link can subscribe; a new link ends every subscription.",
  },
  /** The plan's downloads (plan.md, plan.ics), as plain text. */
  exports: {
    notFound: "No such plan.",
    calendarFailed: "We couldn't make the calendar file.",
  },
  /** The step plan's timeline: what a screen reader says of the drawing, and its caption. */
  timeline: {
    label: (steps: number, weeks: number, from: string, to: string) =>
      `Timeline: ${steps} steps over ${weeks} weeks, from ${from} to ${to}.`,
    caption: (from: string, to: string, weeks: number) => `${from} to ${to}, about ${weeks} weeks at your pace.`,
  },
};
