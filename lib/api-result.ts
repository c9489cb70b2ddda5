// What a request to the saved-plans API comes back as, for the browser's client, the saved-plan
// machine and the screens: the data, or one of a few plain failures, each with one sentence that
// says what to do. A 409 carries the plan as it is now.
import type { SavedPlan } from "./api-contract";

export type Failure =
  { ok: false; reason: "offline" | "gone" | "busy" | "server" | "invalid" } | { ok: false; reason: "conflict"; plan: SavedPlan };
export type Result<T> = { ok: true; data: T } | Failure;

/** A short, plain sentence for a failure, finishing "We couldn't <action>." */
export function failureMessage(failure: Failure, action: string): string {
  switch (failure.reason) {
    case "offline":
      return `We couldn't ${action}: you seem to be offline. Check your connection and try again.`;
    case "busy":
      return `We couldn't ${action}: too many changes in a short time. Wait a minute and try again.`;
    case "gone":
      return `We couldn't ${action}: this plan was deleted or got a new link, maybe on another device.`;
    case "conflict":
      return `We couldn't ${action}: the plan kept changing in another tab. Reload the page and try again.`;
    case "invalid":
      return `We couldn't ${action}: something in the request wasn't accepted.`;
    case "server":
      return `We couldn't ${action} because of a problem on our side. Try again in a moment.`;
  }
}
