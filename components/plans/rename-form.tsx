"use client";
// An inline form to rename a saved plan: the title is checked here with the API's own schema,
// then saved by the caller. Escape or Cancel closes it; the caller puts focus back.
import { useId, useState } from "react";
import { Title } from "@/lib/plan-api";
import { Button } from "@/components/ui/button";
import { failureMessage, type Failure } from "./plan-client";

type Props = {
  current: string;
  onSave: (title: string) => Promise<Failure | null>;
  onClose: (saved: boolean) => void;
};

export function RenameForm({ current, onSave, onClose }: Props) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const parsed = Title.safeParse(new FormData(event.currentTarget).get("title"));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      setError(
        issue?.code === "too_big"
          ? "Keep the title to 120 characters or fewer."
          : issue?.code === "custom"
            ? `The title ${issue.message}.`
            : "Give the plan a title.",
      );
      return;
    }
    if (parsed.data === current) return onClose(false);
    setBusy(true);
    const failure = await onSave(parsed.data);
    setBusy(false);
    if (failure) setError(failureMessage(failure, "rename the plan"));
    else onClose(true);
  }

  return (
    <form
      noValidate
      onSubmit={submit}
      onKeyDown={(e) => e.key === "Escape" && onClose(false)}
      className="mt-3 flex flex-wrap items-end gap-2"
    >
      <div className="grid min-w-0 flex-1 basis-60 gap-1">
        <label htmlFor={`${id}-title`} className="text-sm font-semibold">
          Plan title
        </label>
        <input
          id={`${id}-title`}
          name="title"
          defaultValue={current}
          maxLength={120}
          autoFocus
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-error`}
          className="min-h-11 w-full rounded-lg border border-line-strong bg-surface px-3 text-base text-ink"
        />
      </div>
      <Button type="submit" disabled={busy}>
        {busy ? "Saving…" : "Save title"}
      </Button>
      <Button variant="secondary" onClick={() => onClose(false)}>
        Cancel
      </Button>
      <p id={`${id}-error`} role="alert" className="basis-full text-sm font-semibold">
        {error}
      </p>
    </form>
  );
}
