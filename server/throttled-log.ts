// A log that a failure repeated on every request cannot flood. Each kind of line is written at once
// the first time; repeats of it are then only counted, and when a minute has passed one line says
// how many there were ("store: get failed (57014): 6 more times in the last 60 s"). A kind that
// went on failing is counted for another minute; one with no repeats in its minute starts afresh.
// The rate limiter's warnings and the plan store's failures both go through it. No "server-only":
// the front door's rate limiter runs outside Next.

export type Log = (message: string) => void;

/** How long the repeats of one kind of line are counted before one line says how many. */
export const REPEATS_WINDOW_MS = 60_000;

export type ThrottledLog = {
  /** Logs the message, unless a line of its kind (by default the message itself) was logged within the window: then counts it. */
  (message: string, kind?: string): void;
  /** Says now how many repeats each kind has had, and starts every kind afresh (when stopping, or between tests). */
  flush(): void;
};

type Window = { since: number; repeats: number; timer: NodeJS.Timeout };

export function throttledLog(log: Log, windowMs = REPEATS_WINDOW_MS): ThrottledLog {
  const windows = new Map<string, Window>();

  function open(kind: string) {
    // unref: a window still counting never keeps a stopping process alive.
    windows.set(kind, { since: Date.now(), repeats: 0, timer: setTimeout(() => close(kind), windowMs).unref() });
  }

  function sayRepeats(kind: string, { since, repeats }: Window) {
    const seconds = Math.max(1, Math.round((Date.now() - since) / 1000));
    if (repeats > 0) log(`${kind}: ${repeats} more ${repeats === 1 ? "time" : "times"} in the last ${seconds} s`);
  }

  function close(kind: string) {
    const window = windows.get(kind)!;
    windows.delete(kind);
    sayRepeats(kind, window);
    if (window.repeats > 0) open(kind);
  }

  const throttled = (message: string, kind = message) => {
    const window = windows.get(kind);
    if (window) return void window.repeats++;
    log(message);
    open(kind);
  };
  throttled.flush = () => {
    for (const [kind, window] of windows) {
      clearTimeout(window.timer);
      sayRepeats(kind, window);
    }
    windows.clear();
  };
  return throttled;
}
