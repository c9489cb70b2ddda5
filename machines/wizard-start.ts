// Where the wizard starts. The server renders the start its address gives (startFromUrl,
// startState); when the script takes over in the browser, arrival decides from the real address
// and what this browser saved whether the wizard goes on from there or from elsewhere.
import type { Answers } from "@/data/answers";
import { copy } from "@/data/copy";
import type { QuestionId } from "@/data/ids";
import type { WizardPath } from "@/lib/wizard-path";
import { readWizardUrl, type WizardUrl } from "@/lib/wizard-url";
import { restore } from "./wizard-persistence";
import { canOpen, FRESH, open, readAddress, settle, type WizardState } from "./wizard-steps";

type WizardStart = { answers: Answers; question: QuestionId | null; notice: string | null };

export function startFromUrl(url: WizardUrl): WizardStart {
  if (url.restart) return { answers: {}, question: null, notice: copy.restarted };
  if (!url.answers) return { answers: {}, question: null, notice: copy.unreadableLink };
  return { answers: url.answers, question: url.question, notice: null };
}

/** The state a start shows: the question it names if that is on the answers' path, else the next one (or the result). */
export function startState(start: WizardStart, known?: WizardPath): WizardState {
  const s = settle(start.answers, start.notice, known);
  return start.question && canOpen(s, start.question) ? open(s, start.question) : s;
}

/** Does later hold every answer of earlier, unchanged (and maybe more)? */
const holds = (later: Answers, earlier: Answers) =>
  Object.entries(earlier).every(([q, a]) => JSON.stringify(later[q as keyof Answers]) === JSON.stringify(a));

export type Arrival = { state: WizardState; compare: string | null };

/**
 * Where the wizard goes when its script takes over the page, from the address the browser shows
 * (which can differ from the page's: Back may show a page rendered for another address) and what
 * this browser saved, first rule first:
 * 1. an address that says "start over", or whose answers cannot be read: a fresh start, saying so;
 * 2. an address with answers: a saved wizard holding those answers (and maybe more) goes on at the
 *    address's question with everything it had; otherwise the address's answers at its question;
 * 3. an address without answers (a bare /wizard): the saved wizard where it was, or a fresh
 *    start (saying why when what was saved could not be restored).
 * `page` is the state the server rendered; its path spares working the same path out again.
 */
export function arrival(page: WizardState, pageCompare: string | null, address: string, stored: string | null): Arrival {
  const url = readWizardUrl(readAddress(address).searchParams);
  const compare = url.compare ?? pageCompare;
  const here = startFromUrl(url);
  if (here.notice !== null) return { state: startState(here), compare };
  const saved = restore(stored, page.path);
  if (Object.keys(here.answers).length === 0) return { state: saved?.state ?? FRESH, compare };
  const at = startState(here, page.path);
  if (saved?.intact && at.current && holds(saved.state.answers, here.answers)) return { state: open(saved.state, at.current), compare };
  return { state: at, compare };
}
