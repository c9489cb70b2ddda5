// Counts in this process, in bounded memory and constant time per request. Windows live in two
// generations of maps: every minute (by a timer, or by the next request when the timer is late)
// the older generation is dropped whole, so an expired window never stays more than two minutes.
// A generation that reaches maxKeys turns over early (a flood of new clients), so at most
// 2 x maxKeys such windows exist; keys are short and checked by the caller.
//
// A flood must not free a client that is already at its limit, so a window that reaches its
// limit moves to a third map that only time empties: it stays until its minute is over, however
// many new clients arrive. That map stays small (each window in it took a whole limit of requests
// in one minute), is capped at maxKeys too, and is the only one ever scanned: once a minute.
import { type Count, WINDOW_MS, type WindowStore } from "./windows";

type Window = { start: number; count: number };

export class MemoryWindows implements WindowStore {
  private current = new Map<string, Window>();
  private previous = new Map<string, Window>();
  private readonly held = new Map<string, Window>();
  private turnedAt: number;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly maxKeys = 100_000,
    private readonly clock: () => number = Date.now,
  ) {
    this.turnedAt = clock();
    this.timer = setInterval(() => this.sweep(), WINDOW_MS).unref();
  }

  /** How many windows are held. */
  get size(): number {
    return this.current.size + this.previous.size + this.held.size;
  }

  hit(key: string, limit: number): Count {
    const now = this.clock();
    this.sweep(now);
    const held = this.held.get(key);
    if (held && now - held.start < WINDOW_MS) return this.count(held, now);
    this.held.delete(key);
    let window = this.current.get(key);
    if (!window) {
      const older = this.previous.get(key);
      if (older && now - older.start < WINDOW_MS) window = older; // still running: carry it over
      if (this.current.size >= this.maxKeys) this.turnOver(now);
      this.previous.delete(key);
      window ??= { start: now, count: 0 };
      this.current.set(key, window);
    } else if (now - window.start >= WINDOW_MS) {
      window.start = now;
      window.count = 0;
    }
    if (window.count + 1 >= limit && this.held.size < this.maxKeys) {
      this.current.delete(key);
      this.held.set(key, window);
    }
    return this.count(window, now);
  }

  private count(window: Window, now: number): Count {
    window.count++;
    return { count: window.count, start: window.start, now };
  }

  /** Drops the older generation, and held windows whose minute is over, once a minute. */
  sweep(now = this.clock()): void {
    if (now - this.turnedAt < WINDOW_MS) return;
    this.turnOver(now);
    for (const [key, window] of this.held) if (now - window.start >= WINDOW_MS) this.held.delete(key);
  }

  private turnOver(now: number) {
    this.previous = this.current;
    this.current = new Map();
    this.turnedAt = now;
  }

  close(): Promise<void> {
    clearInterval(this.timer);
    this.current.clear();
    this.previous.clear();
    this.held.clear();
    return Promise.resolve();
  }
}
