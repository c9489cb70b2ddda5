// What every limiter store counts: hits per key in a one-minute window that starts at the key's
// first hit (so a burst is judged over its own minute, not split across two clock minutes).
export const WINDOW_MS = 60_000;

/** The key's count in its current window, when that window started, and the time it was counted at. */
export type Count = { count: number; start: number; now: number };

export interface WindowStore {
  /** Counts one hit; limit is the key's limit per window (a store may keep a window at it longer). */
  hit(key: string, limit: number): Promise<Count> | Count;
  close(): Promise<void>;
}

/** Seconds until the window ends (at least 1), for Retry-After. */
export const secondsLeft = ({ start, now }: Count): number => Math.max(1, Math.ceil((start + WINDOW_MS - now) / 1000));
