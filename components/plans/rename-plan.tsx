"use client";
// Rename a saved plan: a button that opens an inline form, the title checked with the API's own
// schema before it is sent, Escape or Cancel to close, focus back on the button, and "Renamed."
// announced. The one rename UI, on the plan's page and in My plans; the saved-plan machine it sits
// under sends the new title.
import { useId, useRef, useState } from "react";
import { copy } from "@/data/copy";
import { TITLE_MAX, Title } from "@/lib/plan-title";
import { Button } from "@/components/ui/button";
import { failureMessage } from "@/lib/api-result";
import { usePlanView, useRequest } from "./saved-plan";

type Props = {
  /** words after "Rename" for screen readers, when several plans are on one page */
  which?: string;
};

export function RenamePlan({ which }: Props) {
  const plan = usePlanView();
  const request = useRequest();
  const current = plan?.title ?? "";
  const disabled = plan === null;
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [announce, setAnnounce] = useState<string | null>(null);

  function close(saved: boolean) {
    setOpen(false);
    setError(null);
    setAnnounce(saved ? "Renamed." : null);
    button.current?.focus();
  }

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const parsed = Title.safeParse(new FormData(event.currentTarget).get("title"));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      setError(
        issue?.code === "too_big"
          ? copy.title.tooLong(TITLE_MAX)
          : issue?.code === "custom"
            ? copy.title.invalid(issue.message)
            : copy.title.missing,
      );
      return;
    }
    if (parsed.data === current) return close(false);
    setBusy(true);
    const failure = await request({ command: "update", body: { title: parsed.data } });
    setBusy(false);
    if (failure) setError(failureMessage(failure, "rename the plan"));
    else close(true);
  }

  return (
    <>
      <Button
        ref={button}
        variant="secondary"
        disabled={disabled}
        aria-expanded={open}
        onClick={() => (open ? close(false) : setOpen(true))}
      >
        Rename{which ? <span className="sr-only"> {which}</span> : null}
      </Button>
      {open ? (
        <form
          noValidate
          onSubmit={(e) => void submit(e)}
          onKeyDown={(e) => e.key === "Escape" && close(false)}
          className="mt-3 flex basis-full flex-wrap items-end gap-2"
        >
          <div className="grid min-w-0 flex-1 basis-60 gap-1">
            <label htmlFor={`${id}-title`} className="text-sm font-semibold">
              Plan title
            </label>
            <input
              id={`${id}-title`}
              name="title"
              defaultValue={current}
              maxLength={TITLE_MAX}
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
          <Button variant="secondary" onClick={() => close(false)}>
            Cancel
          </Button>
          <p id={`${id}-error`} role="alert" className="basis-full text-sm font-semibold">
            {error}
          </p>
        </form>
      ) : null}
      <p role="status" className="basis-full text-sm">
        {announce}
      </p>
    </>
  );
}
