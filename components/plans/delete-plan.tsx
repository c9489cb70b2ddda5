"use client";
// Delete, behind a native modal <dialog>: focus moves into it (onto "Keep it"), Escape closes it,
// and focus returns to the button that opened it.
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { failureMessage, type Failure } from "./plan-client";

type Props = { onDelete: () => Promise<Failure | null>; className?: string };

export function DeletePlan({ onDelete, className }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const keep = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function open() {
    setError(null);
    dialog.current?.showModal();
    keep.current?.focus();
  }

  async function confirm() {
    if (busy) return;
    setBusy(true);
    const failure = await onDelete();
    if (failure) {
      setBusy(false);
      setError(failureMessage(failure, "delete the plan"));
    }
  }

  return (
    <>
      <Button variant="secondary" onClick={open} className={className}>
        Delete plan
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby="delete-title"
        aria-describedby="delete-description"
        className="m-auto w-[min(28rem,calc(100%-2rem))] rounded-2xl border border-line bg-surface-raised p-6 text-ink shadow-xl backdrop:bg-black/50"
      >
        <h2 id="delete-title" className="text-xl font-bold tracking-tight">
          Delete this plan?
        </h2>
        <p id="delete-description" className="mt-2 text-ink-muted">
          It will be gone for you and for anyone who has the link. This can&rsquo;t be undone.
        </p>
        <p role="alert" className="mt-2 text-sm font-semibold">
          {error}
        </p>
        <div className="mt-5 flex flex-wrap gap-2">
          <Button onClick={confirm} disabled={busy}>
            {busy ? "Deleting…" : "Yes, delete it"}
          </Button>
          <Button ref={keep} variant="secondary" onClick={() => dialog.current?.close()} disabled={busy}>
            Keep it
          </Button>
        </div>
      </dialog>
    </>
  );
}
