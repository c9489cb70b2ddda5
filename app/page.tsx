// Landing page: what OnePath does, the way into the wizard, and every route at a glance.
import Link from "next/link";
import { RouteCard } from "@/components/route-card";
import { buttonClasses } from "@/components/ui/button";
import { pageCopy } from "@/data/copy";
import { routeCount, RouteCount } from "@/data/route-facts";
import { routes } from "@/data/routes";
import { ROUTES, routeHref, WIZARD } from "@/lib/addresses";

export default function HomePage() {
  return (
    <div className="mx-auto grid w-full max-w-6xl gap-10 px-4 py-10 sm:px-6 lg:grid-cols-12 lg:gap-12 lg:py-14">
      <section aria-labelledby="intro-title" className="flex flex-col gap-6 lg:col-span-5 lg:pt-6">
        <p className="text-sm font-semibold tracking-wide text-accent-text uppercase">For your first PM job</p>
        <h1 id="intro-title" className="text-[2.125rem] font-bold tracking-tight text-ink sm:text-5xl lg:text-[2.75rem]">
          {pageCopy.home.headline}
        </h1>
        <p className="text-lg text-ink-muted">{pageCopy.home.intro(routeCount)}</p>
        <div className="flex flex-wrap items-center gap-3 print:hidden">
          <Link href={WIZARD} className={buttonClasses({ size: "lg" })}>
            Find my route
            <svg viewBox="0 0 20 20" fill="currentColor" aria-hidden="true">
              <path
                fillRule="evenodd"
                d="M3 10a.75.75 0 0 1 .75-.75h10.64l-3.22-3.22a.75.75 0 1 1 1.06-1.06l4.5 4.5a.75.75 0 0 1 0 1.06l-4.5 4.5a.75.75 0 1 1-1.06-1.06l3.22-3.22H3.75A.75.75 0 0 1 3 10Z"
                clipRule="evenodd"
              />
            </svg>
          </Link>
          <Link href={ROUTES} className={buttonClasses({ variant: "ghost", size: "lg" })}>
            See all {routeCount}
          </Link>
        </div>
        <p className="max-w-prose border-l-4 border-accent pl-4 text-sm text-ink-muted">{pageCopy.home.whyOne(RouteCount)}</p>
      </section>

      <section aria-labelledby="routes-title" className="flex flex-col gap-4 lg:col-span-7">
        <div>
          <h2 id="routes-title" className="text-xl font-semibold text-ink">
            The {routeCount} routes at a glance
          </h2>
          <p className="text-sm text-ink-muted">{pageCopy.home.glance}</p>
        </div>
        <ul className="grid gap-3 sm:grid-cols-2">
          {routes.map((route) => (
            <li key={route.id}>
              <RouteCard route={route} href={routeHref(route.id)} />
            </li>
          ))}
          <li className="flex">
            <Link
              href={WIZARD}
              className="flex w-full flex-col justify-center gap-1 rounded-xl border-2 border-dashed border-line-strong p-4 text-ink no-underline transition-colors hover:border-accent hover:bg-accent-soft"
            >
              <span className="font-semibold text-accent-text">{pageCopy.home.notSure}</span>
              <span className="text-sm text-ink-muted">{pageCopy.home.notSureText}</span>
            </Link>
          </li>
        </ul>
      </section>
    </div>
  );
}
