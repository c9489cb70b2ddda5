"use client";
// The owner's everyday controls in the box under a saved plan's title (owner-panel.tsx): copy the
// link, rename, the private edit link for another device (the rest are in owner-tools.tsx).
// Loaded only once the browser knows it is the owner.
import dynamic from "next/dynamic";
import { useEffect, useId, useState } from "react";
import { shareUrl } from "@/lib/addresses";
import { Button } from "@/components/ui/button";
import { takeFlash } from "@/browser/flash";
import { copy } from "@/data/copy";
import { useCommand, useDevices, usePlanView } from "./saved-plan";
import { RenamePlan } from "./rename-plan";

// Downloaded when the owner asks for it.
const EditLinkPanel = dynamic(() => import("./edit-link").then((m) => m.EditLinkPanel), { ssr: false });

type Props = {
  siteOrigin: string;
  /** how opening the page from its edit link went, if it was */
  opened: string | null;
  className: string;
};

export function OwnerControls({ siteOrigin, opened, className }: Props) {
  const plan = usePlanView()!;
  const command = useCommand();
  const devices = useDevices();
  const [message, setMessage] = useState<string | null>(null);
  const [fallbackLink, setFallbackLink] = useState<string | null>(null);
  const [showEditLink, setShowEditLink] = useState(false);
  const editLinkId = useId();

  // A message left by the page before (saved, new link made), or how opening the page from its edit
  // link went, is announced once here.
  useEffect(() => {
    const note = takeFlash() ?? opened;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the flash lives in sessionStorage, which only the browser has, and is taken once after hydration
    if (note) setMessage(note);
  }, [opened]);

  async function copyLink() {
    const url = shareUrl(siteOrigin || window.location.origin, plan.id);
    try {
      await navigator.clipboard.writeText(url);
      setFallbackLink(null);
      setMessage("Link copied. Anyone with it can view this plan.");
    } catch {
      setFallbackLink(url);
      setMessage("Copying didn't work here; select the link below and copy it.");
    }
  }

  return (
    <section aria-labelledby="owner-heading" className={className}>
      <h2 id="owner-heading" className="text-lg font-semibold">
        This plan is yours
      </h2>
      <p className="mt-1 text-ink-muted">
        Only this browser, and any device you open a private edit link on, can change it. Anyone with the plan&rsquo;s link can view it.
      </p>
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
