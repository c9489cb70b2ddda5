"use client";
// The wizard on a page: its session machine mounted in this tab (use-wizard.ts), and its screen.
// The first render shows the state the server rendered, so taking over its markup moves nothing;
// where the wizard goes from there is the machine's arrival.
import { useRef } from "react";
import type { WizardState } from "@/machines/wizard-steps";
import { useWizard } from "./use-wizard";
import { Wizard } from "./wizard";

type Props = { start: WizardState; compare: string | null };

export function WizardLoader({ start, compare }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const actor = useWizard(start, compare, root);
  return <Wizard actor={actor} ref={root} />;
}
