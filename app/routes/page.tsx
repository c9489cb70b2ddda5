// Every route for readers: who each fits, what rules it out, how long and how much, and the
// outline of its plan. Each section's id is the route id, so /routes#networking links straight in.
import type { Metadata } from "next";
import Link from "next/link";
import { RouteCard } from "@/components/route-card";
import { buttonClasses } from "@/components/ui/button";
import { routes } from "@/data/routes";
import { copy, pageCopy } from "@/data/copy";
import { routeCount, RouteCount } from "@/data/route-facts";
import type { Route, StepTemplate } from "@/data/schema";
import { formatWeeks } from "@/lib/dates";
import { WIZARD } from "@/lib/addresses";

export const metadata: Metadata = {
  title: "Routes",
  description: pageCopy.routesPage.description(routeCount),
};

/** When a step happens in an outline: its weeks at the typical pace, or what the calendar sets. */
const when = (step: StepTemplate) => (step.calendar ? copy.calendarSlot[step.calendar] : formatWeeks((step.weeks ?? step.fixedWeeks)!));

export default function RoutesPage() {
  return (
    <div className="mx-auto flex w-full max-w-6xl flex-col gap-10 px-4 py-10 sm:px-6 lg:py-14">
      <header className="flex max-w-3xl flex-col gap-4">
        <h1 className="text-3xl font-bold tracking-tight text-ink sm:text-4xl">{pageCopy.routesPage.heading(RouteCount)}</h1>
        <p className="text-lg text-ink-muted">{pageCopy.routesPage.intro}</p>
        <div className="print:hidden">
          <Link href={WIZARD} className={buttonClasses()}>
            Find my route
          </Link>
        </div>
      </header>

      <nav aria-label="Routes on this page" className="print:hidden">
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {routes.map((route) => (
            <li key={route.id}>
              <RouteCard route={route} href={`#${route.id}`} heading="p" />
            </li>
          ))}
        </ul>
      </nav>

      <div className="flex flex-col gap-8">
        {routes.map((route) => (
          <RouteSection key={route.id} route={route} />
        ))}
      </div>

      <aside
        aria-labelledby="next-title"
        className="flex flex-col items-start gap-3 rounded-2xl bg-accent-soft p-6 sm:flex-row sm:items-center sm:justify-between print:hidden"
      >
        <div>
          <h2 id="next-title" className="text-xl font-semibold text-ink">
            {pageCopy.routesPage.weighing}
          </h2>
          <p className="text-ink-muted">{pageCopy.routesPage.narrow(routeCount)}</p>
        </div>
        <Link href={WIZARD} className={buttonClasses({ size: "lg" })}>
          Find my route
        </Link>
      </aside>
    </div>
  );
}

function RouteSection({ route }: { route: Route }) {
  const titleId = `${route.id}-title`;
  return (
    <section
      id={route.id}
      aria-labelledby={titleId}
      className="scroll-mt-6 rounded-2xl border border-line bg-surface-raised p-5 shadow-xs sm:p-8"
    >
      <div className="flex flex-col gap-1">
        <h2 id={titleId} className="text-2xl font-bold tracking-tight text-ink">
          {route.name}
        </h2>
        <p className="text-lg text-ink-muted">{route.summary}</p>
      </div>

      <div className="mt-6 grid gap-8 lg:grid-cols-2">
        <div className="flex flex-col gap-5">
          <dl className="flex flex-col gap-5">
            <div>
              <dt className="text-sm font-semibold text-ink">Fits best when</dt>
              <dd className="mt-1 text-ink-muted">{route.fitsBest}</dd>
            </div>
            <div>
              <dt className="text-sm font-semibold text-ink">Hard blockers</dt>
              <dd className="mt-1 text-ink-muted">
                {route.blockers.length === 0 ? (
                  pageCopy.routesPage.noBlockers
                ) : (
                  <ul className="list-disc space-y-1 pl-5 marker:text-line-strong">
                    {route.blockers.map((blocker) => (
                      <li key={blocker}>{blocker}</li>
                    ))}
                  </ul>
                )}
              </dd>
            </div>
          </dl>
          <dl className="grid grid-cols-2 gap-4 rounded-xl bg-surface-sunken p-4">
            <div>
              <dt className="text-sm text-ink-muted">Time to first offer</dt>
              <dd className="font-semibold text-ink">{route.timeToOffer.label}</dd>
            </div>
            <div>
              <dt className="text-sm text-ink-muted">Cost</dt>
              <dd className="font-semibold text-ink">{route.cost}</dd>
            </div>
          </dl>
        </div>

        <div>
          <h3 className="text-sm font-semibold text-ink">The plan in outline</h3>
          <ol className="mt-3 flex flex-col gap-3">
            {route.steps.map((step, index) => (
              <li key={step.id} className="flex gap-3">
                <span
                  aria-hidden="true"
                  className="mt-0.5 flex size-7 shrink-0 items-center justify-center rounded-full bg-accent-soft text-sm font-semibold text-accent-text"
                >
                  {index + 1}
                </span>
                <div className="flex flex-col">
                  <span className="text-ink">{step.title}</span>
                  <span className="text-sm text-ink-muted">
                    {when(step)}
                    {step.interviewPractice && (
                      <>
                        {" · "}
                        <span className="font-medium text-accent-text">interview practice</span>
                      </>
                    )}
                  </span>
                </div>
              </li>
            ))}
          </ol>
        </div>
      </div>
    </section>
  );
}
