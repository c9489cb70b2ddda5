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

/** Where to start: answers handed over in the URL win over what this browser remembers. */
function initial(): { restored: Restored; edit: QuestionId | null } {
  const params = new URLSearchParams(window.location.search);
  const edit = QuestionIdSchema.safeParse(params.get("edit"));
  const fromUrl = answersFromSearch(params);
  if (window.location.search) window.history.replaceState(null, "", window.location.pathname);
  if (params.has("restart")) return { restored: { input: {} }, edit: null };
  if (fromUrl.success && Object.keys(fromUrl.data).length > 0) {
    return { restored: { input: { answers: fromUrl.data } }, edit: edit.success ? edit.data : null };
  }
  return { restored: restore(readStorage()), edit: null };
}

export function useWizard() {
  const router = useRouter();
  const [{ restored, edit }] = useState(initial);
  const actor = useActorRef(
    wizardMachine.provide({
      actions: {
        showResult: ({ context }) => router.push(`/result?${answersToSearch(context.answers)}`),
      },
    }),
    restored,
  );

  useEffect(() => {
    if (edit) actor.send({ type: "answer.change", question: edit });
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
  }, [actor, edit]);

  return actor;
}
