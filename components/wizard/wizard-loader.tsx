"use client";
// Starts the wizard where the page says (the server rendered exactly this, so taking it over moves
// nothing), then looks at the real address and at what this browser remembers, and resumes there
// instead when they say more: on a bare /wizard a saved wizard resumes where it was; at an address
// with answers (a reload, Back from the result), a saved wizard holding those answers or more
// opens at the address's question with everything else it had. Another tab saving the wizard
// remounts it here, so two tabs never overwrite each other with stale answers.
import { useLayoutEffect, useState } from "react";
import type { Answers } from "@/data/answers";
import { onStoredChange, readStored } from "@/browser/storage";
import { readWizardUrl } from "@/lib/wizard-url";
import { restore, STORAGE_KEY, type Restored } from "@/machines/wizard-persistence";
import { FRESH_START, startFromUrl, startingSnapshot, type WizardStart } from "@/machines/wizard-start";
import { Wizard } from "./wizard";

type Props = { start: WizardStart; compare: string | null };

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Does later hold every answer of earlier, unchanged (and maybe more)? */
const holds = (later: Answers, earlier: Answers) =>
  Object.entries(earlier).every(([q, a]) => sameJson(later[q as keyof Answers], a));

/**
 * What to start from instead of the page's start, if anything, judged on arrival in the browser.
 * The address can differ from the page: the wizard writes its own addresses into history, so Back
 * may show a page rendered for another one.
 */
function arrival(start: WizardStart): Restored | null {
  const search = window.location.search;
  const here = search ? startFromUrl(readWizardUrl(new URLSearchParams(search))) : FRESH_START;
  const stored = restore(readStored(STORAGE_KEY));
  const saved = stored.snapshot?.context;
  if (!search) {
    const nothing = !stored.snapshot && stored.input.answers === undefined && stored.input.notice === undefined;
    if (!nothing) return stored;
  } else if (saved && Object.keys(here.answers).length > 0 && holds(saved.answers, here.answers)) {
    // An address with no answers (Start over, an unreadable link) is a fresh start, whatever is saved.
    const at = startingSnapshot(here).context.current;
    if (saved.current === at) return stored;
    return { snapshot: startingSnapshot({ answers: saved.answers, question: at, notice: null }), input: {} };
  }
  return sameJson(here, start) ? null : { snapshot: startingSnapshot(here), input: {} };
}

export function WizardLoader({ start, compare }: Props) {
  // Decided while hydrating (reading, not changing, anything): the first render still shows the
  // page's start, to match the server's HTML, but only a wizard that stays may save or move history.
  const [replacement] = useState(() => (typeof window === "undefined" ? null : arrival(start)));
  const [addressCompare] = useState(() =>
    typeof window === "undefined" ? compare : (readWizardUrl(new URLSearchParams(window.location.search)).compare ?? compare),
  );
  const [source, setSource] = useState<{ key: number; restored: Restored }>(() => ({
    key: 0,
    restored: { snapshot: startingSnapshot(start), input: {} },
  }));

  useLayoutEffect(() => {
    if (replacement) setSource((s) => ({ key: s.key + 1, restored: replacement }));
    return onStoredChange(STORAGE_KEY, () =>
      setSource((s) => ({ key: s.key + 1, restored: restore(readStored(STORAGE_KEY)) })),
    );
    // Once, on arrival: later changes come from the wizard itself or from other tabs.
  }, []);

  // The first render matches the server's HTML; a replacement follows the real address.
  const replaced = source.key > 0;
  return (
    <Wizard
      key={source.key}
      restored={source.restored}
      compare={replaced ? addressCompare : compare}
      active={replaced || !replacement}
    />
  );
}
