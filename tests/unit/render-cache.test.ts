// The store of rendered pages (server/front-door/render-cache.ts) and how a kept page is sent
// (cached-pages.ts): counted in bytes, gzip included once made; the least recently served page
// leaves first; a page too large for its share is not kept; a plan's newer page replaces the older.
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { acceptsGzip } from "@/server/front-door/cached-pages";
import { createAskedBefore, createRenderCache, type Kept } from "@/server/front-door/render-cache";

const page = (text: string, plan: Kept["plan"] = null): Kept => ({
  headers: { "content-type": "text/html; charset=utf-8" },
  policy: "default-src 'self'",
  html: Buffer.from(text),
  plan,
});

describe("createRenderCache", () => {
  it("counts every byte it keeps, gzip too once a client asked for it", () => {
    const cache = createRenderCache(1024 * 1024);
    cache.set("a", page("x".repeat(10_000)));
    const plain = cache.bytes;
    expect(plain).toBeGreaterThan(10_000);
    const zipped = cache.get("a", true)!;
    expect(gunzipSync(zipped.body).toString()).toBe("x".repeat(10_000));
    expect(cache.bytes).toBe(plain + zipped.body.length);
    expect(cache.get("a", false)!.body.toString()).toBe("x".repeat(10_000));
  });

  it("lets the least recently served page go first, and never holds more than its budget", () => {
    const cache = createRenderCache(32 * 1024);
    for (const key of ["a", "b", "c", "d"]) cache.set(key, page(key.repeat(1500)));
    cache.get("a", false);
    for (let i = 0; i < 50; i++) {
      cache.set(`flood-${i}`, page("f".repeat(1500)));
      cache.get("a", false);
      expect(cache.bytes).toBeLessThanOrEqual(32 * 1024);
    }
    expect(cache.get("a", false)).toBeDefined();
    expect(cache.get("b", false)).toBeUndefined();
  });

  it("keeps no page larger than an eighth of its budget", () => {
    const cache = createRenderCache(80 * 1024);
    cache.set("big", page("x".repeat(11 * 1024)));
    expect(cache.size).toBe(0);
    cache.set("small", page("x".repeat(8 * 1024)));
    expect(cache.size).toBe(1);
  });

  it("drops a plan's older pages when a newer version's is kept", () => {
    const cache = createRenderCache(1024 * 1024);
    cache.set("v1", page("one", { id: "p", version: 1 }));
    cache.set("v1-planb", page("one, plan B", { id: "p", version: 1 }));
    cache.set("other", page("other", { id: "q", version: 1 }));
    cache.set("v2", page("two", { id: "p", version: 2 }));
    expect(cache.get("v1", false)).toBeUndefined();
    expect(cache.get("v1-planb", false)).toBeUndefined();
    expect(cache.get("other", false)).toBeDefined();
    expect(cache.size).toBe(2);
    cache.clear();
    expect([cache.size, cache.bytes]).toEqual([0, 0]);
  });
});

describe("acceptsGzip", () => {
  it.each([
    [undefined, false],
    ["", false],
    ["gzip", true],
    ["gzip, deflate, br, zstd", true],
    ["br;q=1.0, GZIP;q=0.5", true],
    ["gzip;q=0", false],
    ["identity", false],
    ["*", true],
    ["*;q=0.1", true],
    ["gzip;q=0, *", false],
    ["deflate, *;q=0", false],
  ])("reads %j as %s", (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });
});

describe("createAskedBefore", () => {
  it("says an address was asked for before only from its second time, and forgets the least recently asked first", () => {
    const asked = createAskedBefore(1024);
    expect(asked.check("/result?a=1")).toBe(false);
    expect(asked.check("/result?a=1")).toBe(true);
    expect(asked.check("/result?a=1")).toBe(true);
    // A flood of other addresses, with /result?a=1 asked for again now and then: it stays remembered.
    for (let i = 0; i < 100; i++) {
      expect(asked.check(`/result?n=${i}`)).toBe(false);
      if (i % 2 === 0) expect(asked.check("/result?a=1")).toBe(true);
      expect(asked.bytes).toBeLessThanOrEqual(1024);
    }
    expect(asked.check("/result?n=0")).toBe(false);
    expect(asked.check("/result?n=99")).toBe(true);
    expect(asked.size).toBeGreaterThan(2);
  });

  it("does not remember an address larger than its whole budget", () => {
    const asked = createAskedBefore(256);
    const long = `/result?x=${"y".repeat(200)}`;
    expect(asked.check(long)).toBe(false);
    expect(asked.check(long)).toBe(false);
    expect(asked.bytes).toBe(0);
  });
});
