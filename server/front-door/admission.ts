// Admission for pages rendered per request. Rendering is the costliest thing this server does, and
// it all runs on one thread: past a few renders at once the machine is no faster, every render just
// takes longer, and so does every other request waiting behind them (prerendered pages, the API,
// ticks). So a few run at once, twice as many more may wait their turn, and any further one is
// answered at once with 503 and Retry-After; a burst of renders then costs the rest of the site
// little. A waiting request whose client goes away gives its turn up. A connection that was told
// to retry later is not read from until then: a client that asks again at once (a script, a load
// generator) would otherwise keep the thread busy answering it, and the renders it waits for slow.
import type { IncomingMessage, ServerResponse } from "node:http";

/** What a refused render is told in Retry-After. */
export const BUSY_RETRY_SECONDS = 1;

/** Once the response is sent, reads nothing more from its connection for ms. */
export function holdConnection(request: IncomingMessage, response: ServerResponse, ms: number): void {
  const { socket } = request;
  response.once("finish", () => {
    socket.pause();
    setTimeout(() => socket.resume(), ms).unref();
  });
}
/** granted: true once it may render, false if it left while still waiting. leave: it is done. */
type Turn = { granted: Promise<boolean>; leave: () => void };

export type Admission = {
  /** A turn to render, or null when too many are rendering and waiting already. */
  enter(): Turn | null;
};

export function createAdmission(atOnce: number, mayWait = 2 * atOnce): Admission {
  let running = 0;
  const queue: (() => void)[] = [];

  /** A turn is over: the first in the queue takes it. */
  function pass() {
    const next = queue.shift();
    if (next) next();
    else running--;
  }

  return {
    enter() {
      const free = running < atOnce;
      if (!free && queue.length >= mayWait) return null;
      if (free) running++;
      let state: "waiting" | "running" | "done" = free ? "running" : "waiting";
      let settle: (granted: boolean) => void = () => undefined;
      const granted = free ? Promise.resolve(true) : new Promise<boolean>((resolve) => (settle = resolve));
      const start = () => {
        state = "running";
        settle(true);
      };
      if (!free) queue.push(start);
      return {
        granted,
        leave() {
          if (state === "running") pass();
          else if (state === "waiting") {
            queue.splice(queue.indexOf(start), 1);
            settle(false);
          }
          state = "done";
        },
      };
    },
  };
}
