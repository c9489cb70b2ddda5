// What the wizard's screen reads (components/wizard/wizard.tsx): the state on screen, from the
// session machine once it runs (wizard-actor.ts), and until then from the state the server
// rendered. Before the machine runs, the form is the server's plain GET form: a choice is kept on
// screen, and everything else (Continue, Back, Start over) is the browser's own, as without
// JavaScript.
import type { Source } from "@/components/ui/source";
import type { WizardEvent } from "@/machines/wizard-session";
import { isSelectable, type WizardState } from "@/machines/wizard-steps";

export type WizardView = WizardState & {
  /** the saved plan a re-run compares with */
  compare: string | null;
  /** the machine has taken over the page: it handles every action in place */
  scripted: boolean;
};

export type WizardSource = Source<WizardView, WizardEvent>;

/** The state the server rendered, with the choice the person makes before the machine runs. */
export function staticWizard(page: WizardState, compare: string | null): WizardSource {
  let view: WizardView = { ...page, compare, scripted: false };
  const listeners = new Set<() => void>();
  return {
    getSnapshot: () => view,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    send: (event) => {
      if (event.type !== "answer.select" || !isSelectable(view, event.value)) return;
      view = { ...view, draft: event.value };
      listeners.forEach((listener) => listener());
    },
  };
}
