"use client";
// Mounts the wizard machine in the browser: restores it from localStorage (or from answers in the
// URL, when the result page sends the person back to change one), saves it after every step, and
// supplies the machine's one side effect, showing the result page.
import { useActorRef } from "@xstate/react";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { QuestionId } from "@/data/ids";
import { QuestionIdSchema } from "@/data/schema";
import { answersFromSearch, answersToSearch } from "@/lib/answers-url";
import { wizardMachine } from "@/machines/wizard-machine";
import { restore, serialize, STORAGE_KEY, type Restored } from "@/machines/wizard-persistence";

function readStorage(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage blocked (private mode, policy): the wizard still works, unsaved
  }
}

const questionIn = (search: string, key: string): QuestionId | null => {
  const parsed = QuestionIdSchema.safeParse(new URLSearchParams(search).get(key));
  return parsed.success ? parsed.data : null;
};

/** Each question on screen is a history entry, /wizard?q=role, so Back and Forward walk them. */
const entry = (question: QuestionId | null) => (question ? `/wizard?q=${question}` : "/wizard");

/**
 * Where to start: answers handed over in the URL win over what this browser remembers; `edit`
 * (from the result page) or `q` (a history entry) names the question to show.
 */
function initial(): { restored: Restored; goto: QuestionId | null } {
  const params = new URLSearchParams(window.location.search);
  const goto = questionIn(window.location.search, "edit") ?? questionIn(window.location.search, "q");
  const fromUrl = answersFromSearch(params);
  if (params.has("restart")) return { restored: { input: {} }, goto: null };
  if (fromUrl.success && Object.keys(fromUrl.data).length > 0) {
    return { restored: { input: { answers: fromUrl.data } }, goto };
  }
  return { restored: restore(readStorage()), goto };
}

export function useWizard() {
  const router = useRouter();
  const [{ restored, goto }] = useState(initial);
  const actor = useActorRef(
    wizardMachine.provide({
      actions: {
        showResult: ({ context }) => router.push(`/result?${answersToSearch(context.answers)}`),
      },
    }),
    restored,
  );

  useEffect(() => {
    // The machine ignores a question that is no longer on the path; then the URL follows the machine.
    if (goto) actor.send({ type: "answer.change", question: goto });
    let shown = actor.getSnapshot().context.current;
    window.history.replaceState(window.history.state, "", entry(shown));
    const follow = actor.subscribe(({ context: { current } }) => {
      if (current === shown || current === null) return; // the result page has its own URL
      shown = current;
      window.history.pushState(window.history.state, "", entry(current));
    });
    const onPopState = () => {
      const wanted = questionIn(window.location.search, "q");
      if (!wanted || wanted === shown) return;
      shown = wanted;
      actor.send({ type: "answer.change", question: wanted });
      const actual = actor.getSnapshot().context.current;
      if (actual !== wanted) {
        shown = actual;
        window.history.replaceState(window.history.state, "", entry(actual));
      }
    };
    window.addEventListener("popstate", onPopState);
    return () => {
      follow.unsubscribe();
      window.removeEventListener("popstate", onPopState);
    };
  }, [actor, goto]);

  useEffect(() => {
    const save = () => {
      const value = serialize(actor.getSnapshot());
      // Writing only real changes keeps two open tabs from waking each other up forever.
      if (value === readStorage()) return;
      try {
        window.localStorage.setItem(STORAGE_KEY, value);
      } catch {
        // Quota or privacy settings: keep going; the wizard only loses its memory across reloads.
      }
    };
    save();
    const subscription = actor.subscribe(save);
    return () => subscription.unsubscribe();
  }, [actor]);

  return actor;
}
