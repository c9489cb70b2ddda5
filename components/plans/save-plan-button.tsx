"use client";
// "Save this plan": one click, no sign-up. The server recomputes the plan from the answers and
// hands back an id and an edit token; the token stays in this browser. Nothing counts as saved
// until the server said 201, and a second click while saving does nothing.
import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import type { Answers } from "@/data/answers";
import { copy } from "@/data/copy";
import { Button } from "@/components/ui/button";
import { failureMessage, type Failure } from "@/lib/api-result";

type Props = { answers: Answers; startDate: string; routeName: string; label?: string };
type State = { status: "idle" } | { status: "saving" } | { status: "saved" | "failed"; message: string };

// The saving code (with the API contract's schemas) is fetched when the pointer or focus reaches
// the button, so visitors who only read their result never load it.
const load = () => import("@/browser/plan-actions");

export function SavePlanButton({ answers, startDate, routeName, label = "Save this plan" }: Props) {
  const router = useRouter();
  const [state, setState] = useState<State>({ status: "idle" });
  const inFlight = useRef(false);
  // One save, however many tries: a retry after a lost answer gets the same plan, saved once.
  const key = useRef<string | null>(null);
  const statusId = useId();

  async function save() {
    if (inFlight.current) return;
    inFlight.current = true;
    setState({ status: "saving" });
    const saved = await load()
      .then(({ savePlan, newSaveKey }) => savePlan(answers, startDate, routeName, (key.current ??= newSaveKey())))
      // The saving code itself could not be fetched: the same as a request that could not be sent.
      .catch((): Failure => ({ ok: false, reason: "offline" }));
    if (!saved.ok) {
      inFlight.current = false;
      setState({ status: "failed", message: failureMessage(saved, "save your plan") });
      return;
    }
    setState({
      status: "saved",
      // Without storage this browser cannot own the plan; the link still opens it read-only.
      message: saved.stored ? copy.save.saved : copy.save.savedNotKept,
    });
    router.push(saved.url);
  }

  const busy = state.status === "saving" || state.status === "saved";
  return (
    // Without JavaScript the button could do nothing: it is not shown, and the note below says why.
    <div className="flex flex-col items-start gap-2 print:hidden [@media(scripting:none)]:hidden">
      <Button
        onClick={() => void save()}
        onPointerEnter={() => void load().catch(() => undefined)}
        onFocus={() => void load().catch(() => undefined)}
        disabled={busy}
        aria-describedby={statusId}
      >
        {state.status === "saving" ? "Saving…" : state.status === "failed" ? "Retry" : label}
      </Button>
      <p
        id={statusId}
        role="status"
        className={state.status === "failed" ? "min-h-6 text-sm font-semibold text-ink" : "min-h-6 text-sm text-ink-muted"}
      >
        {state.status === "saving" ? copy.save.saving : state.status === "idle" ? copy.save.noSignUp : state.message}
      </p>
    </div>
  );
}

/** Beside the button, for a browser without JavaScript: what saving needs. */
export function SaveNeedsScript() {
  return (
    <noscript>
      <p className="rounded-xl border border-line bg-surface-raised px-4 py-3">{copy.saveNeedsScript}</p>
    </noscript>
  );
}
