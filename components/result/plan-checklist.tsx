"use client";
// The step plan as a checklist with dates. Ticks are remembered in this browser (and follow a tick
// made in another tab); a saved plan keeps them on the server.
import type { Plan } from "@/data/plan";
import { progressText, stepsDone } from "@/lib/plan-progress";
import { ifNoOfferHeading } from "@/lib/result-view";
import { useStored } from "@/components/ui/use-stored";
import { storedValue } from "@/browser/stored-value";
import { StepChecklist } from "./step-checklist";

const storageKey = (plan: Plan) => `onepath.ticks.${plan.route}.${plan.startDate}`;

/** The plan's steps ticked in this browser; unreadable ticks are simply not restored. */
function readTicks(stored: string | null, plan: Plan): string[] {
  try {
    const ids: unknown = JSON.parse(stored ?? "[]");
    return Array.isArray(ids) ? ids.filter((id): id is string => plan.steps.some((s) => s.id === id)) : [];
  } catch {
    return [];
  }
}

export function PlanChecklist({ plan }: { plan: Plan }) {
  const ticks = storedValue(storageKey(plan));
  const done = readTicks(useStored(ticks), plan);

  const set = (id: string, checked: boolean) => {
    const next = checked ? [...new Set([...done, id])] : done.filter((d) => d !== id);
    ticks.write(JSON.stringify(next)); // without storage the tick shows for this visit only
  };

  const ticked = Object.fromEntries(done.map((id) => [id, true]));
  return (
    <div>
      <p className="text-sm text-ink-muted" aria-live="polite">
        {progressText(stepsDone(plan.steps, ticked))}
      </p>
      <div className="mt-3">
        <StepChecklist steps={plan.steps} done={ticked} onChange={set} ifNoOffer={ifNoOfferHeading(plan.deadline ?? null)} />
      </div>
    </div>
  );
}
