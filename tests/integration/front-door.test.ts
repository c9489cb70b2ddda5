// The front door on a real socket, with a stand-in for Next behind it: the client is the socket's
// address (a made-up X-Forwarded-For gains nothing), every way of looking a plan up draws on one
// budget, requests Next would answer with a 500 get a plain 400 or 405, and on PostgreSQL two app
// servers share one count. (tests/e2e/front-door.spec.ts keeps what needs the real app behind it.)
import { randomInt } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { sql } from "kysely";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { type Env, readEnv } from "@/server/config";
import { openPostgres } from "@/server/db/connect";
import { createFrontDoor } from "@/server/front-door/door";
import { createLimiter, type Limiter } from "@/server/rate-limit";
import { openConnection, type RawRequest, type RawResponse, send } from "../fixtures/raw-http";
import { postgresDatabase, type TestDatabase } from "./databases";

const ID = "Vzs3iUQmW8LtqVgDhIL82c9j";
const randomAddress = () => `${randomInt(1, 224)}.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

type Door = { origin: string; seen: IncomingHttpHeaders[]; logged: string[]; close: () => Promise<void> };
const open: Door[] = [];
afterEach(async () => {
  for (const door of open.splice(0)) await door.close();
});

type Handle = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

/** A stand-in for Next: 201 for a POST, 200 for anything else. */
const answer: Handle = (request, response) => {
  response.writeHead(request.method === "POST" ? 201 : 200, { "Content-Type": "text/plain" }).end("next");
  return Promise.resolve();
};

/** A front door on a free port, with a stand-in for Next that records the headers it got. */
async function door(settings: Record<string, string>, limiter?: Limiter, next: Handle = answer): Promise<Door> {
  const env: Env = readEnv(settings);
  const limits = limiter ?? createLimiter(env);
  const seen: IncomingHttpHeaders[] = [];
  const logged: string[] = [];
  const handle: Handle = async (request, response) => {
    seen.push({ ...request.headers });
    await next(request, response);
  };
  const server: Server = createServer(createFrontDoor({ env, limiter: limits, handle, log: (m) => logged.push(m) }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  const result = {
    origin: `http://127.0.0.1:${port}`,
    seen,
    logged,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      if (!limiter) await limits.close();
    },
  };
  open.push(result);
  return result;
}

const statuses = async (origin: string, requests: RawRequest[]) => {
  const out: number[] = [];
  for (const r of requests) out.push((await send(origin, r)).status);
  return out;
};
const count = (list: number[], status: number) => list.filter((s) => s === status).length;

