// Where each route stands while the person answers: still able to win, hard-eliminated (with the
// one-line reason), or unable to catch up whatever the remaining answers are.
import type { Answers } from "@/data/answers";
import { copy } from "@/data/copy";
import { ROUTE_IDS, type RouteId } from "@/data/ids";
import { contenders, decidedWinner, tally } from "./decide";
import { eliminationOf } from "./eliminations";
import { toState } from "./table";

export type Standing = { route: RouteId; status: "in" | "eliminated" | "behind"; reason: string | null };

export function standings(answers: Answers): { routes: Standing[]; inRunning: number; decided: RouteId | null } {
  const state = toState(answers);
  const t = tally(state);
  const open = contenders(state, t);
  const winner = decidedWinner(state, t);
  const routes = ROUTE_IDS.map((route, i): Standing => {
    const elimination = eliminationOf(answers, route);
    if (elimination) return { route, status: "eliminated", reason: elimination.reason };
    if (!(open & (1 << i))) return { route, status: "behind", reason: copy.behind };
    return { route, status: "in", reason: null };
  });
  return {
    routes,
    inRunning: routes.filter((r) => r.status === "in").length,
    decided: winner === -1 ? null : ROUTE_IDS[winner]!,
  };
}
