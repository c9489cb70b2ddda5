// Counts in this process, in bounded memory and constant time per request. Windows live in two
// generations of maps: every minute (by a timer, or by the next request when the timer is late)
// the older generation is dropped whole, so an expired window never stays more than two minutes
// and nothing ever scans the maps. A generation that reaches maxKeys turns over early (a flood of
// new clients), so at most 2 x maxKeys windows exist; keys are short and checked by the caller.
import { type Count, WINDOW_MS, type WindowStore } from "./windows";

type Window = { start: number; count: number };

export class MemoryWindows implements WindowStore {
  private current = new Map<string, Window>();
  private previous = new Map<string, Window>();
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
    return this.current.size + this.previous.size;
  }

  hit(key: string): Count {
    const now = this.clock();
    this.sweep(now);
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
    window.count++;
    return { count: window.count, start: window.start, now };
  }

  /** Drops the older generation once a minute has passed since the last turn. */
  sweep(now = this.clock()): void {
    if (now - this.turnedAt >= WINDOW_MS) this.turnOver(now);
  }

  private turnOver(now: number) {
    this.previous = this.current;
    this.current = new Map();
    this.turnedAt = now;
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    this.current.clear();
    this.previous.clear();
  }
}
