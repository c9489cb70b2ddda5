// The wizard's first question, prerendered: nothing on it is personal. Answers in the address
// (/wizard?hours=3-8&...) are served by ./answers/page.tsx instead (a rewrite in next.config.ts).
import type { Metadata } from "next";
import { WizardLoader } from "@/components/wizard/wizard-loader";
import { pageCopy } from "@/data/copy";
import { routeCount } from "@/data/route-facts";
import { FRESH } from "@/machines/wizard-steps";

export const metadata: Metadata = {
  title: "Find your route",
  description: pageCopy.wizardDescription(routeCount),
};

export default function WizardPage() {
  return (
    <div className="mx-auto w-full max-w-6xl px-4 py-6 sm:px-6 sm:py-10">
      <WizardLoader start={FRESH} compare={null} />
    </div>
  );
}
