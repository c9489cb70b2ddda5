// Whether this browser may own a saved plan, read without reading its list of plans
// (browser/plan-store.ts, which parses every entry with the contract's schemas): a page opened by
// someone with the link, the usual case, loads neither that list's code nor the saved-plan
// machine. "May": the list's text names the plan's id, or an edit link waits to be taken; the
// machine then reads the list properly and decides.
import { EDIT_LINK_KEY } from "@/lib/edit-link-script";
import { onStoredChange, readStored } from "./storage";

/** Where this browser keeps its list of plans (localStorage). */
export const PLAN_STORE_KEY = "onepath.plans";

export function mayOwn(planId: string): boolean {
  return Boolean(readStored(PLAN_STORE_KEY)?.includes(JSON.stringify(planId))) || readStored(EDIT_LINK_KEY, "session") !== null;
}

/** Calls onChange when another tab changes this browser's list of plans; returns the unsubscribe. */
export const onPlanListChange = (onChange: () => void): (() => void) => onStoredChange(PLAN_STORE_KEY, onChange);
