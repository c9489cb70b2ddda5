"use client";
// An action that asks first, in a native modal <dialog>: focus moves to the safe choice, Escape
// or that choice closes it, and focus goes back to the button that opened it. The one confirm UI
// for deleting a plan, making a new link and forgetting a plan.
import { useId, useRef, useState } from "react";
import { Button } from "./button";

type Props = {
  /** the button that opens the question */
  trigger: React.ReactNode;
  triggerClassName?: string;
  triggerVariant?: "primary" | "secondary" | "ghost";
  title: string;
  description: string;
  confirmLabel: string;
  busyLabel: string;
  cancelLabel: string;
  /** does the action; a message to show in the dialog when it failed, or null when it worked */
  onConfirm: () => Promise<string | null> | string | null;
};

export function Confirm({
  trigger,
  triggerClassName,
  triggerVariant = "secondary",
  title,
  description,
  confirmLabel,
  busyLabel,
  cancelLabel,
  onConfirm,
}: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  function open() {
    setError(null);
    dialog.current?.showModal();
    cancel.current?.focus();
  }

  async function confirm() {
    if (busy) return;
    setBusy(true);
    const failure = await onConfirm();
    setBusy(false);
    if (failure) setError(failure);
    else dialog.current?.close();
  }

  return (
    <>
      <Button variant={triggerVariant} onClick={open} className={triggerClassName}>
        {trigger}
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-description`}
        className="m-auto w-[min(28rem,calc(100%-2rem))] rounded-2xl border border-line bg-surface-raised p-6 text-ink shadow-xl backdrop:bg-black/50"
      >
        <h2 id={`${id}-title`} className="text-xl font-bold tracking-tight">
          {title}
        </h2>
        <p id={`${id}-description`} className="mt-2 text-ink-muted">
          {description}
        </p>
        <p role="alert" className="mt-2 text-sm font-semibold">
          {error}
        </p>
        <div className="mt-5 flex flex-wrap gap-2">
          <Button onClick={() => void confirm()} disabled={busy}>
            {busy ? busyLabel : confirmLabel}
          </Button>
          <Button ref={cancel} variant="secondary" onClick={() => dialog.current?.close()} disabled={busy}>
            {cancelLabel}
          </Button>
        </div>
      </dialog>
    </>
  );
}
