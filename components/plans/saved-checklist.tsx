"use client";
// A saved plan's steps: the owner ticks them (at once; the saved-plan machine sends them on and
// rolls one back if it fails); anyone else sees the same list with every checkbox disabled.
import { failureMessage } from "@/lib/api-result";
import { currentPlan } from "@/lib/living-plan";
import { progressText, stepsDone } from "@/lib/plan-progress";
import { deadlineOf, ifNoOfferHeading } from "@/lib/result-view";
import { StepChecklist } from "@/components/result/step-checklist";
import { useCommand, useIsOwner, usePending, usePlanView, useReply } from "./saved-plan";

export function SavedChecklist() {
  const plan = usePlanView()!;
  const owner = useIsOwner();
  const saving = usePending("update", "steps");
  const reply = useReply("update");
  const command = useCommand();
  const progress = progressText(stepsDone(currentPlan(plan).steps, plan.done));
  const steps = reply?.request.body.steps;
  const ticked = steps && Object.values(steps)[0];
  const message =
    !reply || !steps
      ? null
      : reply.failure
        ? failureMessage(reply.failure, ticked ? "tick that step" : "untick that step")
        : `Saved. ${progress}.`;
  return (
    <div className="grid gap-2">
      <p role="status" className="min-h-6 text-sm text-ink-muted print:hidden">
        {saving ? "Saving…" : message}
      </p>
      <StepChecklist
        steps={currentPlan(plan).steps}
        done={plan.done}
        onChange={(stepId, checked) => command({ command: "update", body: { steps: { [stepId]: checked } } })}
        // A plan switched away from takes no more ticks.
        disabled={!owner || plan.switchedTo !== null}
        ifNoOffer={ifNoOfferHeading(deadlineOf(plan.snapshot))}
      />
    </div>
  );
}
