// The front door's pure parts: who the client is (the socket, unless trusted proxies say more),
// what a request costs against the limits, and a limiter memory that stays bounded.
import { describe, expect, it } from "vitest";
import { createAdmission } from "@/server/front-door/admission";
import { readEnv } from "@/server/config";
import { clientOf } from "@/server/front-door/client-address";
import { servesHost } from "@/server/front-door/host";
import { parseTarget, requestKind } from "@/server/front-door/request-kind";
import { MemoryWindows } from "@/server/rate-limit/memory-store";
import { WINDOW_MS } from "@/server/rate-limit/windows";

describe("clientOf", () => {
  it("believes the socket, not X-Forwarded-For, when no proxy is trusted", () => {
    expect(clientOf("127.0.0.1", "203.0.113.9", 0)).toEqual({ address: "127.0.0.1", key: "127.0.0.1" });
    expect(clientOf("::ffff:127.0.0.1", undefined, 0)).toEqual({ address: "127.0.0.1", key: "127.0.0.1" });
  });

  it.each([
    // [X-Forwarded-For, trusted hops, client]
    ["203.0.113.9", 1, "203.0.113.9"],
    ["198.51.100.1, 203.0.113.9", 1, "203.0.113.9"], // the left entry is the client's own claim
    ["198.51.100.1, 203.0.113.9", 2, "198.51.100.1"],
    ["198.51.100.1, 203.0.113.9", 5, "198.51.100.1"], // fewer hops than trusted: the furthest one
    ["made-up, 203.0.113.9", 2, "203.0.113.9"], // a malformed hop ends the walk
    ["x".repeat(8000), 1, "10.0.0.2"], // nothing usable: the proxy itself
    ["2001:db8::1", 1, "2001:db8::1"],
    // Some cloud proxies write the client's port too.
    ["10.0.0.1:5555", 1, "10.0.0.1"],
    ["198.51.100.1:80, 203.0.113.9:5555", 2, "198.51.100.1"],
    ["[2001:db8::7]:443", 1, "2001:db8::7"],
    ["[2001:db8::7]", 1, "2001:db8::7"],
    ["[::ffff:203.0.113.9]:443", 1, "203.0.113.9"],
    ["[203.0.113.9]:443", 1, "10.0.0.2"], // brackets hold IPv6 only
    ["203.0.113.9:99999", 1, "10.0.0.2"],
  ])("X-Forwarded-For %s with %i trusted hops: %s", (forwarded, hops, address) => {
    expect(clientOf("10.0.0.2", forwarded, hops).address).toBe(address);
  });

  it.each([
    // [Forwarded, trusted hops, client] as RFC 7239 writes it
    ["for=192.0.2.60", 1, "192.0.2.60"],
    ["For=192.0.2.60;proto=https;by=203.0.113.43", 1, "192.0.2.60"],
    ['for="192.0.2.60:4711"', 1, "192.0.2.60"],
    ['for="[2001:db8:cafe::17]:4711"', 1, "2001:db8:cafe::17"],
    ["for=198.51.100.1, for=192.0.2.60", 2, "198.51.100.1"],
    ['for="made, up", for=192.0.2.60', 2, "192.0.2.60"], // a client's quoted comma fools nothing
    ["for=unknown", 1, "10.0.0.2"],
    ["proto=https", 1, "10.0.0.2"],
  ])("Forwarded %s with %i trusted hops: %s", (forwarded, hops, address) => {
    expect(clientOf("10.0.0.2", forwarded, hops, "forwarded").address).toBe(address);
  });

  it("says which entry a trusted proxy wrote that is not an address, and only then", () => {
    expect(clientOf("10.0.0.2", "203.0.113.9", 1)).not.toHaveProperty("unparsed");
    expect(clientOf("10.0.0.2", "203.0.113.9:5555, 198.51.100.7", 1)).not.toHaveProperty("unparsed");
    expect(clientOf("10.0.0.2", "made-up, 203.0.113.9", 2)).toMatchObject({ address: "203.0.113.9", unparsed: "made-up" });
    expect(clientOf("10.0.0.2", "for=_hidden", 1, "forwarded")).toMatchObject({ address: "10.0.0.2", unparsed: "for=_hidden" });
    expect(clientOf("10.0.0.2", "x".repeat(8000), 1).unparsed).toHaveLength(60);
    expect(clientOf("10.0.0.2", "made-up", 0)).not.toHaveProperty("unparsed"); // no proxy trusted: nothing was read
  });

  it("keys IPv6 clients by their /64, which one subscriber holds whole", () => {
    const a = clientOf("2001:db8:abcd:12:1::5", undefined, 0);
    const b = clientOf("2001:db8:abcd:12:ffff:ffff:ffff:ffff", undefined, 0);
    expect(a.key).toBe("2001:db8:abcd:12::/64");
    expect(b.key).toBe(a.key);
    expect(clientOf("2001:db8:abcd:13::1", undefined, 0).key).not.toBe(a.key);
    expect(clientOf("::1", undefined, 0).key).toBe("0:0:0:0::/64");
  });

  it("gives short keys whatever the header holds", () => {
    for (const forwarded of ["1.2.3.4", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "a".repeat(8192), "::ffff:1.2.3.4"]) {
      expect(clientOf("127.0.0.1", forwarded, 1).key.length).toBeLessThanOrEqual(24);
    }
    expect(clientOf(undefined, undefined, 0)).toEqual({ address: "unknown", key: "unknown" });
  });
});