describe("the client", () => {
  it("is the socket's address: a new X-Forwarded-For per request gains nothing", async () => {
    const { origin, seen } = await door({ ONEPATH_WRITES_PER_MINUTE: "5" });
    const writes = Array.from({ length: 20 }, () => ({
      method: "POST",
      path: "/api/plans",
      headers: { "x-forwarded-for": randomAddress(), "x-real-ip": randomAddress() },
    }));
    const result = await statuses(origin, writes);
    expect(result.slice(0, 5)).toEqual([201, 201, 201, 201, 201]);
    expect(count(result, 429)).toBe(15);
    // Next is told the real address, whatever the client claimed.
    expect(seen.map((h) => [h["x-forwarded-for"], h["x-real-ip"]])).toEqual(Array(5).fill(["127.0.0.1", undefined]));
  });

  it("is another client from another address (127.0.0.2 on loopback)", async () => {
    const { origin } = await door({ ONEPATH_WRITES_PER_MINUTE: "2" });
    const post = (localAddress: string) => ({ method: "POST", path: "/api/plans", localAddress });
    expect(await statuses(origin, [post("127.0.0.1"), post("127.0.0.1"), post("127.0.0.1")])).toEqual([201, 201, 429]);
    expect(await statuses(origin, [post("127.0.0.2"), post("127.0.0.2"), post("127.0.0.2")])).toEqual([201, 201, 429]);
  });

  it("behind a trusted proxy, is the address that proxy appended, never one further left", async () => {
    const { origin, seen } = await door({ ONEPATH_WRITES_PER_MINUTE: "2", ONEPATH_TRUSTED_PROXY_HOPS: "1" });
    const via = (forwarded: string) => ({ method: "POST", path: "/api/plans", headers: { "x-forwarded-for": forwarded } });
    // The client puts a new address in front of the proxy's each time: still one client.
    const spoofing = await statuses(
      origin,
      [1, 2, 3].map((n) => via(`10.9.9.${n}, 198.51.100.7`)),
    );
    expect(spoofing).toEqual([201, 201, 429]);
    // Two clients the proxy saw are two budgets.
    expect(await statuses(origin, [via("198.51.100.8"), via("198.51.100.8"), via("198.51.100.8")])).toEqual([201, 201, 429]);
    expect(seen.map((h) => h["x-forwarded-for"])).toEqual(["198.51.100.7", "198.51.100.7", "198.51.100.8", "198.51.100.8"]);
  });

  it("behind a proxy that writes the client's port, is still each client, not the proxy", async () => {
    const { origin, seen, logged } = await door({ ONEPATH_WRITES_PER_MINUTE: "2", ONEPATH_TRUSTED_PROXY_HOPS: "1" });
    const via = (forwarded: string) => ({ method: "POST", path: "/api/plans", headers: { "x-forwarded-for": forwarded } });
    for (const [a, b] of [
      ["10.0.0.1:5555", "10.0.0.1:6666"],
      ["[2001:db8::7]:443", "[2001:db8::7]:444"],
    ] as const) {
      expect(await statuses(origin, [via(a), via(b), via(a)]), a).toEqual([201, 201, 429]);
    }
    // One client at its limit leaves every other client its own budget.
    expect(await statuses(origin, [via("10.0.0.2:5555"), via("[2001:db8:1::7]:443")])).toEqual([201, 201]);
    expect(seen.map((h) => h["x-forwarded-for"])).toEqual([
      "10.0.0.1",
      "10.0.0.1",
      "2001:db8::7",
      "2001:db8::7",
      "10.0.0.2",
      "2001:db8:1::7",
    ]);
    expect(logged).toEqual([]);
  });

  it("behind a proxy that writes Forwarded (ONEPATH_PROXY_HEADER=forwarded), is the for= address it appended", async () => {
    const settings = { ONEPATH_WRITES_PER_MINUTE: "1", ONEPATH_TRUSTED_PROXY_HOPS: "1", ONEPATH_PROXY_HEADER: "forwarded" };
    const { origin, seen } = await door(settings);
    const via = (forwarded: string, spoofed = randomAddress()) => ({
      method: "POST",
      path: "/api/plans",
      headers: { forwarded, "x-forwarded-for": spoofed },
    });
    expect(await statuses(origin, [via("for=198.51.100.7"), via('for=10.9.9.9, for="198.51.100.7:4711";proto=https')])).toEqual([201, 429]);
    expect(await statuses(origin, [via('for="[2001:db8::7]:443"'), via("for=2001:db8::7")])).toEqual([201, 429]);
    expect(seen.map((h) => [h["x-forwarded-for"], h.forwarded])).toEqual([
      ["198.51.100.7", undefined],
      ["2001:db8::7", undefined],
    ]);
  });

  it("says once, in the log, when the trusted proxies' header is not what it should be", async () => {
    const { origin, logged } = await door({ ONEPATH_TRUSTED_PROXY_HOPS: "1" });
    for (let i = 0; i < 3; i++) await send(origin, { path: "/", headers: { "x-forwarded-for": `for=10.0.0.${i}` } });
    await send(origin, { path: "/", headers: { forwarded: "for=10.0.0.9" } });
    expect(logged).toEqual([
      'front door: ONEPATH_TRUSTED_PROXY_HOPS is 1, but a trusted proxy wrote "for=10.0.0.0" in x-forwarded-for, which is not an address; those clients are counted as their proxy until it is fixed',
    ]);
    const forwardedOnly = await door({ ONEPATH_TRUSTED_PROXY_HOPS: "1" });
    await send(forwardedOnly.origin, { path: "/", headers: { forwarded: "for=10.0.0.9" } });
    expect(forwardedOnly.logged).toEqual([
      "front door: ONEPATH_TRUSTED_PROXY_HOPS is 1, but requests come with forwarded but not x-forwarded-for; set ONEPATH_PROXY_HEADER=forwarded; those clients are counted as their proxy until it is fixed",
    ]);
    // A request straight from a local client (no proxy header at all) is nothing to warn about.
    const direct = await door({ ONEPATH_TRUSTED_PROXY_HOPS: "1" });
    await send(direct.origin, { path: "/" });
    expect(direct.logged).toEqual([]);
  });

  it("cannot tell Next which host or scheme it used; only a trusted proxy can", async () => {
    const direct = await door({});
    const headers = {
      "x-forwarded-host": "evil.example",
      "x-forwarded-proto": "https",
      "x-forwarded-port": "443",
      forwarded: "for=1.2.3.4",
    };
    await send(direct.origin, { path: "/", headers });
    expect(direct.seen[0]).toMatchObject({ "x-forwarded-proto": "http", host: direct.origin.slice(7) });
    expect(direct.seen[0]).not.toHaveProperty("x-forwarded-host");
    expect(direct.seen[0]).not.toHaveProperty("forwarded");
    const proxied = await door({ ONEPATH_TRUSTED_PROXY_HOPS: "1" });
    await send(proxied.origin, { path: "/", headers });
    expect(proxied.seen[0]).toMatchObject({ "x-forwarded-proto": "https", "x-forwarded-host": "evil.example" });
  });
});

