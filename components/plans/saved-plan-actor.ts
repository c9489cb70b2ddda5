// Starts the saved-plan machine for one plan, as a source the page reads through its handle
// (components/plans/saved-plan.tsx). Its own module, loaded on demand: a viewer never downloads
// xstate, the machine or the requests.
import { createActor } from "xstate";
import { requestActors } from "@/machines/requests";
import { savedPlanMachine, type SavedPlanInput } from "@/machines/saved-plan";
import { savedPlanImplementations } from "@/browser/saved-plan";
import type { PlanSource } from "./plan-source";

export function startSavedPlan(input: SavedPlanInput, options: Parameters<typeof savedPlanImplementations>[0]): PlanSource {
  const { requests, actions } = savedPlanImplementations(options);
  const actor = createActor(savedPlanMachine.provide({ actors: requestActors(requests), actions }), { input }).start();
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
  };
}
