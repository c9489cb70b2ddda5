"use client";
// Mounts the wizard's session machine in this tab with the browser's side of it: the address and
// history, this browser's storage, Back and Forward, other tabs' saves, and showing the result
// page. Every decision (where to arrive, when to save, push or replace) is the machine's.
import { useActorRef } from "@xstate/react";
import { useRouter } from "next/navigation";
import { useLayoutEffect, useState, type RefObject } from "react";
import { fromCallback } from "xstate";
import { formFields } from "@/browser/form-fields";
import { currentAddress, onAddressPop, pushAddress, replaceAddress } from "@/browser/history";
import { onStoredChange, readStored, writeStored } from "@/browser/storage";
import { STORAGE_KEY } from "@/machines/wizard-persistence";
import { wizardSession, type WizardSessionInput } from "@/machines/wizard-session";
import type { WizardState } from "@/machines/wizard-steps";

/** root: the element holding the wizard's form, read once when the script takes over. */
export function useWizard(page: WizardState, compare: string | null, root: RefObject<HTMLElement | null>) {
  const router = useRouter();
  // Read once, as the actor starts: on the server there is no address or storage yet.
  const [input] = useState<WizardSessionInput>(() =>
    typeof window === "undefined"
      ? { page, compare, address: null, stored: null }
      : { page, compare, address: currentAddress(), stored: readStored(STORAGE_KEY) },
  );
  const actor = useActorRef(
    wizardSession.provide({
      actions: {
        pushAddress: (_, { href }) => pushAddress(href),
        replaceAddress: (_, { href }) => replaceAddress(href),
        save: (_, { value }) => void writeStored(STORAGE_KEY, value),
        showResult: (_, { href }) => router.push(href),
      },
      actors: {
        historyPops: fromCallback(({ sendBack }) => onAddressPop((address) => sendBack({ type: "history.pop", address }))),
        storageChanges: fromCallback(({ sendBack }) =>
          onStoredChange(STORAGE_KEY, (stored) => sendBack({ type: "storage.change", stored })),
        ),
      },
    }),
    { input },
  );

  // Hydrated: tell the machine, with the form as the person may have left it before the script
  // ran (React would soon put it back as rendered). Started here rather than after paint, so a
  // page mounted by the client router never shows one frame of the page's start.
  useLayoutEffect(() => {
    actor.start();
    actor.send({ type: "page.hydrate", form: formFields(root.current?.querySelector("form")) });
  }, [actor, root]);

  return actor;
}
