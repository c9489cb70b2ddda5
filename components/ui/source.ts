// What the parts of a screen run by a machine read and send to: first the state the server
// rendered, then the machine, once its code (XState with it) has loaded after the page. One stable
// handle keeps the screen subscribed across the switch. Used by a saved plan's page
// (components/plans/plan-source.ts) and the wizard (components/wizard/wizard-source.ts).

export type Source<Snapshot, Event> = {
  getSnapshot: () => Snapshot;
  subscribe: (listener: () => void) => () => void;
  send: (event: Event) => void;
  /** stops what the source runs (the machine), when the page leaves */
  stop?: () => void;
};

/** A stable source whose underlying source can be replaced (by the machine, once it runs). */
export function replaceable<S, E>(first: Source<S, E>): Source<S, E> & { replace(next: Source<S, E>): void } {
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

/** What a source needs of a running actor (an XState actor, without importing XState here). */
type Actor<A, E> = {
  getSnapshot: () => A;
  subscribe: (listener: () => void) => { unsubscribe: () => void };
  send: (event: E) => void;
  stop: () => void;
};

/** A running actor as a source: the same view object for the same actor snapshot, as React's external stores need. */
export function actorSource<A, S, E>(actor: Actor<A, E>, view: (snapshot: A) => S): Source<S, E> {
  let last = actor.getSnapshot();
  let snapshot = view(last);
  return {
    getSnapshot: () => {
      const now = actor.getSnapshot();
      if (now !== last) [last, snapshot] = [now, view(now)];
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
