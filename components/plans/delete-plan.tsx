"use client";
// Delete, asked first: the plan goes for everyone who has the link, and cannot come back.
import { Confirm } from "@/components/ui/confirm";
import { failureMessage, type Failure } from "@/browser/plan-client";

export function DeletePlan({ onDelete, className }: { onDelete: () => Promise<Failure | null>; className?: string }) {
  return (
    <Confirm
      trigger="Delete plan"
      triggerClassName={className}
      title="Delete this plan?"
      description="It will be gone for you and for anyone who has the link. This can’t be undone."
      confirmLabel="Yes, delete it"
      busyLabel="Deleting…"
      cancelLabel="Keep it"
      onConfirm={async () => {
        const failure = await onDelete();
        return failure && failureMessage(failure, "delete the plan");
      }}
    />
  );
}