describe("one budget for every door", () => {
  it("counts pages, API reads, exports, cards, prefetches and re-run comparisons together", async () => {
    const { origin, seen } = await door({ ONEPATH_LOOKUPS_PER_MINUTE: "8", ONEPATH_WRITES_PER_MINUTE: "2" });
    const lookups: RawRequest[] = [
      { path: `/plans/${ID}` },
      { path: `/api/plans/${ID}` },
      { path: `/plans/${ID}/plan.md` },
      { path: `/plans/${ID}/plan.ics`, method: "HEAD" },
      { path: `/plans/${ID}/opengraph-image?a904b92915047524` },
      { path: `/plans/${ID}`, headers: { purpose: "prefetch" } },
      { path: `/plans/${ID}?_rsc=1a2b3`, headers: { rsc: "1", "next-router-prefetch": "1" } },
      { path: `/result?employer=no-pm-team&compare=${ID}` },
    ];
    expect(await statuses(origin, lookups)).toEqual(Array(8).fill(200));
    // The budget is spent, whichever door the next look-up comes through.
    for (const lookup of lookups) expect((await send(origin, lookup)).status, lookup.path).toBe(429);
    // Pages that look nothing up, and writes (their own budget), still go through.
    expect(await statuses(origin, [{ path: "/" }, { path: "/plans" }, { path: "/result?employer=no-pm-team" }])).toEqual([200, 200, 200]);
    expect(
      await statuses(origin, [
        { method: "POST", path: "/api/plans" },
        { method: "PATCH", path: `/api/plans/${ID}` },
      ]),
    ).toEqual([201, 200]);
    expect(seen).toHaveLength(8 + 3 + 2);
  });

  it("answers 429 with Retry-After, as JSON under /api and as text elsewhere, with the security headers", async () => {
    const { origin } = await door({ ONEPATH_LOOKUPS_PER_MINUTE: "1" });
    await send(origin, { path: `/plans/${ID}` });
    const api = await send(origin, { path: `/api/plans/${ID}` });
    expect(api.status).toBe(429);
    expect(Number(api.headers["retry-after"])).toBeGreaterThanOrEqual(59);
    expect(JSON.parse(api.body)).toEqual({ error: "Too many requests. Please wait a minute and try again." });
    const page = await send(origin, { path: `/plans/${ID}` });
    expect(page.headers["content-type"]).toBe("text/plain; charset=utf-8");
    for (const response of [api, page]) {
      expect(response.headers).toMatchObject({ "x-content-type-options": "nosniff", "cache-control": "no-store" });
      expect(response.headers["content-security-policy"]).toContain("default-src 'none'");
    }
  });
});

describe("answers computed for the asking", () => {
  it("count result pages, the wizard with answers and the engine's API against one budget", async () => {
    const { origin } = await door({ ONEPATH_COMPUTED_PER_MINUTE: "6", ONEPATH_LOOKUPS_PER_MINUTE: "1" });
    const computed: RawRequest[] = [
      { path: "/result?employer=no-pm-team" },
      { path: "/result?employer=no-pm-team&_rsc=1a2b3", headers: { rsc: "1", "next-router-prefetch": "1" } },
      { path: "/wizard?hours=3-8" },
      { path: "/wizard/answers?hours=3-8" },
      { method: "POST", path: "/api/recommendation" },
      { method: "POST", path: "/api/wizard/next" },
    ];
    expect(await statuses(origin, computed)).toEqual([200, 200, 200, 200, 201, 201]);
    for (const request of computed) {
      const refused = await send(origin, request);
      expect(refused.status, request.path).toBe(429);
      expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
    }
    // Prerendered pages, the catalog and plan look-ups (their own budget) still go through.
    expect(await statuses(origin, [{ path: "/" }, { path: "/wizard" }, { path: "/api/catalog" }, { path: `/api/plans/${ID}` }])).toEqual([
      200, 200, 200, 200,
    ]);
  });
});

