// What the parts of a saved plan's page read: a snapshot of the saved-plan machine's context,
// from the machine once it runs, or (for a viewer, and until the owner's machine has started)
// from the plan as the server rendered it (components/ui/source.ts).
import type { Source } from "@/components/ui/source";
import { initialContext, type SavedPlanContext, type SavedPlanEvent, type SavedPlanInput } from "@/machines/saved-plan-context";

export type PlanSnapshot = { context: SavedPlanContext; done: boolean };

export type PlanSource = Source<PlanSnapshot, SavedPlanEvent>;

/**
 * The plan as rendered, read-only: until the machine knows who this browser is (viewer: false),
 * or, for a browser that cannot own the plan, for good (viewer: true).
 */
export function staticSource(input: SavedPlanInput, viewer = false): PlanSource {
  const context = initialContext(input);
  const snapshot = { context: viewer ? { ...context, owner: null } : context, done: false };
  return { getSnapshot: () => snapshot, subscribe: () => () => {}, send: () => {} };
}
