// The wizard at an address with answers in it (/wizard?hours=3-8&employer=no-pm-team&q=role; a
// rewrite in next.config.ts sends /wizard with answers here): the question those answers lead to,
// rendered on the server as a plain form, so the wizard works before and without JavaScript.
// Answers that settle the whole result go on to the result page.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { resultHref } from "@/lib/addresses";
import { readWizardUrl } from "@/lib/wizard-url";
import { WizardLoader } from "@/components/wizard/wizard-loader";
import { startFromUrl, startState } from "@/machines/wizard-start";

export const metadata: Metadata = {
  title: "Find your route",
  robots: { index: false, follow: true },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function WizardAnswersPage({ searchParams }: Props) {
  const url = readWizardUrl(await searchParams);
  const start = startState(startFromUrl(url));
  if (start.current === null) redirect(resultHref(start.answers, url.compare));
  return (
    <div className="mx-auto w-full max-w-6xl px-4 py-6 sm:px-6 sm:py-10">
      <WizardLoader start={start} compare={url.compare} />
    </div>
  );
}
