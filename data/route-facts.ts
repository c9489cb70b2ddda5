// What the engine and the wizard need to know about each route, apart from its copy and steps:
// its name, how long it typically takes and costs, and whether the person's hours set its pace.
// Kept apart from data/routes/ so the browser's wizard never downloads the step plans.
import { ROUTE_IDS, type RouteId } from "./ids";

export type RouteFacts = {
  id: RouteId;
  name: string;
  timeToOffer: {
    label: string;
    /** breaks ties on points after the moves inside a company: the shorter typical time wins */
    midpointMonths: number;
    /** the shortest typical time to a first offer: a deadline no longer than this gets a warning */
    shortestMonths: number;
    /** the longest typical time: a deadline shorter than this gets the softer, tight-deadline warning */
    longestMonths: number;
  };
  /**
   * A move inside the current company (internal transfer, shadowing): one door, which wins ties
   * (free, and the commonest way into a first PM job). Every other route is a door of its own.
   */
  insideCompany: boolean;
  cost: string;
  /** false where the calendar, not the hours a week, sets the pace (e.g. school admission cycles) */
  paceScales: boolean;
};

export const routeFacts: Record<RouteId, RouteFacts> = {
  "internal-transfer": {
    id: "internal-transfer",
    name: "Internal transfer",
    timeToOffer: { label: "3–12 months", midpointMonths: 7.5, shortestMonths: 3, longestMonths: 12 },
    insideCompany: true,
    cost: "Free",
    paceScales: true,
  },
  shadowing: {
    id: "shadowing",
    name: "Shadow a PM",
    timeToOffer: { label: "6–18 months", midpointMonths: 12, shortestMonths: 6, longestMonths: 18 },
    insideCompany: true,
    cost: "Free",
    paceScales: true,
  },
  networking: {
    id: "networking",
    name: "Networking",
    timeToOffer: { label: "3–9 months", midpointMonths: 6, shortestMonths: 3, longestMonths: 9 },
    insideCompany: false,
    cost: "$0–500",
    paceScales: true,
  },
  "transferable-resume": {
    id: "transferable-resume",
    name: "Transferable resume",
    timeToOffer: { label: "1–6 months", midpointMonths: 3.5, shortestMonths: 1, longestMonths: 6 },
    insideCompany: false,
    cost: "$0–300",
    paceScales: true,
  },
  "side-project": {
    id: "side-project",
    name: "Side project",
    timeToOffer: { label: "6–12 months", midpointMonths: 9, shortestMonths: 6, longestMonths: 12 },
    insideCompany: false,
    cost: "$0–300",
    paceScales: true,
  },
  nonprofit: {
    id: "nonprofit",
    name: "Non-profit volunteering",
    timeToOffer: { label: "6–12 months", midpointMonths: 9, shortestMonths: 6, longestMonths: 12 },
    insideCompany: false,
    cost: "Free",
    paceScales: true,
  },
  masters: {
    id: "masters",
    name: "Master's degree",
    timeToOffer: { label: "2–2.5 years", midpointMonths: 24, shortestMonths: 24, longestMonths: 30 },
    insideCompany: false,
    cost: "$150–270k before aid, plus lost salary",
    paceScales: false,
  },
};

export const routeName = (id: RouteId): string => routeFacts[id].name;

const NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

/** How many routes there are, as the pages say it ("seven"), so the copy follows ROUTE_IDS. */
export const routeCount = NUMBER_WORDS[ROUTE_IDS.length] ?? String(ROUTE_IDS.length);
/** The same at the start of a sentence ("Seven"). */
export const RouteCount = routeCount[0]!.toUpperCase() + routeCount.slice(1);
