"use client";
// The owner's less frequent actions, at the side of (or below) the plan: re-run the wizard with
// the same answers, make a new link (the old one stops working), delete. Nothing for a viewer;
// it sits last in its column, so appearing after the page loads moves nothing above it.
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { Button, buttonClasses } from "@/components/ui/button";
import { DeletePlan } from "./delete-plan";
import { failureMessage } from "./plan-client";
import { usePlanOwner } from "./plan-owner";

const wide = "w-full justify-start";

export function OwnerTools({ rerunHref }: { rerunHref: string }) {
  const { owner, revoke, remove } = usePlanOwner();
  const [confirming, setConfirming] = useState(false);
  const [revoking, setRevoking] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const revokeButton = useRef<HTMLButtonElement>(null);
  const confirmBox = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (confirming) confirmBox.current?.focus();
  }, [confirming]);

  if (!owner) return null;

  async function confirmRevoke() {
    if (revoking) return;
    setRevoking(true);
    const failure = await revoke();
    if (failure) {
      setRevoking(false);
      setMessage(failureMessage(failure, "make a new link"));
    }
  }

  function cancelRevoke() {
    setConfirming(false);
    revokeButton.current?.focus();
  }

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
          <Button
            ref={revokeButton}
            variant="secondary"
            className={wide}
            aria-expanded={confirming}
            onClick={() => setConfirming(!confirming)}
          >
            Make a new link
          </Button>
        </li>
        <li>
          <DeletePlan onDelete={remove} className={wide} />
        </li>
      </ul>

      {confirming ? (
        <div
          ref={confirmBox}
          tabIndex={-1}
          role="group"
          aria-labelledby="revoke-title"
          aria-describedby="revoke-description"
          className="rounded-xl border border-line-strong bg-surface-raised p-4"
        >
          <p id="revoke-title" className="font-semibold">
            Make a new link for this plan?
          </p>
          <p id="revoke-description" className="mt-1 text-sm text-ink-muted">
            The current link will stop working for everyone who has it, on any device. This browser keeps the plan
            and gets the new link.
          </p>
          <div className="mt-3 flex flex-wrap gap-2">
            <Button onClick={confirmRevoke} disabled={revoking}>
              {revoking ? "Making a new link…" : "Yes, make a new link"}
            </Button>
            <Button variant="secondary" disabled={revoking} onClick={cancelRevoke}>
              Keep this link
            </Button>
          </div>
        </div>
      ) : null}

      <p role="status" className="text-sm">
        {message}
      </p>
    </section>
  );
}
