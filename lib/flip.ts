// "What would flip it": for each losing route, the smallest change of answers (one answer, then
// two) after which that route wins whatever the skipped questions would be answered. Only answers
// the person gave are changed, and only up their question's ladder: more hours, a warmer network,
// more built, more product work, funding found, a later deadline, or (patience) passing the bar
// for internal moves. Never less of anything, and never a person's role, years or circumstances.
import { getQuestion } from "@/data/catalog";
import { routeName } from "@/data/route-facts";
import { copy } from "@/data/copy";
import { OPTION_IDS, QUESTION_IDS, ROUTE_IDS, type QuestionId, type RouteId } from "@/data/ids";
import { isCertain, leader, tally } from "./decide";
import { UNANSWERED, questionsTable, type State } from "./table";

export type Flip = {
  changes: { question: QuestionId; to: string }[];
  text: string;
};

type Change = { q: number; choice: number; phrase: string };

/** Every single change a person could choose: an answered question moved up its ladder. */
function upwardChanges(state: State): Change[] {
  return QUESTION_IDS.flatMap((id, q) => {
    const { ladder, options } = getQuestion(id);
    if (!ladder || state[q] === UNANSWERED) return [];
    const ids = OPTION_IDS[id] as readonly string[];
    const rung = ladder.indexOf(ids[state[q]!]!);
    if (rung === -1) return [];
    return ladder.slice(rung + 1).flatMap((optionId) => {
      const phrase = options.find((o) => o.id === optionId)?.ifPhrase;
      return phrase ? [{ q, choice: ids.indexOf(optionId), phrase }] : [];
    });
  });
}

function toFlip(changes: Change[], route: RouteId): Flip {
  return {
    changes: changes.map(({ q, choice }) => {
      const question = QUESTION_IDS[q]!;
      return { question, to: (OPTION_IDS[question] as readonly string[])[choice]! };
    }),
    text: copy.flip(
      changes.map((c) => c.phrase),
      routeName(route),
    ),
  };
}

/**
 * Tries every single change, then every pair, keeping the first that makes each route win. The
 * totals are updated in place per change rather than recounted: this runs a few hundred checks.
 */
export function findFlips(state: State, winner: number): Map<RouteId, Flip> {
  const found = new Map<RouteId, Flip>();
  const wanted = ROUTE_IDS.length - 1;
  const scratch = state.slice();
  const base = tally(state);
  const scores = base.scores.slice();
  const masks = state.map((c, q) => (c === UNANSWERED ? 0 : questionsTable[q]!.eliminates[c]!));

  const apply = (change: Change, sign: 1 | -1) => {
    const before = questionsTable[change.q]!.points[state[change.q]!]!;
    const after = questionsTable[change.q]!.points[change.choice]!;
    for (let r = 0; r < scores.length; r++) scores[r]! += sign * (after[r]! - before[r]!);
    scratch[change.q] = sign === 1 ? change.choice : state[change.q]!;
  };
  const record = (changes: Change[]) => {
    let eliminated = 0;
    for (let q = 0; q < scratch.length; q++) {
      const c = scratch[q]!;
      eliminated |= c === state[q] ? masks[q]! : questionsTable[q]!.eliminates[c]!;
    }
    // Only the leader is checked: a trailing route that wins every completion is rare enough that
    // missing it just means a slightly longer flip is reported for it.
    const t = { scores, eliminated };
    const w = leader(t);
    if (w === -1 || w === winner || found.has(ROUTE_IDS[w]!) || !isCertain(scratch, t, w)) return;
    found.set(ROUTE_IDS[w]!, toFlip(changes, ROUTE_IDS[w]!));
  };

  const singles = upwardChanges(state);
  for (const a of singles) {
    apply(a, 1);
    record([a]);
    apply(a, -1);
  }
  for (let i = 0; i < singles.length && found.size < wanted; i++) {
    const a = singles[i]!;
    apply(a, 1);
    for (let j = i + 1; j < singles.length; j++) {
      const b = singles[j]!;
      if (b.q === a.q) continue;
      apply(b, 1);
      record([a, b]);
      apply(b, -1);
    }
    apply(a, -1);
  }
  return found;
}
