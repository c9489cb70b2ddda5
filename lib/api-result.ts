// What a request to the saved-plans API comes back as, for the browser's client, the saved-plan
// machine and the screens: the data, or one of a few plain failures, each with one sentence that
// says what to do. A 409 carries the plan as it is now.
import { copy } from "@/data/copy";
import type { SavedPlan } from "./api-contract";

export type Failure =
  { ok: false; reason: "offline" | "gone" | "busy" | "server" | "invalid" } | { ok: false; reason: "conflict"; plan: SavedPlan };
export type Result<T> = { ok: true; data: T } | Failure;

/** A short, plain sentence for a failure, finishing "We couldn't <action>" (data/copy.ts). */
export const failureMessage = (failure: Failure, action: string): string => copy.failure[failure.reason](action);
