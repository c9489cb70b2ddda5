"use client";
// The box under a saved plan's title. The owner gets the everyday controls (owner-controls.tsx);
// anyone else is told it is a shared, read-only plan. Until the browser has looked for the edit
// token (and checked an edit link the page was opened from) the box is empty but keeps its size.
import dynamic from "next/dynamic";
import Link from "next/link";
import { WIZARD } from "@/lib/addresses";
import { buttonClasses } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { copy } from "@/data/copy";
import { useEditLinkCheck, useIsOwner } from "./saved-plan";
import { editLinkMessage } from "./arrival-notice";

// The same reserved height for every state (measured at 390px and at desktop widths).
const panel = "rounded-2xl border border-line bg-surface-raised p-5 min-h-[20.75rem] sm:min-h-[14.375rem] print:hidden";
const waiting = <div className={cn(panel, "border-dashed bg-transparent")} />;

// Downloaded once the browser knows it is the owner: a viewer never loads it.
const OwnerControls = dynamic(() => import("./owner-controls").then((m) => m.OwnerControls), { ssr: false, loading: () => waiting });

/** shareLink: the plan's share link, as the server writes it (from the site's public origin, server/origin.ts) */
export function OwnerPanel({ shareLink }: { shareLink: string }) {
  const owner = useIsOwner();
  if (owner === undefined) return waiting;
  if (!owner) return <ViewerNote />;
  return <OwnerControls shareLink={shareLink} className={panel} />;
}

function ViewerNote() {
  const problem = editLinkMessage(useEditLinkCheck());
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
      <p className="mt-1 text-ink-muted">{copy.owner.viewer}</p>
      <p className="mt-2 text-ink-muted">{copy.owner.viewerCan}</p>
      <div className="mt-4">
        <Link href={WIZARD} className={buttonClasses({ variant: "secondary" })}>
          Find your own route
        </Link>
      </div>
    </section>
  );
}
