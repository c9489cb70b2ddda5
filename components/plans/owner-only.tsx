"use client";
// What only the owner of a saved plan sees, downloaded only once the browser knows it is the
// owner: a viewer (and the first paint) never loads it. Nothing here is rendered on the server.
import dynamic from "next/dynamic";
import type { ComponentProps, ReactNode } from "react";
import { useIsOwner } from "./saved-plan";

const LazyBehind = dynamic(() => import("./behind").then((m) => m.Behind), { ssr: false });
const LazyOwnerTools = dynamic(() => import("./owner-tools").then((m) => m.OwnerTools), { ssr: false });

export const CheckInForm = dynamic(() => import("./check-in-form").then((m) => m.CheckInForm), { ssr: false });

export function Behind(props: ComponentProps<typeof LazyBehind>) {
  return useIsOwner() ? <LazyBehind {...props} /> : null;
}

/** What the server renders only for its owner to act on (the plan B's questions): shown once the browser knows it is the owner. */
export function ForOwner({ children }: { children: ReactNode }) {
  return useIsOwner() ? children : null;
}

export function OwnerTools(props: ComponentProps<typeof LazyOwnerTools>) {
  return useIsOwner() ? <LazyOwnerTools {...props} /> : null;
}
