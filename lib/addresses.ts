// The app's addresses, in one table: every page, export and link the app writes is built here, by
// the pages, the components, the browser's code and the server alike, and the query keys it adds
// (q, compare, restart, planb) are written only here. A result or a wizard address carries the
// answers in its query (answers-url.ts), so it can be reloaded, bookmarked or shared; a re-run of a
// saved plan carries &compare=<id>. lib/wizard-url.ts reads the wizard's addresses back.
import type { Answers } from "@/data/answers";
import type { QuestionId, RouteId } from "@/data/ids";
import { answersToSearch } from "./answers-url";
import { WIZARD_PARAMS } from "./wizard-keys";

/** The home page. */
export const HOME = "/";
/** Every route at a glance, and one route's place there. */
export const ROUTES = "/routes";
export const routeHref = (id: RouteId): string => `${ROUTES}#${id}`;
/** The PM ladder. */
export const LADDER = "/ladder";
/** The wizard at its start, or where this browser left it. */
export const WIZARD = "/wizard";
/** "Start over" that works without JavaScript (the wizard reads `restart`). */
export const RESTART_WIZARD = `${WIZARD}?${WIZARD_PARAMS.restart}=1`;
/** The plans this browser saved. */
export const MY_PLANS = "/plans";

const join = (...parts: string[]) => parts.filter(Boolean).join("&");

/** The id of a saved plan to compare the result with; carried along encoded, checked by the result page. */
const compareParam = (compare: string | null) => (compare ? `${WIZARD_PARAMS.compare}=${encodeURIComponent(compare)}` : "");

/** The wizard showing question (or the next one on the path) with these answers. */
export function wizardHref(answers: Answers, question: QuestionId | null, compare: string | null = null): string {
  const query = join(answersToSearch(answers), question ? `${WIZARD_PARAMS.question}=${question}` : "", compareParam(compare));
  return query ? `${WIZARD}?${query}` : WIZARD;
}

/** The result page: a GET form with the answers as fields lands on the result for them. */
export const RESULT = "/result";

/** The result for these answers, compared with a saved plan when compare names one. */
export const resultHref = (answers: Answers, compare: string | null = null): string =>
  `${RESULT}?${join(answersToSearch(answers), compareParam(compare))}`;

/** The result page's query parameter that opens the plan-B questions. */
export const PLAN_B = "planb";
const planBParam = `${PLAN_B}=1`;
/** Where the plan-B questions sit on a page. */
const PLAN_B_FRAGMENT = "#plan-b";

/** The result with its plan-B questions open (the questions the wizard skipped that decide the checkpoint's switch route). */
export const planBHref = (answers: Answers, compare: string | null = null): string =>
  `${resultHref(answers, compare)}&${planBParam}${PLAN_B_FRAGMENT}`;

/** A saved plan's page with its plan-B questions open, with the answers given so far in the address (without JavaScript). */
export const savedPlanBHref = (id: string, answers: Answers = {}): string =>
  `${planPath(id)}?${join(answersToSearch(answers), planBParam)}${PLAN_B_FRAGMENT}`;

/** Where a plan-B question's form sends its answer: the page it is on (the result, or the saved plan's), at the questions. */
export const planBAction = (page: string): string => `${page}${PLAN_B_FRAGMENT}`;

/**
 * The fields a GET form sends along so that the address it lands on carries these answers, the
 * comparison and (planB) the open plan-B questions, as resultHref and wizardHref write them.
 */
export function carriedFields(answers: Answers, compare: string | null, { planB = false } = {}): [string, string][] {
  return [...new URLSearchParams(join(answersToSearch(answers), compareParam(compare), planB ? planBParam : ""))];
}

/** A saved plan's re-run: the result its answers give today, compared with the plan. */
export const rerunHref = (plan: { id: string; answers: Answers }): string => resultHref(plan.answers, plan.id);

/** A saved plan's page: its share link without the origin. */
export const planPath = (id: string): string => `/plans/${id}`;

/** The plan as a Markdown file, and the name a download of it is saved under. */
export const planMarkdownPath = (id: string): string => `${planPath(id)}/plan.md`;
export const MARKDOWN_FILE = "onepath-plan.md";

/** The plan's calendar: a file to download (saved under CALENDAR_FILE), and the address a subscription polls. */
export const planCalendarPath = (id: string): string => `${planPath(id)}/plan.ics`;
export const CALENDAR_FILE = "onepath-plan.ics";

/** The plan's preview card (app/plans/[id]/opengraph-image.tsx; Next puts its address in the page's metadata). */
export const planPreviewPath = (id: string): string => `${planPath(id)}/opengraph-image`;

/** Saving a plan in the JSON API. */
export const PLANS_API = "/api/plans";

/** The saved plan in the JSON API, or one of its commands there (by its path, lib/plan-commands.ts), or its devices. */
export const planApiPath = (id: string, command = ""): string => `${PLANS_API}/${encodeURIComponent(id)}${command ? `/${command}` : ""}`;

/** A plan's share link: absolute, from the site's public origin. */
export const shareUrl = (origin: string, id: string): string => `${origin}${planPath(id)}`;

/**
 * A private edit link: the plan's link with a token in the fragment, which browsers never send to a
 * server. It works once: the device that opens it trades the token for one of its own.
 */
export const EDIT_FRAGMENT = "#edit=";
export const editLinkUrl = (origin: string, id: string, token: string): string => `${shareUrl(origin, id)}${EDIT_FRAGMENT}${token}`;

/** A calendar's http(s) address in the webcal: form, which opens the device's calendar app to subscribe. */
export const webcalUrl = (url: string): string => url.replace(/^https?:/, "webcal:");

/** The plan's calendar subscription, from the site's public origin. */
export const calendarSubscriptionUrl = (origin: string, id: string): string => webcalUrl(`${origin}${planCalendarPath(id)}`);
