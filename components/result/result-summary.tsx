// The top of a result, wherever it appears (the result page, a saved plan, print): the route, the
// level to aim for, when the first offers come, the cost, any warning, and why the route fits.
// Renders lib/result-view.ts, so each fact is written once and reads the same everywhere.
import Link from "next/link";
import { copy } from "@/data/copy";
import { getRoute } from "@/data/routes";
import { LADDER, routeHref } from "@/lib/addresses";
import type { ResultView } from "@/lib/result-view";

type Props = {
  view: ResultView;
  /** the route's name is the page's h1 on a result, an h2 under a saved plan's title */
  headingLevel: "h1" | "h2";
  eyebrow?: string;
};

export function ResultSummary({ view, headingLevel: Heading, eyebrow }: Props) {
  const Sub = Heading === "h1" ? "h2" : "h3";
  return (
    <>
      <header>
        {eyebrow ? <p className="text-sm font-semibold tracking-wide text-accent-text uppercase">{eyebrow}</p> : null}
        <Heading
          className={
            Heading === "h1" ? "mt-2 text-4xl font-bold tracking-tight text-balance sm:text-5xl" : "text-3xl font-bold tracking-tight"
          }
        >
          <Link href={routeHref(view.route.id)} className="hover:underline">
            {view.route.name}
          </Link>
        </Heading>
        <p className="mt-3 text-lg text-ink-muted">{getRoute(view.route.id).summary}</p>
        <dl className="mt-5 flex flex-wrap gap-3 text-sm">
          {view.facts.map(({ term, value, note }) => (
            <div key={term} className="rounded-lg border border-line bg-surface-raised px-3 py-2 print:border-0 print:p-0 print:pr-4">
              <dt className="text-ink-muted">{term}</dt>
              <dd className="font-semibold">{value}</dd>
              {note ? <dd className="text-ink-muted">{note}</dd> : null}
            </div>
          ))}
        </dl>
      </header>

      {view.warnings.map((warning) => (
        // An alert, so that a screen reader announces it when the page arrives; named by its heading.
        <section
          key={warning.id}
          role="alert"
          aria-labelledby={`warning-${warning.id}`}
          className="rounded-2xl border-2 border-warning bg-warning-soft px-5 py-4 text-ink"
        >
          <Sub id={`warning-${warning.id}`} className="text-lg font-bold">
            {warning.heading}
          </Sub>
          <p className="mt-1">{warning.text}</p>
        </section>
      ))}

      <section aria-labelledby="why-heading">
        <Sub id="why-heading" className="text-2xl font-bold tracking-tight">
          {copy.result.whyHeading}
        </Sub>
        <ul className="mt-3 grid gap-2">
          {view.reasons.map((reason) => (
            <li key={reason} className="rounded-lg border border-line bg-surface-raised px-4 py-3 print:border-0 print:px-0 print:py-0.5">
              {reason}
            </li>
          ))}
        </ul>
        {view.closeSecond ? (
          <p className="mt-3 rounded-xl border border-line bg-accent-soft px-4 py-3">
            <strong>{copy.result.closeCall} </strong>
            {view.closeSecond}
          </p>
        ) : null}
        <p className="mt-3 text-sm text-ink-muted">
          {view.level.name}: {view.level.summary}{" "}
          <Link href={LADDER} className="font-medium text-accent-text print:hidden">
            About the PM ladder
          </Link>
        </p>
      </section>
    </>
  );
}