describe("pages rendered per request", () => {
  it("a few render at once and twice as many wait; the rest get 503 at once while the API is served", async () => {
    const held: (() => void)[] = [];
    const holding: Handle = async (request, response) => {
      if (request.url?.startsWith("/result")) await new Promise<void>((resolve) => held.push(resolve));
      await answer(request, response);
    };
    const { origin } = await door({ ONEPATH_RENDERS_AT_ONCE: "1" }, undefined, holding);
    const answered: RawResponse[] = [];
    const renders = Array.from({ length: 10 }, (_, i) =>
      send(origin, { path: `/result?employer=no-pm-team&n=${i}` }).then((response) => (answered.push(response), response)),
    );
    // One renders (held here), two wait their turn, and seven are answered at once.
    await expect.poll(() => answered.length, { timeout: 10_000 }).toBe(7);
    expect(held).toHaveLength(1);
    for (const response of answered) {
      expect(response.status).toBe(503);
      expect(response.headers["retry-after"]).toBe("1");
      expect(response.headers["cache-control"]).toBe("no-store");
      expect(response.body).toBe("OnePath is busy right now. Please try again in a moment.\n");
    }
    // Meanwhile the API and the prerendered catalog are served as ever.
    expect(await statuses(origin, [{ path: "/api/catalog" }, { path: `/api/plans/${ID}` }])).toEqual([200, 200]);
    // A client told to retry in a second that asks again at once on the same connection is read
    // only after that second.
    const eager = await openConnection(origin);
    const again = "GET /result?employer=no-pm-team HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    eager.socket.write(again);
    await expect.poll(eager.text).toMatch(/^HTTP\/1\.1 503 /);
    const asked = performance.now();
    eager.socket.write(again);
    await expect.poll(() => eager.text().match(/HTTP\/1\.1 503 /g)?.length, { timeout: 5000 }).toBe(2);
    expect(performance.now() - asked).toBeGreaterThanOrEqual(900);
    eager.socket.destroy();
    // Each render that ends lets the next waiting one in.
    for (let turn = 0; turn < 3; turn++) {
      await expect.poll(() => held.length).toBe(1);
      held.shift()!();
    }
    expect(
      count(
        (await Promise.all(renders)).map((r) => r.status),
        200,
      ),
    ).toBe(3);
  });
});

