"use client";
// Make a new link, asked first: the plan moves to a new address with a new edit token, and the old
// link and every edit link stop working for everyone who has them. This browser keeps the plan and
// follows it to the new link.
import { copy } from "@/data/copy";
import { failureMessage } from "@/lib/api-result";
import { Confirm } from "@/components/ui/confirm";
import { useRequest } from "./saved-plan";

export function NewLink({ className }: { className?: string }) {
  const request = useRequest();
  return (
    <Confirm
      trigger="Make a new link"
      triggerClassName={className}
      title={copy.confirm.newLink.title}
      description={copy.confirm.newLink.description}
      confirmLabel="Yes, make a new link"
      busyLabel="Making a new link…"
      cancelLabel="Keep this link"
      onConfirm={async () => {
        const failure = await request({ command: "new-link", body: {} });
        return failure && failureMessage(failure, "make a new link");
      }}
    />
  );
}
