"use client";
// The saved plan's title as the page's h1; it follows a rename without a reload.
import { usePlanView } from "./saved-plan";

export function PlanHeading({ className }: { className?: string }) {
  return <h1 className={className}>{usePlanView()?.title}</h1>;
}
