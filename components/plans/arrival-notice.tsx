"use client";
// What the owner's action on the page before came to ("Switched to …", "New link made", "Your plan
// is saved"), or how opening this page from a private edit link went: at the top of the page, where
// focus lands, so the outcome is the first thing seen and a screen reader reads it. Owners only;
// a failed edit link is said to people with the link in the panel below (owner-panel.tsx).
import { copy } from "@/data/copy";
import { failureMessage } from "@/lib/api-result";
import type { EditLinkCheck } from "@/machines/saved-plan-context";
import { useFlash } from "@/components/ui/use-stored";
import { useEditLinkCheck, useIsOwner } from "./saved-plan";

/** What to say about the edit link the page was opened from, if anything. */
export function editLinkMessage(check: EditLinkCheck | null): string | null {
  if (check?.status !== "done") return null;
  const { failure, stored } = check;
  if (!failure) return stored ? copy.owner.linkKept : copy.owner.linkNotKept;
  if (failure.reason === "gone" || failure.reason === "invalid") return copy.owner.linkRefused;
  return `${failureMessage(failure, "check the edit link")} ${copy.owner.linkRetry}`;
}

/** path: this page's address, which a message must be addressed to */
export function ArrivalNotice({ path }: { path: string }) {
  const owner = useIsOwner();
  const opened = editLinkMessage(useEditLinkCheck());
  const [left, shown] = useFlash(path);
  const note = left ?? opened;
  if (!owner || !note) return null;
  return (
    <p
      role="status"
      tabIndex={-1}
      ref={shown}
      className="mt-3 rounded-xl border border-accent bg-accent-soft px-4 py-2 font-semibold focus:outline-none print:hidden"
    >
      {note}
    </p>
  );
}
