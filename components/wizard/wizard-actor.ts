// Starts the wizard's session machine in this tab with the browser's side of it: the address and
// history, this browser's storage, Back and Forward, other tabs' saves, and showing the result
// page. Every decision (where to arrive, when to save, push or replace) is the machine's. Its own
// module, loaded after the page (use-wizard.ts): the wizard's first load carries neither xstate
// nor the machine.
import { createActor, fromCallback } from "xstate";
import { currentAddress, onAddressPop, pushAddress, replaceAddress } from "@/browser/history";
import { onStoredChange, readStored, writeStored } from "@/browser/storage";
import { actorSource } from "@/components/ui/source";
import { STORAGE_KEY } from "@/machines/wizard-persistence";
import { wizardSession } from "@/machines/wizard-session";
import type { WizardState } from "@/machines/wizard-steps";
import type { WizardSource } from "./wizard-source";

type Options = {
  /** the state the server rendered */
  page: WizardState;
  compare: string | null;
  /** the question's form fields as they are now: a choice made before the machine ran */
  form: string | null;
  showResult: (href: string) => void;
};

export function startWizard({ page, compare, form, showResult }: Options): WizardSource {
  const machine = wizardSession.provide({
    actions: {
      pushAddress: (_, { href }) => pushAddress(href),
      replaceAddress: (_, { href }) => replaceAddress(href),
      save: (_, { value }) => void writeStored(STORAGE_KEY, value),
      showResult: (_, { href }) => showResult(href),
    },
    actors: {
      historyPops: fromCallback(({ sendBack }) => onAddressPop((address) => sendBack({ type: "history.pop", address }))),
      storageChanges: fromCallback(({ sendBack }) => onStoredChange(STORAGE_KEY, (stored) => sendBack({ type: "storage.change", stored }))),
    },
  });
  // The address and what this browser saved, read once as the machine starts.
  const actor = createActor(machine, { input: { page, compare, address: currentAddress(), stored: readStored(STORAGE_KEY) } }).start();
  actor.send({ type: "page.hydrate", form });
  return actorSource(actor, ({ context, value }) => ({
    answers: context.answers,
    path: context.path,
    current: context.current,
    draft: context.draft,
    notice: context.notice,
    compare: context.compare,
    scripted: value !== "arriving",
  }));
}
