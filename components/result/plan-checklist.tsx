"use client";
// The step plan as a checklist with dates. Ticks are remembered in this browser; a saved plan
// keeps them on the server.
import { useEffect, useState } from "react";
import type { Plan } from "@/data/plan";
import { progressText, stepsDone } from "@/lib/plan-progress";
import { readStored, writeStored } from "@/browser/storage";
import { ifNoOfferHeading } from "@/lib/result-view";
import { StepChecklist } from "./step-checklist";

const storageKey = (plan: Plan) => `onepath.ticks.${plan.route}.${plan.startDate}`;

export function PlanChecklist({ plan }: { plan: Plan }) {
  const [done, setDone] = useState<string[]>([]);
  useEffect(() => {
    try {
      const stored: unknown = JSON.parse(readStored(storageKey(plan)) ?? "[]");
      // eslint-disable-next-line react-hooks/set-state-in-effect -- the ticks live in localStorage, which only the browser has: restored once after hydration
      if (Array.isArray(stored)) setDone(stored.filter((id) => plan.steps.some((s) => s.id === id)));
    } catch {
      // unreadable ticks are simply not restored
    }
  }, [plan]);

  const set = (id: string, checked: boolean) => {
    const next = checked ? [...new Set([...done, id])] : done.filter((d) => d !== id);
    setDone(next);
    writeStored(storageKey(plan), JSON.stringify(next)); // without storage the tick shows for this visit only
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
