"use client";
// The box under a saved plan's title. The owner gets the everyday controls (copy the link,
// rename, the private edit link for another device; the rest are in owner-tools.tsx); anyone
// else is told it is a shared, read-only plan. Until the browser has looked for the edit token
// (and checked an edit link the page was opened from) the box is empty but keeps its size.
import dynamic from "next/dynamic";
import Link from "next/link";
import { useId, useState } from "react";
import { WIZARD } from "@/lib/addresses";
import { Button, buttonClasses } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { copy } from "@/data/copy";
import { useCommand, useDevices, useEditLinkCheck, useIsOwner } from "./saved-plan";
import { RenamePlan } from "./rename-plan";
import { editLinkMessage } from "./arrival-notice";

// Downloaded when the owner asks for it: a viewer never loads it.
const EditLinkPanel = dynamic(() => import("./edit-link").then((m) => m.EditLinkPanel), { ssr: false });

// The same reserved height for every state (measured at 390px and at desktop widths).
const panel = "rounded-2xl border border-line bg-surface-raised p-5 min-h-[20.75rem] sm:min-h-[14.375rem] print:hidden";

/** shareLink: the plan's share link, as the server writes it (from the site's public origin, server/origin.ts) */
export function OwnerPanel({ shareLink }: { shareLink: string }) {
  const owner = useIsOwner();
  if (owner === undefined) return <div className={cn(panel, "border-dashed bg-transparent")} />;
  if (!owner) return <ViewerNote />;
  return <OwnerControls shareLink={shareLink} />;
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

function OwnerControls({ shareLink }: { shareLink: string }) {
  const command = useCommand();
  const devices = useDevices();
  const [message, setMessage] = useState<string | null>(null);
  const [fallbackLink, setFallbackLink] = useState<string | null>(null);
  const [showEditLink, setShowEditLink] = useState(false);
  const editLinkId = useId();

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(shareLink);
      setFallbackLink(null);
      setMessage(copy.owner.copied);
    } catch {
      setFallbackLink(shareLink);
      setMessage(copy.owner.copyFailed);
    }
  }

  return (
    <section aria-labelledby="owner-heading" className={panel}>
      <h2 id="owner-heading" className="text-lg font-semibold">
        This plan is yours
      </h2>
      <p className="mt-1 text-ink-muted">{copy.owner.intro}</p>
      <div className="mt-4 flex flex-wrap gap-2">
        <Button variant="secondary" onClick={() => void copyLink()}>
          Copy link
        </Button>
        <Button
          variant="secondary"
          aria-expanded={showEditLink}
          aria-controls={editLinkId}
          onClick={() => {
            // Each time it opens, a fresh link that works once.
            if (!showEditLink) command({ command: "edit-link", body: {} });
            setShowEditLink(!showEditLink);
          }}
        >
          Private edit link
        </Button>
        <RenamePlan />
      </div>
      {devices ? (
        <p className="mt-3 text-sm text-ink-muted">
          {copy.editLink.devices(devices.devices)} {devices.linkWaiting ? copy.editLink.waiting : ""}
        </p>
      ) : null}
      {showEditLink ? <EditLinkPanel id={editLinkId} /> : null}

      {fallbackLink ? (
        <label className="mt-3 grid gap-1 text-sm font-semibold">
          Link to this plan
          <input
            readOnly
            value={fallbackLink}
            onFocus={(e) => e.currentTarget.select()}
            className="min-h-11 w-full rounded-lg border border-line-strong bg-surface px-3 font-mono text-sm font-normal text-ink"
          />
        </label>
      ) : null}

      <p role="status" className="mt-3 min-h-6 text-sm">
        {message}
      </p>
    </section>
  );
}
