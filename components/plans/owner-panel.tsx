"use client";
// The box under a saved plan's title. The owner gets the everyday controls (copy the link,
// rename; the rest are in owner-tools.tsx); anyone else is told it is a shared, read-only plan.
// Until the browser has looked for the edit token the box is empty but keeps its size.
import Link from "next/link";
import { useEffect, useState } from "react";
import { planUrl } from "@/lib/api-contract";
import { Button, buttonClasses } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { takeFlash } from "@/browser/flash";
import { useIsOwner, usePlanView } from "./saved-plan";
import { RenamePlan } from "./rename-plan";

// The same reserved height for every state (measured at 390px and at desktop widths).
const panel = "rounded-2xl border border-line bg-surface-raised p-5 min-h-[17.25rem] sm:min-h-[14rem] print:hidden";

/** siteOrigin: the site's origin for share links (ONEPATH_PUBLIC_URL, else the address the page came from) */
export function OwnerPanel({ siteOrigin }: { siteOrigin: string }) {
  const owner = useIsOwner();
  if (owner === undefined) return <div className={cn(panel, "border-dashed bg-transparent")} />;
  if (!owner) return <ViewerNote />;
  return <OwnerControls siteOrigin={siteOrigin} />;
}

function ViewerNote() {
  return (
    <section aria-labelledby="shared-heading" className={panel}>
      <h2 id="shared-heading" className="text-lg font-semibold">
        A shared plan
      </h2>
      <p className="mt-1 text-ink-muted">
        You&rsquo;re viewing a shared, read-only plan. Only the person who saved it can tick steps or change it.
      </p>
      <p className="mt-2 text-ink-muted">You can still download it, add it to your calendar or print it.</p>
      <div className="mt-4">
        <Link href="/wizard" className={buttonClasses({ variant: "secondary" })}>
          Find your own route
        </Link>
      </div>
    </section>
  );
}

function OwnerControls({ siteOrigin }: { siteOrigin: string }) {
  const plan = usePlanView()!;
  const [message, setMessage] = useState<string | null>(null);
  const [fallbackLink, setFallbackLink] = useState<string | null>(null);

  // A message left by the page before (saved, new link made) is announced once here.
  useEffect(() => {
    const flash = takeFlash();
    if (flash) setMessage(flash);
  }, []);

  async function copyLink() {
    const url = `${siteOrigin || window.location.origin}${planUrl(plan.id)}`;
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
    <section aria-labelledby="owner-heading" className={panel}>
      <h2 id="owner-heading" className="text-lg font-semibold">
        This plan is yours
      </h2>
      <p className="mt-1 text-ink-muted">
        Only this browser can change it. The link is your way back on another device, and anyone with the link can
        view the plan.
      </p>
      <div className="mt-4 flex flex-wrap gap-2">
        <Button variant="secondary" onClick={copyLink}>
          Copy link
        </Button>
        <RenamePlan />
      </div>

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
