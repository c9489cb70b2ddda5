// Starts the saved-plan machine for one plan, as a source the page reads through its handle
// (components/plans/saved-plan.tsx). Its own module, loaded after the page has hydrated: the
// first load of a plan's page carries neither xstate, the machine nor the requests.
import { createActor } from "xstate";
import { listenerActors, requestActors } from "@/machines/requests";
import { savedPlanMachine, type SavedPlanInput } from "@/machines/saved-plan";
import { savedPlanImplementations } from "@/browser/saved-plan";
import { actorSource } from "@/components/ui/source";
import type { PlanSource } from "./plan-source";

export function startSavedPlan(input: SavedPlanInput, options: Parameters<typeof savedPlanImplementations>[0]): PlanSource {
  const { requests, listeners, actions } = savedPlanImplementations(options);
  const actors = { ...requestActors(requests), ...listenerActors(listeners) };
  const actor = createActor(savedPlanMachine.provide({ actors, actions }), { input }).start();
  return actorSource(actor, (snapshot) => ({ context: snapshot.context, done: snapshot.status === "done" }));
}
