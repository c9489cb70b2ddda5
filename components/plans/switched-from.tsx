"use client";
// "Switched from Internal transfer on 3 Mar 2027", with a link to that plan for the browser that
// made the switch (it keeps both plans; the link is the other plan's key, so nobody else gets it).
import Link from "next/link";
import { copy } from "@/data/copy";
import { planPath } from "@/lib/addresses";
import type { SwitchLink } from "@/lib/api-contract";
import { formatDate } from "@/lib/dates";
import { useStoredPlans } from "./stored-plans";

export function SwitchedFrom({ planId, from }: { planId: string; from: SwitchLink }) {
  const previous = useStoredPlans((store) => store.findPlan(planId)?.from ?? null, null);
  return (
    <p className="mt-2 rounded-xl border border-line bg-accent-soft px-4 py-2">
      {copy.living.switchedFrom(from.name, formatDate(from.on))}{" "}
      {previous ? (
        <Link href={planPath(previous)} className="font-semibold text-accent-text">
          Open that plan
        </Link>
      ) : null}
    </p>
  );
}
