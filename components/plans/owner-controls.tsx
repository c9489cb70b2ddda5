"use client";
// The owner's everyday controls in the box under a saved plan's title (owner-panel.tsx): copy the
// link, rename, the private edit link for another device (the rest are in owner-tools.tsx).
// Loaded only once the browser knows it is the owner.
import dynamic from "next/dynamic";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { copy } from "@/data/copy";
import { useCommand, useDevices } from "./saved-plan";
import { RenamePlan } from "./rename-plan";

// Downloaded when the owner asks for it.
const EditLinkPanel = dynamic(() => import("./edit-link").then((m) => m.EditLinkPanel), { ssr: false });

type Props = {
  /** the plan's share link, as the server writes it (from the site's public origin, server/origin.ts) */
  shareLink: string;
  className: string;
};

export function OwnerControls({ shareLink, className }: Props) {
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
    <section aria-labelledby="owner-heading" className={className}>
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
