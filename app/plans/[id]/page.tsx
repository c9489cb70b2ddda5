// A saved plan at its own link. Everyone with the link sees the plan as it was saved, with its
// ticks, led (on a phone's first screen too) by the route, the level and any warning; the
// browsers that hold an edit token also get the controls, and the answers the advice rests on.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CATALOG_VERSION } from "@/data/catalog";
import { pageCopy } from "@/data/copy";
import { getQuestion } from "@/data/catalog";
import type { OptionId, QuestionId } from "@/data/ids";
import { routeFacts, routeName } from "@/data/route-facts";
import {
  CALENDAR_FILE,
  calendarSubscriptionUrl,
  MARKDOWN_FILE,
  PLAN_B,
  planCalendarPath,
  planMarkdownPath,
  planPath,
  rerunHref as rerunHrefOf,
  savedPlanBHref,
} from "@/lib/addresses";
import { answersFromSearch } from "@/lib/answers-url";
import { formatDate, today } from "@/lib/dates";
import { contributions } from "@/lib/eliminations";
import { checkpointOf, checkpointReached, currentAnswers, currentPlan } from "@/lib/living-plan";
import { reasonsFor } from "@/lib/recommend";
import { resultView } from "@/lib/result-view";
import { checkInQuestions, planB, switchedResult } from "@/lib/switch";
import { ArrivalNotice } from "@/components/plans/arrival-notice";
import { Behind, ForOwner, OwnerTools } from "@/components/plans/owner-only";
import { Checkpoint } from "@/components/plans/checkpoint";
import { PlanHistory } from "@/components/plans/plan-history";
import { SwitchedFrom } from "@/components/plans/switched-from";
import { OwnerPanel } from "@/components/plans/owner-panel";
import { PlanHeading } from "@/components/plans/plan-heading";
import { PlanUnavailable } from "@/components/plans/plan-unavailable";
import { SavedAnswers } from "@/components/plans/saved-answers";
import { SavedPlanProvider } from "@/components/plans/saved-plan";
import { PlanProgress } from "@/components/plans/plan-progress";
import { PrintButton } from "@/components/plans/print-button";
import { SavedChecklist } from "@/components/plans/saved-checklist";
import { PlanB } from "@/components/result/plan-b";
import { PlanTimeline } from "@/components/result/plan-timeline";
import { ResultSummary } from "@/components/result/result-summary";
import { WhyNot } from "@/components/result/why-not";
import { buttonClasses } from "@/components/ui/button";
import { shareLink, siteOrigin } from "@/server/origin";
import { loadPlanForPage, STORE_DOWN } from "@/server/plans/load-plan";
import { forViewers } from "@/server/plans/stored-row";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const plan = await loadPlanForPage(id, planPath(id));
  // The preview image's absolute URL takes the site's origin from ./layout.tsx.
  const title = plan === STORE_DOWN ? pageCopy.storeDown.title : plan ? plan.title : "Plan not found";
  return { title, robots: { index: false, follow: false } };
}

type Query = Record<string, string | string[] | undefined>;

