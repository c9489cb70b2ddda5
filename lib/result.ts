// resultFor(answers, startDate): the engine's whole result (route, reasons, other routes, the
// checkpoint's switch route and the close second, warnings and the dated plan), or the question
// still to ask. The one place the engine's parts are put together; EngineResult is its type,
// which the API's wire schema (RecommendationResponse in api-contract.ts) must accept
// (api-responses.ts checks it).
import type { Answers } from "@/data/answers";
import { CATALOG_VERSION, getQuestion } from "@/data/catalog";
import { routeName } from "@/data/route-facts";
import { getRoute } from "@/data/routes";
import { checkpoint, secondDoor } from "@/data/plan-steps";
import { copy, joinList } from "@/data/copy";
import type { QuestionId, RouteId } from "@/data/ids";
import { routeFacts } from "@/data/route-facts";
import { formatDate } from "./dates";
import type { Outcome } from "./outcome";
import { buildPlan } from "./plan";
import { recommend, type Recommendation } from "./recommend";

/** The engine's result for answers that decide the route. */
export type EngineResult = ReturnType<typeof decidedResult>;

export type ResultFor = { status: "decided"; result: EngineResult } | { status: "open"; next: QuestionId };

export function resultFor(answers: Answers, startDate: string): ResultFor {
  const recommended = recommend(answers);
  return recommended.status === "open" ? recommended : { status: "decided", result: decidedResult(recommended.recommendation, startDate) };
}

/** The first step of a route's plan, in the words of this plan's level (step copy depends on the level only). */
function firstStepOf(route: RouteId, level: Outcome["level"]): string {
  const first = getRoute(route).steps[0]!;
  return (level === "apm" && first.apm?.title) || first.title;
}

/** What the checkpoint says to do if the plan isn't working: the switch route, the second door, no route, or the check-in to choose. */
export function ifNotWorking(
  recommendation: Pick<Recommendation, "switchTo" | "switchOpen"> & { outcome: Pick<Outcome, "route" | "warning" | "level"> },
): string {
  const { switchTo, switchOpen, outcome } = recommendation;
  if (switchOpen.length) return checkpoint.ifNot.open(joinList(switchOpen.map((q) => getQuestion(q).topic)));
  if (switchTo) return checkpoint.ifNot.route(routeName(switchTo), firstStepOf(switchTo, outcome.level));
  if (outcome.warning) return checkpoint.ifNot.bridge(secondDoor[routeFacts[outcome.route].insideCompany ? "inside" : "outside"]);
  return checkpoint.ifNot.none;
}

function decidedResult(recommendation: Recommendation, startDate: string) {
  const { route, reasons, others, switchTo, switchOpen, closeSecond, outcome } = recommendation;
  const plan = buildPlan({ outcome, ifNot: ifNotWorking(recommendation), startDate });
  const name = routeName(route);
  const checkpointStep = plan.steps.find((s) => s.id === checkpoint.id)!;
  const { deadlineWarning, tightWarning } = getRoute(route);
  return {
    catalogVersion: CATALOG_VERSION,
    route: { id: route, name },
    reasons,
    others: others.map(({ route: other, status, why, flip, wouldNeed }) => ({
      route: other,
      name: routeName(other),
      status,
      why,
      flip,
      wouldNeed,
    })),
    switchTo: switchTo ? { route: switchTo, name: routeName(switchTo) } : null,
    switchOpen,
    closeSecond: closeSecond
      ? {
          route: closeSecond,
          text:
            closeSecond === switchTo
              ? copy.closeSecondIsSwitch(routeName(closeSecond), name, formatDate(checkpointStep.dates.start))
              : copy.closeSecond(routeName(closeSecond), name),
        }
      : null,
    warnings: outcome.warning ? [{ id: outcome.warning, text: outcome.warning === "deadline" ? deadlineWarning : tightWarning }] : [],
    plan,
  };
}