describe("servesHost", () => {
  const direct = servesHost(readEnv({ PORT: "4000" }));
  const published = servesHost(readEnv({ PORT: "4000", ONEPATH_PUBLIC_URL: "https://plans.example.org" }));

  it.each([
    // [Host, served directly (no public URL), served with ONEPATH_PUBLIC_URL=https://plans.example.org]
    ["127.0.0.1:4000", true, true], // the address it listens on
    ["127.0.0.1", true, true], // loopback at another port: a proxy or a tunnel on this machine
    ["127.0.0.1:8080", true, true],
    [undefined, true, true], // HTTP/1.0 names no host
    ["plans.example.org", false, true],
    ["Plans.Example.ORG", false, true],
    ["plans.example.org:443", false, true],
    ["plans.example.org:8443", false, false],
    ["evil.example", false, false],
    ["evil.example:4000", false, false],
    ["localhost:4000", false, false],
    ["127.0.0.1.evil.example", false, false],
    ["127.0.0.1:4000@evil.example", false, false],
    ["[::1]:4000", false, false],
    ["", false, false],
  ])("Host %j: served directly %s, behind a public URL %s", (host, directly, behind) => {
    expect(direct(host)).toBe(directly);
    expect(published(host)).toBe(behind);
  });
});

describe("requestKind", () => {
  const kind = (method: string, url: string) => {
    const target = parseTarget(url);
    return target ? requestKind(method, target) : "malformed";
  };
  const id = "Vzs3iUQmW8LtqVgDhIL82c9j";

  it.each([
    ["GET", `/plans/${id}`, "lookup"],
    ["GET", `/plans/${id}?_rsc=abc`, "lookup"],
    ["HEAD", `/plans/${id}/plan.md`, "lookup"],
    ["GET", `/plans/${id}/plan.ics`, "lookup"],
    ["GET", `/plans/${id}/opengraph-image?a904b92915047524`, "lookup"],
    ["GET", `/%70lans/${id}`, "lookup"], // percent-encoded, as Next decodes it
    ["GET", `/api/plans/${id}`, "lookup"],
    ["GET", `/result?employer=no-pm-team&compare=${id}`, "lookup"],
    ["POST", "/api/plans", "write"],
    ["PATCH", `/api/plans/${id}`, "write"],
    ["DELETE", `/api/plans/${id}`, "write"],
    ["POST", `/api/plans/${id}/share`, "write"],
    ["POST", `/api/plans/${id}/owner`, "write"], // trades an edit link's token for a device's
    ["POST", `/api/plans/${id}/edit-link`, "write"],
    ["POST", `/api/plans/${id}/plan-b`, "write"],
    ["GET", `/api/plans/${id}/devices`, "lookup"],
    ["PATCH", `/api/plans/${id}/owner`, "write"],
    ["POST", `/api/plans/${id}/owner/x`, "write"],
    ["POST", `/plans/${id}`, "write"],
    ["GET", "/plans", null],
    ["GET", "/api/plans", null],
    ["OPTIONS", `/api/plans/${id}`, null],
    // Answers computed for the asking.
    ["GET", "/result?employer=no-pm-team", "compute"],
    ["GET", "/result?role=x&_rsc=1a2b3", "compute"],
    ["GET", "/res%75lt?employer=no-pm-team", "compute"],
    ["GET", "/wizard?hours=3-8&employer=no-pm-team", "compute"],
    ["GET", "/wizard?restart=1", "compute"],
    ["GET", "/wizard/answers?hours=3-8", "compute"],
    ["POST", "/api/recommendation", "compute"],
    ["POST", "/api/wizard/next", "compute"],
    ["GET", "/api/recommendation", null],
    ["GET", "/wizard", null], // prerendered, the same for everyone
    ["GET", "/wizard?utm_source=mail", null],
    ["GET", "/", null],
    ["GET", "/plans/%ff/plan.md", "malformed"],
    ["GET", "/api/plans/%E0%A4%A", "malformed"],
    ["GET", "http://evil.example/plans/x", "malformed"],
    ["GET", "*", "malformed"],
    ["GET", "/api/plans/../share", "malformed"],
    ["GET", "/plans/%2e%2e/x", "malformed"],
    ["GET", "/./plans/x", "malformed"],
  ])("%s %s: %s", (method, url, expected) => {
    expect(kind(method, url)).toBe(expected);
  });
});

