"use client";
// The wizard's source for its screen (wizard-source.ts): the state the server rendered, until the
// session machine (wizard-actor.ts) has loaded and taken over. Its code starts loading as soon as
// this module runs, beside the page's own, and is not part of the page's first load.
import { useRouter } from "next/navigation";
import { useEffectEvent, useLayoutEffect, useState, type RefObject } from "react";
import { formFields } from "@/browser/form-fields";
import { replaceable } from "@/components/ui/source";
import { formChoice, type WizardState } from "@/machines/wizard-steps";
import { staticWizard } from "./wizard-source";

const machine = typeof window === "undefined" ? null : import("./wizard-actor");

/** root: the element holding the wizard's form. */
export function useWizard(page: WizardState, compare: string | null, root: RefObject<HTMLElement | null>) {
  const router = useRouter();
  const [source] = useState(() => replaceable(staticWizard(page, compare)));
  const fields = () => formFields(root.current?.querySelector("form"));
  // A choice made in the form before the page's script ran stays on screen (React would soon put
  // the form back as rendered), and the machine takes it in as it arrives.
  const keepChoice = useEffectEvent(() => {
    const choice = formChoice(page, fields());
    if (choice !== null) source.send({ type: "answer.select", value: choice });
  });
  const start = useEffectEvent((module: typeof import("./wizard-actor")) =>
    module.startWizard({ page, compare, form: fields(), showResult: (href) => router.push(href) }),
  );

  useLayoutEffect(() => {
    keepChoice();
    let running: { stop?: () => void } | null = null;
    let left = false;
    // Once loaded, the machine starts in a microtask, so a page the client router mounts (with the
    // code loaded before) shows the machine's arrival in its first frame.
    void machine?.then((module) => {
      if (left) return;
      const started = start(module);
      running = started;
      source.replace(started);
    });
    return () => {
      left = true;
      running?.stop?.();
    };
  }, [source]);

  return source;
}
