// The query keys of a wizard address: one per question id (the answers so far), and the three the
// wizard adds. next.config.ts rewrites /wizard with any of them to the page that renders answers,
// the front door counts such an address as a computed answer (server/front-door/request-kind.ts),
// and lib/wizard-url.ts reads them. Relative imports only: next.config.ts loads this file through
// Next's own TypeScript loader, which does not resolve the "@/" alias in the files it follows.
import { QUESTION_IDS } from "../data/ids";

/** The keys a wizard address carries besides the answers: the question asked for, a saved plan to compare with, and "start over". */
export const WIZARD_PARAMS = { question: "q", compare: "compare", restart: "restart" } as const;

/** Every query key a wizard address can carry. */
export const WIZARD_QUERY_KEYS: readonly string[] = [...QUESTION_IDS, ...Object.values(WIZARD_PARAMS)];
