// Switching at the checkpoint: the route the checkpoint names, its plan from today with the
// reasons it fits, and the done steps it carries over. On the server only (the engine and the
// routes' step plans stay out of the browser).
import type { Answers } from "@/data/answers";
import { copy } from "@/data/copy";
import { ROUTE_IDS, type QuestionId, type RouteId } from "@/data/ids";
import type { Plan } from "@/data/plan";
import { routeName } from "@/data/route-facts";
import { getRoute } from "@/data/routes";
import { CATALOG_VERSION } from "@/data/catalog";
import { CHECKPOINT_ID } from "@/data/plan-rules";
import type { RecommendationResponse, SavedPlan } from "./api-contract";
import { tally } from "./decide";
import { formatDate } from "./dates";
import { contributions } from "./eliminations";
import { checkpointOf, currentAnswers, currentPlan } from "./living-plan";
import { outcomeOf } from "./outcome";
import { buildPlan } from "./plan";
import { recommend, reasonsFor } from "./recommend";
import { ifNotWorking } from "./result";
import { routeOrNull, settle, switchRoute } from "./switch-route";
import { toState } from "./table";

/**
 * The route's signs of working, as yes/no questions: those of the steps the plan's checkpoint
 * measures (a plan saved before checkpoints said which: all of them).
 */
export function checkInQuestions(route: RouteId, plan?: Plan): readonly string[] {
  const measures = plan?.steps.find((s) => s.id === CHECKPOINT_ID)?.measures;
  const light = plan !== undefined && plan.pace === 1.5;
  return getRoute(route)
    .signs.filter((s) => !measures || measures.includes(s.step))
    .map((s) => (light && s.light ? s.light.question : s.question));
}

/**
 * The plan B: the route the checkpoint names, or null where none qualifies, and the skipped
 * questions still open that decide it. A plan saved under catalog v4 or later works it out from
 * the answers given then and since (the plan-B questions), with its route as the winner; a plan
 * saved before names the route it was saved with (or, saved before results named one, the
 * engine's answer today).
 */
export function planB(saved: Pick<SavedPlan, "snapshot" | "answers" | "laterAnswers">): { route: RouteId | null; open: QuestionId[] } {
  if (saved.snapshot.switchOpen !== undefined) {
    const { switchTo } = settle(toState(currentAnswers(saved)), ROUTE_IDS.indexOf(saved.snapshot.route.id));
    return { route: routeOrNull(switchTo.value), open: switchTo.open };
  }
  if (saved.snapshot.switchTo) return { route: saved.snapshot.switchTo.route, open: [] };
  const now = recommend(saved.answers);
  return now.status === "decided" ? { route: now.recommendation.switchTo, open: now.recommendation.switchOpen } : { route: null, open: [] };
}

/**
 * The answers a plan for another route is built from: the person's, and for a question the wizard
 * did not need to ask them, the option that changes nothing (typical hours, nothing that applies,
 * no deadline).
 */
const NEUTRAL: Required<Answers> = {
  employer: "no-pm-team",
  role: "other-field",
  "pm-work": "some",
  experience: "4-7",
  constraints: [],
  hours: "3-8",
  funding: "no",
  deadline: "no-rush",
  networking: "medium",
  building: "none",
};

/**
 * The result of switching at the checkpoint: the plan for the route the checkpoint named, from
 * today, with the reasons it fits; why not the others is as the saved result said, with the route
 * left behind explained. An error when there is no route to switch to on today's questions.
 */
export function switchedResult(
  saved: SavedPlan,
  today: string,
): { ok: true; result: RecommendationResponse } | { ok: false; error: string } {
  const route = planB(saved).route;
  if (route === null) return { ok: false, error: "version: no other route fits these answers well enough to switch to" };
  const from = saved.snapshot.route;
  const index = ROUTE_IDS.indexOf(route);
  const answers = currentAnswers(saved);
  const outcome = outcomeOf(toState({ ...NEUTRAL, ...answers }), index)!;
  // Its own checkpoint points elsewhere again: not back, and not through the same door.
  const full = toState({ ...NEUTRAL, ...answers });
  const t = tally(full);
  const target = routeOrNull(switchRoute(full, t.scores, t.eliminated | (1 << ROUTE_IDS.indexOf(from.id)), index));
  const plan = buildPlan({ outcome, ifNot: ifNotWorking({ switchTo: target, switchOpen: [], outcome }), startDate: today });
  const checkpointDate = checkpointOf(currentPlan(saved))?.dates.start ?? today;
  const { deadlineWarning, tightWarning } = getRoute(route);
  const result: RecommendationResponse = {
    catalogVersion: CATALOG_VERSION,
    route: { id: route, name: routeName(route) },
    reasons: reasonsFor(contributions(answers), route),
    others: [
      {
        route: from.id,
        name: from.name,
        status: "outscored",
        why: copy.switchedFrom(from.name, formatDate(checkpointDate)),
        flip: null,
        wouldNeed: null,
      },
      ...saved.snapshot.others
        .filter((o) => o.route !== route)
        .map(({ route: id, name, status, why, flip, wouldNeed }) => ({ route: id, name, status, why, flip, wouldNeed: wouldNeed ?? null })),
    ],
    closeSecond: null,
    switchTo: target ? { route: target, name: routeName(target) } : null,
    switchOpen: [],
    warnings: outcome.warning ? [{ id: outcome.warning, text: outcome.warning === "deadline" ? deadlineWarning : tightWarning }] : [],
    plan,
  };
  return { ok: true, result };
}

/** Done steps that are the same step in the plan switched to: carried over, with their days. */
export function carriedOver(saved: SavedPlan, next: Plan): { done: Record<string, boolean>; doneOn: Record<string, string> } {
  const shared = next.steps.filter((s) => saved.done[s.id] && s.id !== CHECKPOINT_ID).map((s) => s.id);
  return {
    done: Object.fromEntries(shared.map((id) => [id, true])),
    doneOn: Object.fromEntries(shared.flatMap((id) => (saved.doneOn[id] ? [[id, saved.doneOn[id]]] : []))),
  };
}
