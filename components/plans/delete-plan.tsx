"use client";
// Delete, asked first: the plan goes for everyone who has the link, and cannot come back.
import { failureMessage } from "@/lib/api-result";
import { Confirm } from "@/components/ui/confirm";
import { useRequest } from "./saved-plan";

export function DeletePlan({ className }: { className?: string }) {
  const request = useRequest();
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
        const failure = await request({ command: "delete", body: {} });
        return failure && failureMessage(failure, "delete the plan");
      }}
    />
  );
}
