// The plans saved from this browser, and the edit token that makes this browser their owner. The
// token lives only here (localStorage "onepath.plans"); it never goes in a URL, a query or a log.
// Stored data is parsed on every read: garbage gives an empty list, a bad entry is dropped.
import * as z from "@/data/zod";
import { EditToken, PlanId } from "@/lib/api-contract";
import { TITLE_MAX } from "@/lib/plan-title";
import { PLAN_STORE_KEY } from "./plan-ownership";
import { onStoredChange, readStored, writeStored } from "./storage";

export { PLAN_STORE_KEY };

const StoredPlan = z.object({
  id: PlanId,
  editToken: EditToken,
  title: z.string().check(z.maxLength(TITLE_MAX)),
  /** the name of the plan's route, for the list */
  routeName: z.string().check(z.maxLength(200)),
  savedAt: z.iso.datetime(),
  /** the plan this one was switched from at its checkpoint, when this browser made the switch */
  from: z.optional(PlanId),
  /** the plan this one was switched to */
  to: z.optional(PlanId),
});
export type StoredPlan = z.infer<typeof StoredPlan>;

const CHANGE_EVENT = "onepath.plans.change";
const EMPTY: readonly StoredPlan[] = Object.freeze([]);

/** An entry kept when the route's name was stored under "route": read with its name under routeName. */
function withRouteName(item: unknown): unknown {
  if (typeof item !== "object" || item === null || !("route" in item) || "routeName" in item) return item;
  const { route, ...rest } = item as Record<string, unknown>;
  return { ...rest, routeName: route };
}

/** Parses the stored list: newest first, one entry per id, anything malformed left out. */
export function parsePlanStore(raw: string | null): StoredPlan[] {
  if (!raw) return [];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  const plans: StoredPlan[] = [];
  for (const item of value) {
    const parsed = StoredPlan.safeParse(withRouteName(item));
    if (!parsed.success || seen.has(parsed.data.id)) continue;
    seen.add(parsed.data.id);
    plans.push(parsed.data);
  }
  return plans.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

// useSyncExternalStore needs the same array back while the stored text has not changed.
let cached: { raw: string | null; plans: readonly StoredPlan[] } = { raw: null, plans: EMPTY };

/** Every plan this browser saved, newest first. */
export function listPlans(): readonly StoredPlan[] {
  const raw = readStored(PLAN_STORE_KEY); // null without storage: nothing is owned here
  if (raw !== cached.raw) cached = { raw, plans: parsePlanStore(raw) };
  return cached.plans;
}

/** The stored entry (and so the edit token) for a plan, if this browser owns it. */
export const findPlan = (id: string): StoredPlan | undefined => listPlans().find((p) => p.id === id);

function write(plans: readonly StoredPlan[]): boolean {
  if (!writeStored(PLAN_STORE_KEY, JSON.stringify(plans))) return false;
  window.dispatchEvent(new Event(CHANGE_EVENT));
  return true;
}

/** Remembers a newly saved plan; false when this browser cannot store it. */
export function addPlan(plan: StoredPlan): boolean {
  return write([StoredPlan.parse(plan), ...listPlans().filter((p) => p.id !== plan.id)]);
}

export function renamePlan(id: string, title: string): void {
  if (findPlan(id)) write(listPlans().map((p) => (p.id === id ? { ...p, title } : p)));
}

/** After a new link was made the plan lives at a new id, with a new edit token. */
export function recordNewLink(oldId: string, newId: string, editToken: string): void {
  if (findPlan(oldId)) write(listPlans().map((p) => (p.id === oldId ? { ...p, id: newId, editToken } : p)));
}

/** A switch at the checkpoint: this browser keeps the new plan, and both entries point at each other. */
export function recordSwitch(from: string, plan: StoredPlan): boolean {
  const others = listPlans()
    .filter((p) => p.id !== plan.id)
    .map((p) => (p.id === from ? { ...p, to: plan.id } : p));
  return write([StoredPlan.parse({ ...plan, from }), ...others]);
}

/** The plan switched to, reached from the plan switched from: the same edit token opens it, so this browser keeps it too. */
export function keepSwitched(from: string, to: string, editToken: string, routeName: string): void {
  if (findPlan(to)) return;
  recordSwitch(from, { id: to, editToken, title: `${routeName} plan`, routeName, savedAt: new Date().toISOString() });
}

/** Removes the plan from this browser only; the plan itself stays online. */
export function forgetPlan(id: string): void {
  if (findPlan(id)) write(listPlans().filter((p) => p.id !== id));
}

/** For useSyncExternalStore: changes from this tab and from other tabs. */
export function subscribePlans(onChange: () => void): () => void {
  window.addEventListener(CHANGE_EVENT, onChange);
  const stop = onStoredChange(PLAN_STORE_KEY, onChange);
  return () => {
    window.removeEventListener(CHANGE_EVENT, onChange);
    stop();
  };
}
