// What changed between a saved plan and the result the same answers give today: the route, the
// level to aim for, and the steps added, removed or reworded (matched by step id). Dates are left out on purpose: a
// re-run starts today, so every date moves and that is not news.
import type { PlanStep } from "@/data/plan";
import type { RecommendationResponse } from "./api-contract";

type Side = Pick<RecommendationResponse, "route" | "plan">;
type StepRef = { id: string; title: string };

export type StepChange = {
  id: string;
  title: string;
  /** the saved plan's title, when the title itself changed */
  was: string | null;
  fields: ("title" | "detail" | "doneWhen")[];
};

export type PlanDiff = {
  sameRoute: boolean;
  from: Side["route"];
  to: Side["route"];
  level: { from: Side["plan"]["level"]; to: Side["plan"]["level"] } | null;
  added: StepRef[];
  removed: StepRef[];
  changed: StepChange[];
  unchanged: number;
  /** nothing a person would notice: same route, same level, same steps, same words */
  same: boolean;
};

const FIELDS = ["title", "detail", "doneWhen"] as const;

export function diffPlans(saved: Side, current: Side): PlanDiff {
  const before = new Map<string, PlanStep>(saved.plan.steps.map((s) => [s.id, s]));
  const after = new Set(current.plan.steps.map((s) => s.id));
  const ref = ({ id, title }: PlanStep): StepRef => ({ id, title });

  const added = current.plan.steps.filter((s) => !before.has(s.id)).map(ref);
  const removed = saved.plan.steps.filter((s) => !after.has(s.id)).map(ref);
  const changed: StepChange[] = [];
  let unchanged = 0;
  for (const step of current.plan.steps) {
    const old = before.get(step.id);
    if (!old) continue;
    const fields = FIELDS.filter((f) => old[f] !== step[f]);
    if (fields.length === 0) unchanged++;
    else changed.push({ id: step.id, title: step.title, was: fields.includes("title") ? old.title : null, fields });
  }

  const sameRoute = saved.route.id === current.route.id;
  const level = saved.plan.level === current.plan.level ? null : { from: saved.plan.level, to: current.plan.level };
  return {
    sameRoute,
    from: saved.route,
    to: current.route,
    level,
    added,
    removed,
    changed,
    unchanged,
    same: sameRoute && !level && added.length === 0 && removed.length === 0 && changed.length === 0,
  };
}
