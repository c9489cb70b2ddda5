"use client";
// The wizard on a page: its screen, first as the server rendered it, then run by its session
// machine once that has loaded (use-wizard.ts). Taking over the server's markup moves nothing;
// where the wizard goes from there is the machine's arrival.
import { useRef } from "react";
import type { WizardState } from "@/machines/wizard-steps";
import { useWizard } from "./use-wizard";
import { Wizard } from "./wizard";

type Props = { start: WizardState; compare: string | null };

export function WizardLoader({ start, compare }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const source = useWizard(start, compare, root);
  return <Wizard source={source} ref={root} />;
}
