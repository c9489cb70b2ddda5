// Shown for any address that has no page, and wherever a page calls notFound().
import type { Metadata } from "next";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { pageCopy } from "@/data/copy";
import { routeCount } from "@/data/route-facts";
import { HOME, ROUTES } from "@/lib/addresses";

export const metadata: Metadata = {
  title: "Page not found",
};

export default function NotFound() {
  return (
    <div className="mx-auto flex w-full max-w-2xl flex-col items-start gap-4 px-4 py-16 sm:px-6">
      <p className="text-sm font-semibold tracking-wide text-accent-text uppercase">Page not found</p>
      <h1 className="text-3xl font-bold tracking-tight text-ink sm:text-4xl">{pageCopy.notFound.heading}</h1>
      <p className="text-lg text-ink-muted">{pageCopy.notFound.text}</p>
      <div className="mt-2 flex flex-wrap gap-3">
        <Link href={HOME} className={buttonClasses()}>
          Go to the home page
        </Link>
        <Link href={ROUTES} className={buttonClasses({ variant: "secondary" })}>
          See all {routeCount} routes
        </Link>
      </div>
    </div>
  );
}
