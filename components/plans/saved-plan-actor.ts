// Starts the saved-plan machine for one plan, as a source the page reads through its handle
// (components/plans/saved-plan.tsx). Its own module, loaded after the page has hydrated: the
// first load of a plan's page carries neither xstate, the machine nor the requests.
import { createActor } from "xstate";
import { listenerActors, requestActors } from "@/machines/requests";
import { savedPlanMachine, type SavedPlanInput } from "@/machines/saved-plan";
import { savedPlanImplementations } from "@/browser/saved-plan";
import type { PlanSource } from "./plan-source";

export function startSavedPlan(input: SavedPlanInput, options: Parameters<typeof savedPlanImplementations>[0]): PlanSource {
  const { requests, listeners, actions } = savedPlanImplementations(options);
  const actors = { ...requestActors(requests), ...listenerActors(listeners) };
  const actor = createActor(savedPlanMachine.provide({ actors, actions }), { input }).start();
  // The same object for the same machine snapshot, as React's external stores need.
  let last = actor.getSnapshot();
  let snapshot = { context: last.context, done: last.status === "done" };
  return {
    getSnapshot: () => {
      const now = actor.getSnapshot();
      if (now !== last) [last, snapshot] = [now, { context: now.context, done: now.status === "done" }];
      return snapshot;
    },
    subscribe: (listener) => {
      const subscription = actor.subscribe(listener);
      return () => subscription.unsubscribe();
    },
    send: (event) => actor.send(event),
    stop: () => actor.stop(),
  };
}