describe("MemoryWindows", () => {
  const NO_LIMIT = Number.POSITIVE_INFINITY;

  it("counts per key within a minute from the key's first request", () => {
    let now = 1_000_000;
    const windows = new MemoryWindows(100, () => now);
    expect(windows.hit("lookup:1.2.3.4", NO_LIMIT)).toEqual({ count: 1, start: now, now });
    now += WINDOW_MS - 1;
    expect(windows.hit("lookup:1.2.3.4", NO_LIMIT).count).toBe(2);
    expect(windows.hit("write:1.2.3.4", NO_LIMIT).count).toBe(1);
    now += 1;
    expect(windows.hit("lookup:1.2.3.4", NO_LIMIT)).toEqual({ count: 1, start: now, now });
    void windows.close();
  });

  it("drops expired windows within two minutes, and never holds more than twice its bound", () => {
    let now = 0;
    const windows = new MemoryWindows(1000, () => now);
    for (let i = 0; i < 5000; i++) {
      windows.hit(`lookup:10.0.${i >> 8}.${i & 255}`, NO_LIMIT);
      expect(windows.size).toBeLessThanOrEqual(2000);
    }
    now += WINDOW_MS;
    windows.hit("lookup:192.0.2.1", NO_LIMIT);
    now += WINDOW_MS;
    windows.sweep();
    expect(windows.size).toBe(1);
    now += WINDOW_MS;
    windows.sweep();
    expect(windows.size).toBe(0);
    void windows.close();
  });

  it("keeps a running window when its generation turns over", () => {
    let now = 0;
    const windows = new MemoryWindows(100, () => now);
    now = WINDOW_MS / 2;
    for (let i = 0; i < 10; i++) windows.hit("write:192.0.2.7", NO_LIMIT);
    now = WINDOW_MS;
    windows.hit("write:192.0.2.8", NO_LIMIT); // a minute after the first request: the generations turn over
    now = WINDOW_MS + WINDOW_MS / 2 - 1;
    expect(windows.hit("write:192.0.2.7", NO_LIMIT).count).toBe(11);
    now += 1;
    expect(windows.hit("write:192.0.2.7", NO_LIMIT).count).toBe(1);
    void windows.close();
  });

  it("answers a flood of new clients in constant time per request, within its bound", () => {
    const windows = new MemoryWindows();
    const started = performance.now();
    for (let i = 0; i < 500_000; i++) windows.hit(`lookup:${i >>> 16}.${(i >>> 8) & 255}.${i & 255}.1`, NO_LIMIT);
    expect(windows.size).toBeLessThanOrEqual(200_000);
    expect(performance.now() - started).toBeLessThan(5000);
    void windows.close();
  });

  it("keeps a client at its limit through a flood of new clients, until its minute is over", () => {
    let now = 0;
    const windows = new MemoryWindows(undefined, () => now);
    for (let i = 0; i < 200; i++) windows.hit("lookup:192.0.2.1", 120);
    // 200,000 new keys within the minute (an IPv6 /46 holds that many /64s), twice the bound.
    for (let i = 0; i < 200_000; i++) windows.hit(`lookup:2001:db8:${(i >>> 16).toString(16)}:${(i & 0xffff).toString(16)}::/64`, 120);
    expect(windows.hit("lookup:192.0.2.1", 120).count).toBe(201);
    expect(windows.size).toBeLessThanOrEqual(200_001);
    now = WINDOW_MS - 1;
    expect(windows.hit("lookup:192.0.2.1", 120).count).toBe(202);
    now = WINDOW_MS;
    expect(windows.hit("lookup:192.0.2.1", 120).count).toBe(1); // a new minute, a new count
    void windows.close();
  });

  it("drops held windows once their minute is over, and holds no more than its bound", () => {
    let now = 0;
    const windows = new MemoryWindows(100, () => now);
    for (let i = 0; i < 500; i++) for (let n = 0; n < 3; n++) windows.hit(`write:10.0.${i >> 8}.${i & 255}`, 2);
    expect(windows.size).toBeLessThanOrEqual(300);
    now = WINDOW_MS;
    windows.sweep();
    now = 2 * WINDOW_MS;
    windows.sweep();
    expect(windows.size).toBe(0);
    void windows.close();
  });
});

describe("createAdmission", () => {
  it("runs a few at once, lets twice as many wait in turn, and refuses the rest at once", async () => {
    const admission = createAdmission(2);
    const turns = Array.from({ length: 7 }, () => admission.enter());
    expect(turns.map((t) => t === null)).toEqual([false, false, false, false, false, false, true]);
    const started: number[] = [];
    turns.forEach((turn, i) => void turn?.granted.then((ok) => ok && started.push(i)));
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    turns[0]!.leave();
    turns[0]!.leave(); // leaving twice frees one turn only
    await new Promise(setImmediate);
    expect(started).toEqual([0, 1, 2]);
    expect(admission.enter()).not.toBeNull(); // a place in the queue came free
  });

  it("gives a waiting turn up when its request goes away, and the next one runs instead", async () => {
    const admission = createAdmission(1, 2);
    const [running, gone, next] = [admission.enter()!, admission.enter()!, admission.enter()!];
    gone.leave();
    expect(await gone.granted).toBe(false);
    running.leave();
    expect(await next.granted).toBe(true);
    expect(admission.enter()).not.toBeNull();
    expect(admission.enter()).not.toBeNull();
    expect(admission.enter()).toBeNull(); // one running, two waiting
  });
});
