// What the parts of a saved plan's page read: a snapshot of the saved-plan machine's context,
// from the machine once it runs, or (for a viewer, and until the owner's machine has started)
// from the plan as the server rendered it. One handle keeps the page subscribed across the switch.
import { initialContext, type SavedPlanContext, type SavedPlanEvent, type SavedPlanInput } from "@/machines/saved-plan-context";

export type PlanSnapshot = { context: SavedPlanContext; done: boolean };

export type PlanSource = {
  getSnapshot: () => PlanSnapshot;
  subscribe: (listener: () => void) => () => void;
  send: (event: SavedPlanEvent) => void;
  /** stops what the source runs (the machine), when the page leaves */
  stop?: () => void;
};

/** The plan as rendered, read-only: what a viewer's page needs. */
export function staticSource(input: SavedPlanInput): PlanSource {
  const snapshot = { context: initialContext(input), done: false };
  return { getSnapshot: () => snapshot, subscribe: () => () => {}, send: () => {} };
}

/** A stable source whose underlying source can be replaced once (by the machine). */
export function handle(first: PlanSource): PlanSource & { replace(next: PlanSource): void } {
  let source = first;
  const listeners = new Set<() => void>();
  const emit = () => listeners.forEach((listener) => listener());
  let stop = source.subscribe(emit);
  return {
    getSnapshot: () => source.getSnapshot(),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    send: (event) => source.send(event),
    replace(next) {
      stop();
      source = next;
      stop = next.subscribe(emit);
      emit();
    },
  };
}
