// The requests a machine names (its promise actors) as the browser supplies them: plain async
// functions of the actor's input. Here they become xstate actors, so that browser/ (the browser's
// I/O) stays free of xstate, which only machines/ and the components that mount a machine use.
// Things to listen to (a subscribe function that sends events) become callback actors the same way.
import { fromCallback, fromPromise, type CallbackActorLogic, type EventObject, type PromiseActorLogic } from "xstate";

type Requests = Record<string, (input: never) => Promise<unknown>>;

/** Each request as the promise actor a machine's .provide() takes. */
export type RequestActors<R extends Requests> = { [K in keyof R]: PromiseActorLogic<Awaited<ReturnType<R[K]>>, Parameters<R[K]>[0]> };

export function requestActors<R extends Requests>(requests: R): RequestActors<R> {
  const actors = Object.entries(requests).map(([name, request]) => [name, fromPromise(({ input }) => request(input as never))]);
  return Object.fromEntries(actors) as RequestActors<R>;
}

type Listeners = Record<string, (input: never, send: never) => () => void>;

/** Each listener (a plain subscribe function of the actor's input and a way to send events) as the callback actor a machine's .provide() takes. */
export type ListenerActors<L extends Listeners> = { [K in keyof L]: CallbackActorLogic<EventObject, Parameters<L[K]>[0]> };

export function listenerActors<L extends Listeners>(listeners: L): ListenerActors<L> {
  const actors = Object.entries(listeners).map(([name, listen]) => [
    name,
    fromCallback(({ input, sendBack }) => listen(input as never, sendBack as never)),
  ]);
  return Object.fromEntries(actors) as ListenerActors<L>;
}
