"use client";
// The owner's less frequent actions, at the side of (or below) the plan: re-run the wizard with
// the same answers, make a new link (the old one stops working), delete. Nothing for a viewer;
// it sits last in its column, so appearing after the page loads moves nothing above it.
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { DeletePlan } from "./delete-plan";
import { NewLink } from "./new-link";
import { useIsOwner } from "./saved-plan";

const wide = "w-full justify-start";

export function OwnerTools({ rerunHref }: { rerunHref: string }) {
  if (!useIsOwner()) return null;
  return (
    <section aria-labelledby="tools-heading" className="grid gap-3 print:hidden">
      <h2 id="tools-heading" className="text-lg font-semibold">
        Change this plan
      </h2>
      <ul className="grid gap-2">
        <li>
          <Link href={rerunHref} className={buttonClasses({ variant: "secondary", className: wide })}>
            Re-run with my answers
          </Link>
        </li>
        <li>
          <NewLink className={wide} />
        </li>
        <li>
          <DeletePlan className={wide} />
        </li>
      </ul>
    </section>
  );
}
