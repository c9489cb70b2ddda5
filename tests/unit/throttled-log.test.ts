// The log a failure on every request cannot flood: each kind of line once, then, a minute on, one
// line with how many more there were; a kind that keeps failing is counted minute by minute, and
// one that stopped starts afresh.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { REPEATS_WINDOW_MS, throttledLog } from "@/server/throttled-log";

describe("throttledLog", () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it("writes each kind of line once, then how many more came within the minute", () => {
    const lines: string[] = [];
    const log = throttledLog((line) => lines.push(line));
    for (let i = 0; i < 7; i++) log(`store: get failed (57014) on GET /api/plans/${i}AAA…`, "store: get failed (57014)");
    log("store: update failed (SQLITE_BUSY) on PATCH /api/plans/AbCd…", "store: update failed (SQLITE_BUSY)");
    expect(lines).toEqual([
      "store: get failed (57014) on GET /api/plans/0AAA…",
      "store: update failed (SQLITE_BUSY) on PATCH /api/plans/AbCd…",
    ]);
    vi.advanceTimersByTime(REPEATS_WINDOW_MS);
    expect(lines.slice(2)).toEqual(["store: get failed (57014): 6 more times in the last 60 s"]);
  });

  it("counts a kind that keeps failing minute by minute, and starts afresh once it stops", () => {
    const lines: string[] = [];
    const log = throttledLog((line) => lines.push(line));
    log("down");
    for (let minute = 0; minute < 3; minute++) {
      vi.advanceTimersByTime(REPEATS_WINDOW_MS / 2);
      log("down");
      vi.advanceTimersByTime(REPEATS_WINDOW_MS / 2);
    }
    expect(lines).toEqual([
      "down",
      "down: 1 more time in the last 60 s",
      "down: 1 more time in the last 60 s",
      "down: 1 more time in the last 60 s",
    ]);
    vi.advanceTimersByTime(REPEATS_WINDOW_MS); // a quiet minute
    expect(lines).toHaveLength(4);
    log("down");
    expect(lines.at(-1)).toBe("down");
  });

  it("says the repeats so far when flushed, and starts every kind afresh", () => {
    const lines: string[] = [];
    const log = throttledLog((line) => lines.push(line));
    log("a");
    log("a");
    log("b");
    vi.advanceTimersByTime(10_000);
    log.flush();
    expect(lines).toEqual(["a", "b", "a: 1 more time in the last 10 s"]);
    log("b");
    expect(lines.at(-1)).toBe("b");
    vi.advanceTimersByTime(REPEATS_WINDOW_MS * 2);
    expect(lines).toHaveLength(4);
  });
});
