"use client";
// A saved plan's steps: the owner ticks them (optimistically, see plan-owner.tsx); anyone else
// sees the same list with every checkbox disabled.
import { StepChecklist } from "@/components/result/step-checklist";
import { usePlanOwner } from "./plan-owner";

export function SavedChecklist() {
  const { plan, owner, saving, tickMessage, setStep } = usePlanOwner();
  return (
    <div className="grid gap-2">
      <p role="status" className="min-h-6 text-sm text-ink-muted print:hidden">
        {saving ? "Saving…" : tickMessage}
      </p>
      <StepChecklist steps={plan.snapshot.plan.steps} done={plan.done} onChange={setStep} disabled={!owner} />
    </div>
  );
}
