"use client";
// The box under a saved plan's title. The owner gets the everyday controls (owner-controls.tsx);
// anyone else is told it is a shared, read-only plan. Until the browser has looked for the edit
// token (and checked an edit link the page was opened from) the box is empty but keeps its size.
import dynamic from "next/dynamic";
import Link from "next/link";
import { failureMessage } from "@/lib/api-result";
import { buttonClasses } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { EditLinkCheck } from "@/machines/saved-plan-context";
import { WIZARD } from "@/lib/addresses";
import { useEditLinkCheck, useIsOwner } from "./saved-plan";

// The same reserved height for every state (measured at 390px and at desktop widths).
const panel = "rounded-2xl border border-line bg-surface-raised p-5 min-h-[20.75rem] sm:min-h-[14.375rem] print:hidden";
const waiting = <div className={cn(panel, "border-dashed bg-transparent")} />;

// Downloaded once the browser knows it is the owner: a viewer never loads it.
const OwnerControls = dynamic(() => import("./owner-controls").then((m) => m.OwnerControls), { ssr: false, loading: () => waiting });

/** siteOrigin: the site's origin for share links (ONEPATH_PUBLIC_URL, else the address the page came from) */
export function OwnerPanel({ siteOrigin }: { siteOrigin: string }) {
  const owner = useIsOwner();
  const opened = editLinkMessage(useEditLinkCheck());
  if (owner === undefined) return waiting;
  if (!owner) return <ViewerNote problem={opened} />;
  return <OwnerControls siteOrigin={siteOrigin} opened={opened} className={panel} />;
}

/** What to say about the edit link the page was opened from, if anything. */
function editLinkMessage(check: EditLinkCheck | null): string | null {
  if (check?.status !== "done") return null;
  const { failure, stored } = check;
  if (!failure) {
    return stored
      ? "This plan is yours on this device now: you can tick steps and change it here too."
      : "You can change this plan here for now, but this browser can't keep the edit link: open it again next time.";
  }
  if (failure.reason === "gone" || failure.reason === "invalid") {
    return "That edit link doesn't work: each edit link works once, on the first device that opens it, and a new link turns old ones off. It may also be cut short. You can still view the plan here.";
  }
  return `${failureMessage(failure, "check the edit link")} Open the edit link again to try once more.`;
}

function ViewerNote({ problem }: { problem: string | null }) {
  return (
    <section aria-labelledby="shared-heading" className={panel}>
      {problem ? (
        <p role="alert" className="mb-3 rounded-lg border-2 border-warning bg-warning-soft px-3 py-2 font-semibold text-ink">
          {problem}
        </p>
      ) : null}
      <h2 id="shared-heading" className="text-lg font-semibold">
        A shared plan
      </h2>
      <p className="mt-1 text-ink-muted">
        You&rsquo;re viewing a shared, read-only plan. Only the person who saved it can tick steps or change it.
      </p>
      <p className="mt-2 text-ink-muted">You can still download it, add it to your calendar or print it.</p>
      <div className="mt-4">
        <Link href={WIZARD} className={buttonClasses({ variant: "secondary" })}>
          Find your own route
        </Link>
      </div>
    </section>
  );
}
