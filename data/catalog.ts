// The questions, with lookups, and the catalog's version. The scoring is in data/scoring.ts (its
// sentences in data/scoring-sentences.ts), the routes in data/routes/ (their facts in
// data/route-facts.ts): pages that show a question need neither, nor load them. Saved plans record CATALOG_VERSION, so bump
// it whenever the copy, steps or weights change (a unit test holds a fingerprint of the catalog and
// fails until you do).
import type { OptionId, QuestionId } from "./ids";
import { questions as questionsInput } from "./questions";
import type { Question } from "./schema";

export const CATALOG_VERSION = "2026-12-07.5";

/** GET /api/catalog's ETag and caching: shared caches may keep it, but a new version must arrive within minutes. */
export const CATALOG_ETAG = `"catalog-${CATALOG_VERSION}"`;
export const CATALOG_CACHE_CONTROL = "public, max-age=300, must-revalidate";

// Typed by its schema and checked against it by tests/unit/catalog.test.ts, not parsed at run
// time: the catalog is code, and parsing it would bring zod into every page that shows it.
export const questions: Question[] = questionsInput;

const questionById = new Map(questions.map((q) => [q.id, q]));

export const getQuestion = (id: QuestionId): Question => questionById.get(id)!;

export function getOption<Q extends QuestionId>(q: Q, option: OptionId<Q>) {
  return getQuestion(q).options.find((o) => o.id === option)!;
}
