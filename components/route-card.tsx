// A route at a glance: name, one-line summary, time to first offer and cost. With an href the
// whole card is one link (the name's link stretches over the card), so it is one tab stop.
import Link from "next/link";
import type { Route } from "@/data/schema";
import { cn } from "./ui/cn";

export type RouteCardProps = {
  route: Route;
  /** where the card leads, e.g. `/routes#networking`; without it the card is plain text */
  href?: string;
  /** the element for the route's name, so the card fits the page's heading outline */
  heading?: "h2" | "h3" | "p";
  className?: string;
};

export function RouteCard({ route, href, heading: Heading = "h3", className }: RouteCardProps) {
  return (
    <article
      className={cn(
        "relative flex h-full flex-col gap-2 rounded-xl border border-line bg-surface-raised p-4 shadow-xs",
        href &&
          "transition-colors hover:border-line-strong has-[a:focus-visible]:outline-3 " +
            "has-[a:focus-visible]:outline-offset-2 has-[a:focus-visible]:outline-focus",
        className,
      )}
    >
      <Heading className="text-base font-semibold leading-snug text-ink">
        {href ? (
          <Link
            href={href}
            className="text-ink no-underline after:absolute after:inset-0 after:rounded-xl after:content-[''] hover:text-accent-text focus-visible:outline-none"
          >
            {route.name}
          </Link>
        ) : (
          route.name
        )}
      </Heading>
      <p className="text-sm text-ink-muted">{route.summary}</p>
      <dl className="mt-auto flex flex-wrap gap-x-4 gap-y-1 pt-1 text-sm">
        <div className="flex gap-1.5">
          <dt className="text-ink-muted">First offer</dt>
          <dd className="font-medium text-ink">{route.timeToOffer.label}</dd>
        </div>
        <div className="flex gap-1.5">
          <dt className="text-ink-muted">Cost</dt>
          <dd className="font-medium text-ink">{route.cost}</dd>
        </div>
      </dl>
    </article>
  );
}
