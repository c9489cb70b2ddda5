"use client";
// Delete, asked first: the plan goes for everyone who has the link, and cannot come back.
import { copy } from "@/data/copy";
import { failureMessage } from "@/lib/api-result";
import { Confirm } from "@/components/ui/confirm";
import { useRequest } from "./saved-plan";

export function DeletePlan({ className }: { className?: string }) {
  const request = useRequest();
  return (
    <Confirm
      trigger="Delete plan"
      triggerClassName={className}
      title={copy.confirm.delete.title}
      description={copy.confirm.delete.description}
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
