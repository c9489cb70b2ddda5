// A saved plan at its own link. Everyone with the link sees the plan as it was saved, with its
// ticks; the browser that saved it (it holds the edit token) also gets the controls.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CATALOG_VERSION } from "@/data/catalog";
import {
  CALENDAR_FILE,
  calendarSubscriptionUrl,
  MARKDOWN_FILE,
  planCalendarPath,
  planMarkdownPath,
  rerunHref as rerunHrefOf,
} from "@/lib/addresses";
import { formatDate, today } from "@/lib/dates";
import { resultView } from "@/lib/result-view";
import { checkpointReached, currentPlan } from "@/lib/living-plan";
import { checkInQuestions, switchedResult } from "@/lib/switch";
import { copy } from "@/data/copy";
import { routeFacts } from "@/data/route-facts";
import { getQuestion } from "@/data/catalog";
import type { OptionId } from "@/data/ids";
import { Behind, OwnerTools } from "@/components/plans/owner-only";
import { Checkpoint } from "@/components/plans/checkpoint";
import { PlanHistory } from "@/components/plans/plan-history";
import { SwitchedFrom } from "@/components/plans/switched-from";
import { OwnerPanel } from "@/components/plans/owner-panel";
import { PlanHeading } from "@/components/plans/plan-heading";
import { SavedPlanProvider } from "@/components/plans/saved-plan";
import { PlanProgress } from "@/components/plans/plan-progress";
import { PrintButton } from "@/components/plans/print-button";
import { SavedChecklist } from "@/components/plans/saved-checklist";
import { PlanTimeline } from "@/components/result/plan-timeline";
import { ResultSummary } from "@/components/result/result-summary";
import { WhyNot } from "@/components/result/why-not";
import { buttonClasses } from "@/components/ui/button";
import { siteOrigin } from "@/server/origin";
import { loadPlan } from "@/server/plans/load-plan";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const plan = await loadPlan((await params).id);
  // The preview image's absolute URL takes the site's origin from ./layout.tsx.
  return { title: plan ? plan.title : "Plan not found", robots: { index: false, follow: false } };
}

export default async function PlanPage({ params }: Props) {
  const { id } = await params;
  const plan = await loadPlan(id);
  if (!plan) notFound();

  const steps = currentPlan(plan);
  const view = resultView(plan.snapshot, steps);
  const day = today();
  // The route the checkpoint names, with the start of its plan from today: offered from its week on.
  const switched = checkpointReached(plan, day) && !plan.switchedTo ? switchedResult(plan, day) : null;
  const switchTo = switched?.ok ? { name: switched.result.route.name, steps: switched.result.plan.steps.slice(0, 4) } : null;
  const rerunHref = rerunHrefOf(plan);
  const older = plan.snapshot.catalogVersion !== CATALOG_VERSION;
  const exportLink = buttonClasses({ variant: "secondary", className: "w-full justify-start" });
  const origin = siteOrigin();

  return (
    <SavedPlanProvider key={plan.id} planId={plan.id} plan={plan}>
      <div className="mx-auto grid w-full max-w-5xl gap-6 px-4 py-8 sm:px-6 sm:py-12 print:gap-4 print:px-0 print:py-0">
        <header>
          <p className="text-sm font-semibold tracking-wide text-accent-text uppercase">Saved plan</p>
          <PlanHeading className="mt-2 text-3xl font-bold tracking-tight break-words sm:text-4xl" />
          <p className="mt-2 text-sm text-ink-muted">
            Saved {formatDate(plan.createdAt.slice(0, 10))}
            {plan.updatedAt.slice(0, 10) !== plan.createdAt.slice(0, 10) ? `, last changed ${formatDate(plan.updatedAt.slice(0, 10))}` : ""}
            . Runs {formatDate(steps.startDate)} to {formatDate(steps.endDate)}.
          </p>
          {plan.switchedFrom ? <SwitchedFrom planId={plan.id} from={plan.switchedFrom} /> : null}
          {older ? (
            <p className="mt-3 rounded-xl border border-line bg-accent-soft px-4 py-3 print:hidden">
              OnePath&rsquo;s advice has been updated since this plan was saved; the plan below stays exactly as saved.{" "}
              <Link href={rerunHref} className="font-semibold text-accent-text">
                Re-run it with the same answers
              </Link>{" "}
              to see what would change: the route, the level to aim for and the steps.
            </p>
          ) : null}
        </header>

        <Checkpoint
          today={day}
          routeName={plan.snapshot.route.name}
          questions={checkInQuestions(plan.snapshot.route.id)}
          switchTo={switchTo}
          rerunHref={rerunHref}
        />

        <OwnerPanel siteOrigin={origin} />
        <noscript>
          <p className="rounded-xl border border-line bg-surface-raised px-4 py-3">{copy.living.needsScript}</p>
        </noscript>

        <Behind
          today={day}
          hours={
            routeFacts[plan.snapshot.route.id].paceScales
              ? getQuestion("hours").options.map(({ id, label }) => ({ id: id as OptionId<"hours">, label }))
              : []
          }
        />

        <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_16rem] lg:items-start print:block">
          <div className="grid min-w-0 gap-6 print:gap-4">
            <ResultSummary view={view} headingLevel="h2" />

            <PlanProgress today={day} />

            <section aria-labelledby="steps-heading" className="grid gap-2">
              <h2 id="steps-heading" className="text-2xl font-bold tracking-tight">
                Your steps
              </h2>
              <SavedChecklist />
            </section>

            <section aria-labelledby="timeline-heading" className="grid gap-3 print:max-w-[70%]">
              <h2 id="timeline-heading" className="text-2xl font-bold tracking-tight">
                Timeline
              </h2>
              <PlanTimeline plan={steps} />
            </section>

            <PlanHistory plan={plan} />

            <WhyNot view={view} />
          </div>

          <div className="grid gap-8 lg:sticky lg:top-6 print:hidden">
            <section aria-labelledby="take-heading" className="grid gap-3">
              <h2 id="take-heading" className="text-lg font-semibold">
                Take it with you
              </h2>
              <ul className="grid gap-2">
                <li>
                  <a href={planMarkdownPath(plan.id)} download={MARKDOWN_FILE} className={exportLink}>
                    Download as Markdown
                  </a>
                </li>
                <li>
                  <a href={calendarSubscriptionUrl(origin, plan.id)} className={exportLink}>
                    Subscribe in your calendar
                  </a>
                </li>
                <li>
                  <a href={planCalendarPath(plan.id)} download={CALENDAR_FILE} className={exportLink}>
                    Add to calendar (.ics)
                  </a>
                </li>
                <li>
                  <PrintButton>Print or save as PDF</PrintButton>
                </li>
              </ul>
              <p className="text-sm text-ink-muted">
                One all-day event for each step. Subscribe and your calendar app follows the plan as it changes; the file is a copy of the
                plan as it is today. Anyone with the plan&rsquo;s link can subscribe; a new link ends every subscription.
              </p>
            </section>
            <OwnerTools rerunHref={rerunHref} />
          </div>
        </div>
      </div>
    </SavedPlanProvider>
  );
}
