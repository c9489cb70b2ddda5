import "server-only";
// Per-client request limits: a fixed one-minute window per client and kind of request. Plan
// look-ups and writes are limited so that a burst of guesses at plan ids gets 429s, not plans.
// In memory, per process: enough for one app server; behind several, put a shared limiter in front.

export type Bucket = "lookup" | "write";

const PER_MINUTE: Record<Bucket, number> = {
  lookup: Number(process.env.ONEPATH_LOOKUPS_PER_MINUTE ?? 240),
  write: Number(process.env.ONEPATH_WRITES_PER_MINUTE ?? 120),
};
const WINDOW_MS = 60_000;

const windows = new Map<string, { start: number; count: number }>();

/** The client as the request says it: the first forwarded address, else one shared key. */
export function clientKey(request: Request): string {
  const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || request.headers.get("x-real-ip") || "direct";
}

/** Counts this request; returns the seconds to wait when the client is over its limit. */
export function overLimit(bucket: Bucket, client: string, now = Date.now()): number | null {
  const key = `${bucket}:${client}`;
  let window = windows.get(key);
  if (!window || now - window.start >= WINDOW_MS) {
    if (windows.size > 50_000) for (const [k, w] of windows) if (now - w.start >= WINDOW_MS) windows.delete(k);
    window = { start: now, count: 0 };
    windows.set(key, window);
  }
  window.count++;
  return window.count > PER_MINUTE[bucket] ? Math.ceil((window.start + WINDOW_MS - now) / 1000) : null;
}