export default async function PlanPage({ params, searchParams }: Props & { searchParams: Promise<Query> }) {
  const { id } = await params;
  const full = await loadPlanForPage(id, planPath(id));
  if (full === STORE_DOWN) return <PlanUnavailable retryHref={planPath(id)} />;
  if (!full) notFound();
  // What the browser is given: the answers only where the owner shares them (the owner's own
  // browser loads them with its token), and never where the plan goes on after a switch.
  const plan = forViewers(full);

  const steps = currentPlan(full);
  const day = today();
  const answers = currentAnswers(full);
  // Since a move at other hours, the reasons speak of the hours the plan runs at now.
  const snapshot =
    full.laterAnswers.hours && full.laterAnswers.hours !== full.answers.hours && full.snapshot.switchOpen !== undefined
      ? { ...full.snapshot, reasons: reasonsFor(contributions(answers), full.snapshot.route.id) }
      : full.snapshot;
  const view = resultView(snapshot, steps);
  // The plan B: worked out from the answers given then and since, and (choosing it without
  // JavaScript, or as someone with the link) those in the address, which are not kept.
  const query = await searchParams;
  const open = full.snapshot.switchOpen ?? [];
  const whatIf = Object.fromEntries(
    Object.entries(answersFromSearch(query) ?? {}).filter(
      ([q]) => open.includes(q as QuestionId) && full.laterAnswers[q as QuestionId] === undefined,
    ),
  );
  const b = planB({ ...full, laterAnswers: { ...full.laterAnswers, ...whatIf } });
  const checkpointStep = checkpointOf(steps);
  const warned = (full.snapshot.warnings ?? []).length > 0;
  // The route the checkpoint names, with the start of its plan from today: offered from its week on.
  const switched = checkpointReached(full, day) && !full.switchedTo && b.route && !b.open.length ? switchedResult(full, day) : null;
  const switchTo = switched?.ok ? { name: switched.result.route.name, steps: switched.result.plan.steps.slice(0, 4) } : null;
  const rerunHref = rerunHrefOf({ id: full.id, answers });
  const older = full.snapshot.catalogVersion !== CATALOG_VERSION;
  const exportLink = buttonClasses({ variant: "secondary", className: "w-full justify-start" });
  const origin = siteOrigin();
  const lastCheckIn = checkpointStep ? full.checkIns.filter((c) => c.on >= checkpointStep.dates.start).at(-1) : undefined;
  // The plan-B questions are asked on request, and at the checkpoint once a check-in says it is not working.
  const askingPlanB = query[PLAN_B] !== undefined || (lastCheckIn !== undefined && !lastCheckIn.working);

  return (
    <SavedPlanProvider key={plan.id} planId={plan.id} plan={plan}>
      <div className="mx-auto grid w-full max-w-5xl gap-6 px-4 py-8 sm:px-6 sm:py-12 print:gap-4 print:px-0 print:py-0">
        <header>
          <p className="text-sm font-semibold tracking-wide text-accent-text uppercase">Saved plan</p>
          <PlanHeading className="mt-1 text-2xl font-bold tracking-tight break-words sm:text-4xl" />
          <p className="mt-1 text-sm text-ink-muted">
            {pageCopy.savedPlan.dates(
              formatDate(full.createdAt.slice(0, 10)),
              full.updatedAt.slice(0, 10) !== full.createdAt.slice(0, 10) ? formatDate(full.updatedAt.slice(0, 10)) : null,
              formatDate(steps.startDate),
              formatDate(steps.endDate),
            )}
          </p>
          {full.switchedFrom ? <SwitchedFrom planId={plan.id} from={full.switchedFrom} /> : null}
          <ArrivalNotice path={planPath(plan.id)} />
        </header>

        {/* First on a phone's first screen: the route, the level and any warning. */}
        <ResultSummary view={view} headingLevel="h2" />

        {older ? (
          <p className="rounded-xl border border-line bg-accent-soft px-4 py-3 print:hidden">
            {pageCopy.savedPlan.older}{" "}
            <Link href={rerunHref} className="font-semibold text-accent-text">
              {pageCopy.savedPlan.rerun}
            </Link>{" "}
            {pageCopy.savedPlan.rerunShows}
          </p>
        ) : null}

        <Checkpoint
          today={day}
          routeName={full.snapshot.route.name}
          questions={checkInQuestions(full.snapshot.route.id, full.snapshot.plan)}
          switchTo={switchTo}
          planBOpen={b.open.length > 0}
          warned={warned}
          rerunHref={rerunHref}
        />

        {checkpointStep && !full.switchedTo ? (
          <ForOwner>
            <PlanB
              answers={whatIf}
              compare={null}
              open={b.open}
              switchTo={b.route ? routeName(b.route) : null}
              warned={warned}
              routeName={full.snapshot.route.name}
              checkpointDate={checkpointStep.dates.start}
              asking={askingPlanB}
              action={planPath(plan.id)}
              chooseHref={savedPlanBHref(plan.id)}
            />
          </ForOwner>
        ) : null}

        <OwnerPanel shareLink={shareLink(plan.id)} />

        <Behind
          today={day}
          hours={
            routeFacts[full.snapshot.route.id].paceScales
              ? getQuestion("hours").options.map(({ id, label }) => ({ id: id as OptionId<"hours">, label }))
              : []
          }
        />

        <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_16rem] lg:items-start print:block">
          <div className="grid min-w-0 gap-6 print:gap-4">
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

            <PlanHistory plan={full} hours={getQuestion("hours").options} />

            <WhyNot view={view} />
            <SavedAnswers />
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
              <p className="text-sm text-ink-muted">{pageCopy.savedPlan.calendarNote}</p>
            </section>
            <OwnerTools rerunHref={rerunHref} />
          </div>
        </div>
      </div>
    </SavedPlanProvider>
  );
}
