// The requests a machine names (its promise actors) as the browser supplies them: plain async
// functions of the actor's input. Here they become xstate actors, so that browser/ (the browser's
// I/O) stays free of xstate, which only machines/ and the components that mount a machine use.
import { fromPromise, type PromiseActorLogic } from "xstate";

type Requests = Record<string, (input: never) => Promise<unknown>>;

/** Each request as the promise actor a machine's .provide() takes. */
export type RequestActors<R extends Requests> = { [K in keyof R]: PromiseActorLogic<Awaited<ReturnType<R[K]>>, Parameters<R[K]>[0]> };

export function requestActors<R extends Requests>(requests: R): RequestActors<R> {
  const actors = Object.entries(requests).map(([name, request]) => [name, fromPromise(({ input }) => request(input as never))]);
  return Object.fromEntries(actors) as RequestActors<R>;
}
