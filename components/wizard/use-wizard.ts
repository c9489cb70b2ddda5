"use client";
// Mounts the wizard machine in the browser from where the page started it (the same state the
// server rendered, or one restored from this browser's storage), keeps the address in step with
// the question on screen (so reload, Back and Forward work), saves it after every step, and
// supplies the machine's one side effect, showing the result page.
import { useActorRef } from "@xstate/react";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { readStored, writeStored } from "@/browser/storage";
import { replay } from "@/lib/wizard-path";
import { readWizardUrl, resultHref, wizardHref, type WizardUrl } from "@/lib/wizard-url";
import { wizardMachine, type WizardContext } from "@/machines/wizard-machine";
import { serialize, STORAGE_KEY, type Restored } from "@/machines/wizard-persistence";

/** The address of what is on screen: the answers so far, and the question when it is not simply the next one. */
function addressOf({ answers, current }: WizardContext, compare: string | null): string {
  return wizardHref(answers, current === replay(answers).next ? null : current, compare);
}

/** The question an address shows: the one it names, else the next one its answers lead to. */
const questionAt = (url: WizardUrl) => url.question ?? (url.answers ? replay(url.answers).next : null);

/** active: false while the page is about to replace this wizard with another, which then owns the address and storage. */
export function useWizard(restored: Restored, compare: string | null, active: boolean) {
  const router = useRouter();
  const actor = useActorRef(
    wizardMachine.provide({
      actions: {
        showResult: ({ context }) => router.push(resultHref(context.answers, compare)),
      },
    }),
    restored,
  );

  useEffect(() => {
    if (!active) return;
    // The address names the question to show. It differs from the machine's when the page comes
    // back into view with its state kept (Back from the result page shows the last question).
    // A bare /wizard names nothing: whatever the wizard resumed stands.
    const url = window.location.search ? readWizardUrl(new URLSearchParams(window.location.search)) : null;
    const named = url ? questionAt(url) : null;
    if (named && named !== actor.getSnapshot().context.current) actor.send({ type: "answer.change", question: named });
    let shown = actor.getSnapshot().context.current;
    window.history.replaceState(window.history.state, "", addressOf(actor.getSnapshot().context, compare));
    const follow = actor.subscribe(({ context }) => {
      if (context.current === shown || context.current === null) return; // the result page has its own address
      shown = context.current;
      window.history.pushState(window.history.state, "", addressOf(context, compare));
    });
    const onPopState = () => {
      const wanted = questionAt(readWizardUrl(new URLSearchParams(window.location.search)));
      if (!wanted || wanted === shown) return;
      shown = wanted;
      actor.send({ type: "answer.change", question: wanted });
      const { context } = actor.getSnapshot();
      if (context.current !== wanted) {
        shown = context.current;
        window.history.replaceState(window.history.state, "", addressOf(context, compare));
      }
    };
    window.addEventListener("popstate", onPopState);
    return () => {
      follow.unsubscribe();
      window.removeEventListener("popstate", onPopState);
    };
  }, [actor, compare, active]);

  useEffect(() => {
    if (!active) return;
    const save = () => {
      const value = serialize(actor.getSnapshot());
      // Writing only real changes keeps two open tabs from waking each other up forever.
      if (value !== readStored(STORAGE_KEY)) writeStored(STORAGE_KEY, value);
    };
    save();
    const subscription = actor.subscribe(save);
    return () => subscription.unsubscribe();
  }, [actor, active]);

  return actor;
}
