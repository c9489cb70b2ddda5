// Sentences the engine assembles from catalog phrases: the wording of the explanations, in one place.
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
  /** A page that reads a saved plan while the plan store is unavailable (the server logs the failure). */
  storeDown: {
    title: "Plan unavailable",
    heading: "This plan can't be loaded right now",
    text: "The plan store is unavailable right now. Nothing was changed; please try again in a moment.",
    retry: "Try again",
    compareHeading: "Can't compare right now",
    compare:
      "We couldn't load the saved plan to compare with: the plan store is unavailable right now. Here is the result for these answers today; try again in a moment to see what changed.",
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
        : `${n} devices can change this plan, this one included. To turn them all off, make a new link.`,
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
};