describe("requests Next would answer with a 500", () => {
  it.each([
    ["GET", "/plans/%ff/plan.md", 400],
    ["GET", "/api/plans/%E0%A4%A", 400],
    ["GET", "/%", 400],
    ["GET", "/plans/%ff", 400],
    ["GET", `/_next/image?url=${encodeURIComponent("/plans/%ff/opengraph-image")}&w=64&q=75`, 404],
    ["TRACE", "/", 405],
    ["TRACE", `/plans/${ID}`, 405],
    ["TRACE", "/api/plans", 405],
    ["PROPFIND", "/api/plans", 405],
    ["M-SEARCH", "*", 405],
  ])("%s %s: %i with the security headers, not passed on, not logged", async (method, path, status) => {
    const { origin, seen, logged } = await door({});
    const response = await send(origin, { method, path });
    expect(response.status).toBe(status);
    expect(response.headers).toMatchObject({
      "x-content-type-options": "nosniff",
      "x-frame-options": "DENY",
      "referrer-policy": "no-referrer",
    });
    expect(response.headers["content-security-policy"]).toContain("default-src 'none'");
    if (status === 405) expect(response.headers.allow).toBe("GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS");
    expect(response.body).not.toMatch(/\bat |Error/);
    expect(seen).toEqual([]);
    expect(logged).toEqual([]);
  });

  it.each([
    [{ rsc: "1", "next-router-state-tree": "" }],
    [{ rsc: "1", "next-router-state-tree": "%5B" }],
    [{ "next-router-state-tree": encodeURIComponent('["",{"children":1}]') }],
    [{ "next-action": "x#~mJ!+" }],
    [{ "next-action": "7f3a9c" }],
  ])("Next's own headers, malformed or for server actions the app does not have (%o): 400, not passed on", async (headers) => {
    const { origin, seen, logged } = await door({});
    const response = await send(origin, { path: "/opengraph-image", headers });
    expect(response.status).toBe(400);
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(seen).toEqual([]);
    expect(logged).toEqual([]);
    // A router state as Next's client sends it goes through.
    const state = encodeURIComponent(JSON.stringify(["", { children: ["__PAGE__", {}, null, null] }, null, null]));
    expect((await send(origin, { path: "/", headers: { rsc: "1", "next-router-state-tree": state } })).status).toBe(200);
  });

  it.each(["POST", "PUT", "PATCH", "DELETE"])("%s to a page (a server action; the app has none): 405, not passed on", async (method) => {
    const { origin, seen, logged } = await door({});
    for (const path of ["/", `/plans/${ID}`, "/result?employer=no-pm-team"]) {
      const response = await send(origin, { method, path, headers: { "content-type": "multipart/form-data; boundary=x" }, body: "--x--" });
      expect(response.status, path).toBe(405);
      expect(response.headers.allow).toBe("GET, HEAD, OPTIONS");
    }
    expect(seen).toEqual([]);
    expect(logged).toEqual([]);
  });

  it("puts the security headers on every answer Next gives too", async () => {
    const { origin } = await door({});
    const response = await send(origin, { path: "/anything" });
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["permissions-policy"]).toContain("camera=()");
  });
});

describe("on PostgreSQL", () => {
  let database: TestDatabase;
  afterAll(async () => database?.drop());

  it("two app servers share one count, even with requests racing", async () => {
    database ??= await postgresDatabase();
    const settings = { DATABASE_URL: database.url, ONEPATH_LOOKUPS_PER_MINUTE: "10" };
    const [a, b] = [await door(settings), await door(settings)];
    const lookup = { path: `/api/plans/${ID}`, localAddress: "127.0.0.3" };
    // One after the other, alternating between the servers: 10 in all, not 10 each.
    const alternating: number[] = [];
    for (let i = 0; i < 14; i++) alternating.push((await send((i % 2 ? b : a).origin, lookup)).status);
    expect(alternating.slice(0, 10)).toEqual(Array(10).fill(200));
    expect(alternating.slice(10)).toEqual(Array(4).fill(429));
    // 40 at once from another client, 20 to each server: exactly 10 get through.
    const racing = await Promise.all(
      Array.from({ length: 40 }, (_, i) => send((i % 2 ? b : a).origin, { ...lookup, localAddress: "127.0.0.4" })),
    );
    expect(
      count(
        racing.map((r) => r.status),
        200,
      ),
    ).toBe(10);
    expect(
      count(
        racing.map((r) => r.status),
        429,
      ),
    ).toBe(30);
  });

  it("counts without waiting for the disk, while plans still wait for it", async () => {
    database ??= await postgresDatabase();
    for (const [durable, setting] of [
      [true, "on"],
      [false, "off"],
    ] as const) {
      const { db } = openPostgres(database.url, { durable });
      const { rows } = await sql<{ synchronous_commit: string }>`show synchronous_commit`.execute(db);
      await db.destroy();
      expect(rows[0]?.synchronous_commit).toBe(setting);
    }
  });

  it("keeps limiting in each process while PostgreSQL is unreachable, and says so once", async () => {
    const logged: string[] = [];
    const env = readEnv({ DATABASE_URL: "postgres://onepath:secret@127.0.0.1:9/onepath", ONEPATH_WRITES_PER_MINUTE: "3" });
    const limiter = createLimiter(env, (message) => logged.push(message));
    try {
      const waits = [];
      for (let i = 0; i < 5; i++) waits.push(await limiter.hit("write", "192.0.2.1"));
      expect(waits.slice(0, 3)).toEqual([null, null, null]);
      expect(waits.slice(3).every((w) => typeof w === "number" && w > 0)).toBe(true);
      expect(logged).toHaveLength(1);
      expect(logged[0]).toMatch(/^rate limits: the shared counts in PostgreSQL are unavailable \(ECONNREFUSED\)/);
      expect(logged.join()).not.toContain("secret");
    } finally {
      await limiter.close();
    }
  });
});
