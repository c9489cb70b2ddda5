"use client";
// The wizard lives in the browser (its state is in localStorage), so it renders after hydration;
// the skeleton keeps the same footprint to avoid layout shift. Another tab saving the wizard
// remounts it here, so two tabs never overwrite each other with stale answers.
import dynamic from "next/dynamic";
import { useEffect, useState } from "react";
import { STORAGE_KEY } from "@/machines/wizard-persistence";
import { onStoredChange } from "@/browser/storage";
import { WizardSkeleton } from "./wizard-skeleton";

const Wizard = dynamic(() => import("./wizard").then((m) => m.Wizard), {
  ssr: false,
  loading: () => <WizardSkeleton />,
});

export function WizardLoader() {
  const [generation, setGeneration] = useState(0);
  useEffect(() => onStoredChange(STORAGE_KEY, () => setGeneration((g) => g + 1)), []);
  return <Wizard key={generation} />;
}
