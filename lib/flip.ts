// "What would flip it": for each losing route, the smallest change of answers (one answer, then
// two) after which that route is the decided winner.
import { getQuestion, getRoute } from "@/data/catalog";
import { copy } from "@/data/copy";
import { MULTI_QUESTION, OPTION_IDS, QUESTION_IDS, ROUTE_IDS, type QuestionId, type RouteId } from "@/data/ids";
import { decidedWinner } from "./decide";
import { UNANSWERED, questionsTable, type State } from "./table";

export type Flip = {
  changes: { question: QuestionId; to: string | string[] }[];
  text: string;
};

type Change = { q: number; choice: number; phrase: string };

/** Every single-answer change: another option, or one option ticked or unticked. */
function singleChanges(state: State): Change[] {
  const changes: Change[] = [];
  QUESTION_IDS.forEach((id, q) => {
    const question = getQuestion(id);
    const current = state[q]!;
    if (questionsTable[q]!.multiple) {
      const base = current === UNANSWERED ? 0 : current;
      question.options.forEach((option, o) => {
        const adding = !(base & (1 << o));
        changes.push({ q, choice: base ^ (1 << o), phrase: adding ? option.phrase : option.phraseIfNot ?? option.phrase });
      });
    } else {
      question.options.forEach((option, o) => {
        if (o !== current) changes.push({ q, choice: o, phrase: option.phrase });
      });
    }
  });
  return changes;
}

function toFlip(changes: Change[], route: RouteId): Flip {
  return {
    changes: changes.map(({ q, choice }) => {
      const question = QUESTION_IDS[q]!;
      const ids = OPTION_IDS[question] as readonly string[];
      return {
        question,
        to: question === MULTI_QUESTION ? ids.filter((_, o) => choice & (1 << o)) : ids[choice]!,
      };
    }),
    text: copy.flip(
      changes.map((c) => c.phrase),
      getRoute(route).name,
    ),
  };
}

export function findFlips(state: State, winner: number): Map<RouteId, Flip> {
  const found = new Map<RouteId, Flip>();
  const wanted = ROUTE_IDS.length - 1;
  const scratch = state.slice();
  const record = (changes: Change[]) => {
    const w = decidedWinner(scratch);
    if (w !== -1 && w !== winner && !found.has(ROUTE_IDS[w]!)) found.set(ROUTE_IDS[w]!, toFlip(changes, ROUTE_IDS[w]!));
  };

  const singles = singleChanges(state);
  for (const a of singles) {
    scratch[a.q] = a.choice;
    record([a]);
    scratch[a.q] = state[a.q]!;
  }
  for (let i = 0; i < singles.length && found.size < wanted; i++) {
    const a = singles[i]!;
    scratch[a.q] = a.choice;
    for (let j = i + 1; j < singles.length; j++) {
      const b = singles[j]!;
      if (b.q === a.q) continue;
      scratch[b.q] = b.choice;
      record([a, b]);
      scratch[b.q] = state[b.q]!;
    }
    scratch[a.q] = state[a.q]!;
  }
  return found;
}
