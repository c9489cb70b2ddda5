"use client";
// The saved plan's title as the page's h1; it follows a rename without a reload.
import { usePlanOwner } from "./plan-owner";

export function PlanHeading({ className }: { className?: string }) {
  const { plan } = usePlanOwner();
  return <h1 className={className}>{plan.title}</h1>;
}
