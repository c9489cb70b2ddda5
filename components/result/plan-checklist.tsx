"use client";
// The step plan as a checklist with dates. Ticks are remembered in this browser; a saved plan
// keeps them on the server.
import { useEffect, useState } from "react";
import type { Plan } from "@/data/plan";
import { formatDate } from "@/lib/dates";

const storageKey = (plan: Plan) => `onepath.ticks.${plan.route}.${plan.startDate}`;

export function PlanChecklist({ plan }: { plan: Plan }) {
  const [done, setDone] = useState<string[]>([]);
  useEffect(() => {
    try {
      const stored: unknown = JSON.parse(window.localStorage.getItem(storageKey(plan)) ?? "[]");
      if (Array.isArray(stored)) setDone(stored.filter((id) => plan.steps.some((s) => s.id === id)));
    } catch {
      // unreadable ticks are simply not restored
    }
  }, [plan]);

  const set = (id: string, checked: boolean) => {
    const next = checked ? [...new Set([...done, id])] : done.filter((d) => d !== id);
    setDone(next);
    try {
      window.localStorage.setItem(storageKey(plan), JSON.stringify(next));
    } catch {
      // storage unavailable: the tick still shows for this visit
    }
  };

  return (
    <div>
      <p className="text-sm text-ink-muted" aria-live="polite">
        {done.length} of {plan.steps.length} steps done
      </p>
      <ol className="mt-3 grid gap-3">
        {plan.steps.map((step, i) => {
          const checked = done.includes(step.id);
          return (
            <li key={step.id} className="rounded-xl border border-line bg-surface p-4 has-checked:bg-accent-soft">
              <div className="flex items-start gap-3">
                <input
                  id={`step-${step.id}`}
                  type="checkbox"
                  checked={checked}
                  onChange={(e) => set(step.id, e.target.checked)}
                  className="mt-1 size-5 shrink-0 accent-accent"
                />
                <div className="min-w-0">
                  <label htmlFor={`step-${step.id}`} className="cursor-pointer font-semibold">
                    <span className="text-ink-muted">{i + 1}. </span>
                    {step.title}
                  </label>
                  <p className="mt-0.5 text-sm text-ink-muted">
                    {step.weeks.from === step.weeks.to ? `Week ${step.weeks.from}` : `Weeks ${step.weeks.from}–${step.weeks.to}`} ·{" "}
                    {formatDate(step.dates.start)} to {formatDate(step.dates.end)}
                    {step.interviewPractice ? " · interview practice" : ""}
                  </p>
                  <p className="mt-2">{step.detail}</p>
                  <p className="mt-2 text-sm">
                    <span className="font-semibold">Done when: </span>
                    {step.doneWhen}
                  </p>
                </div>
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
