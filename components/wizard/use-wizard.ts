"use client";
// Mounts the wizard machine in the browser: restores it from localStorage (or from answers in the
// URL, when the result page sends the person back to change one), saves it after every step, and
// supplies the machine's one side effect, showing the result page.
import { useActorRef } from "@xstate/react";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { Answers } from "@/data/answers";
import type { QuestionId } from "@/data/ids";
import { isQuestionId } from "@/lib/answer-values";
import { answersFromSearch, answersToSearch } from "@/lib/answers-url";
import { readStored, writeStored } from "@/browser/storage";
import { wizardMachine } from "@/machines/wizard-machine";
import { restore, serialize, STORAGE_KEY, type Restored } from "@/machines/wizard-persistence";

const questionIn = (search: string, key: string): QuestionId | null => {
  const value = new URLSearchParams(search).get(key);
  return isQuestionId(value) ? value : null;
};

/**
 * A re-run of a saved plan (?compare=<plan id>) that needed new answers: the result it ends on is
 * compared with that plan. The id is only carried along, encoded; the result page checks it.
 */
const compareIn = (search: string): string | null => {
  const id = new URLSearchParams(search).get("compare");
  return id ? encodeURIComponent(id.slice(0, 100)) : null;
};
const withCompare = (url: string, compare: string | null, join: "?" | "&") =>
  compare ? `${url}${join}compare=${compare}` : url;

/** Each question on screen is a history entry, /wizard?q=role, so Back and Forward walk them. */
const entry = (question: QuestionId | null, compare: string | null) =>
  question ? withCompare(`/wizard?q=${question}`, compare, "&") : withCompare("/wizard", compare, "?");

/** The result page for these answers. */
export const resultHref = (answers: Answers, compare: string | null) =>
  withCompare(`/result?${answersToSearch(answers)}`, compare, "&");

/**
 * Where to start: answers handed over in the URL win over what this browser remembers; `edit`
 * (from the result page) or `q` (a history entry) names the question to show.
 */
function initial(): { restored: Restored; goto: QuestionId | null; compare: string | null } {
  const params = new URLSearchParams(window.location.search);
  const goto = questionIn(window.location.search, "edit") ?? questionIn(window.location.search, "q");
  const compare = compareIn(window.location.search);
  const fromUrl = answersFromSearch(params);
  if (params.has("restart")) return { restored: { input: {} }, goto: null, compare: null };
  if (fromUrl && Object.keys(fromUrl).length > 0) {
    return { restored: { input: { answers: fromUrl } }, goto, compare };
  }
  // Without storage (private modes, policies) the wizard still works, only unsaved.
  return { restored: restore(readStored(STORAGE_KEY)), goto, compare };
}

export function useWizard() {
  const router = useRouter();
  const [{ restored, goto, compare }] = useState(initial);
  const actor = useActorRef(
    wizardMachine.provide({
      actions: {
        showResult: ({ context }) => router.push(resultHref(context.answers, compare)),
      },
    }),
    restored,
  );

  useEffect(() => {
    // The machine ignores a question that is no longer on the path; then the URL follows the machine.
    if (goto) actor.send({ type: "answer.change", question: goto });
    let shown = actor.getSnapshot().context.current;
    window.history.replaceState(window.history.state, "", entry(shown, compare));
    const follow = actor.subscribe(({ context: { current } }) => {
      if (current === shown || current === null) return; // the result page has its own URL
      shown = current;
      window.history.pushState(window.history.state, "", entry(current, compare));
    });
    const onPopState = () => {
      const wanted = questionIn(window.location.search, "q");
      if (!wanted || wanted === shown) return;
      shown = wanted;
      actor.send({ type: "answer.change", question: wanted });
      const actual = actor.getSnapshot().context.current;
      if (actual !== wanted) {
        shown = actual;
        window.history.replaceState(window.history.state, "", entry(actual, compare));
      }
    };
    window.addEventListener("popstate", onPopState);
    return () => {
      follow.unsubscribe();
      window.removeEventListener("popstate", onPopState);
    };
  }, [actor, goto, compare]);

  useEffect(() => {
    const save = () => {
      const value = serialize(actor.getSnapshot());
      // Writing only real changes keeps two open tabs from waking each other up forever.
      if (value !== readStored(STORAGE_KEY)) writeStored(STORAGE_KEY, value);
    };
    save();
    const subscription = actor.subscribe(save);
    return () => subscription.unsubscribe();
  }, [actor]);

  return { actor, compare };
}
