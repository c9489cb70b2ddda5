// The app's addresses, in one table: every page, export and link the app writes is built here, by
// the pages, the components, the browser's code and the server alike. A result or a wizard address
// carries the answers in its query (answers-url.ts), so it can be reloaded, bookmarked or shared;
// a re-run of a saved plan carries &compare=<id>. lib/wizard-url.ts reads the wizard's addresses
// back.
import type { Answers } from "@/data/answers";
import type { QuestionId } from "@/data/ids";
import { answersToSearch } from "./answers-url";

/** The wizard at its start, or where this browser left it. */
export const WIZARD = "/wizard";
/** "Start over" that works without JavaScript (the wizard reads `restart`). */
export const RESTART_WIZARD = `${WIZARD}?restart=1`;
/** The plans this browser saved. */
export const MY_PLANS = "/plans";

const join = (...parts: string[]) => parts.filter(Boolean).join("&");

/** The id of a saved plan to compare the result with; carried along encoded, checked by the result page. */
const compareParam = (compare: string | null) => (compare ? `compare=${encodeURIComponent(compare)}` : "");

/** The wizard showing question (or the next one on the path) with these answers. */
export function wizardHref(answers: Answers, question: QuestionId | null, compare: string | null = null): string {
  const query = join(answersToSearch(answers), question ? `q=${question}` : "", compareParam(compare));
  return query ? `${WIZARD}?${query}` : WIZARD;
}

/** The result for these answers, compared with a saved plan when compare names one. */
export const resultHref = (answers: Answers, compare: string | null = null): string =>
  `/result?${join(answersToSearch(answers), compareParam(compare))}`;

/** The result with its plan-B questions open (the questions the wizard skipped that decide the checkpoint's switch route). */
export const planBHref = (answers: Answers, compare: string | null = null): string => `${resultHref(answers, compare)}&${PLAN_B}=1#plan-b`;

/** A saved plan's page with its plan-B questions open, with the answers given so far in the address (without JavaScript). */
export const savedPlanBHref = (id: string, answers: Answers = {}): string => {
  const query = answersToSearch(answers);
  return `${planPath(id)}?${query ? `${query}&` : ""}${PLAN_B}=1#plan-b`;
};
/** The result page's query parameter that opens the plan-B questions. */
export const PLAN_B = "planb";

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

/** The saved plan in the JSON API. */
export const planApiPath = (id: string): string => `/api/plans/${encodeURIComponent(id)}`;

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
