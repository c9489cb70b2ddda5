// The front door of the real app (server/main.ts in front of the production build): limits that a
// made-up X-Forwarded-For cannot dodge, one budget for every way of looking a plan up, malformed
// requests answered plainly without a log line, prefetches with a CSP, and preview cards that are
// gone the moment a plan is revoked or deleted.
import SQLite from "better-sqlite3";
import { CreatePlanResponse, NewLinkResponse } from "@/lib/api-contract";
import { strictnessProblem } from "../fixtures/csp";
import { STACK_LINE } from "../fixtures/stack-trace";
import { personas } from "../fixtures/personas";
import { cutShortUpload, type RawRequest, send } from "../fixtures/raw-http";
import { savePlan } from "@/scripts/app-server";
import { appsPerTest } from "./app-server";
import { expect, test } from "./fixtures";

const app = appsPerTest(test);
const save = savePlan;

const planCount = (file: string) => {
  const db = new SQLite(file, { readonly: true });
  try {
    return (db.prepare("select count(*) as n from plans").get() as { n: number }).n;
  } finally {
    db.close();
  }
};

const randomAddress = () => Array.from({ length: 4 }, () => 1 + Math.floor(Math.random() * 250)).join(".");

test("a new X-Forwarded-For per request gains nothing: writes stop at the limit", async () => {
  const server = await app({ ONEPATH_WRITES_PER_MINUTE: "5" });
  const statuses: number[] = [];
  for (let i = 0; i < 20; i++) statuses.push((await save(server.origin, { "x-forwarded-for": randomAddress() })).status);
  expect(statuses.slice(0, 5)).toEqual([201, 201, 201, 201, 201]);
  expect(statuses.slice(5)).toEqual(Array(15).fill(429));
  expect(planCount(server.sqliteFile!)).toBe(5);
});

test("behind one trusted proxy, the address it appended is the client", async () => {
  const server = await app({ ONEPATH_WRITES_PER_MINUTE: "2", ONEPATH_TRUSTED_PROXY_HOPS: "1" });
  const from = async (forwarded: string) => (await save(server.origin, { "x-forwarded-for": forwarded })).status;
  // A client prepending addresses of its own is still the one client the proxy saw.
  expect([await from("10.0.0.1, 198.51.100.7"), await from("10.0.0.2, 198.51.100.7"), await from("198.51.100.7")]).toEqual([201, 201, 429]);
  expect([await from("198.51.100.8"), await from("198.51.100.8"), await from("198.51.100.8")]).toEqual([201, 201, 429]);
  // A proxy that writes the client's port too: each client still has its own budget, not the proxy's.
  expect([await from("198.51.100.9:5555"), await from("198.51.100.9:5556"), await from("[2001:db8::9]:443")]).toEqual([201, 201, 201]);
  expect(server.output()).not.toContain("front door:");
});

test("pages, API, exports, cards, prefetches and re-run comparisons share one look-up budget", async () => {
  const server = await app({ ONEPATH_LOOKUPS_PER_MINUTE: "9" });
  const { id } = CreatePlanResponse.parse(JSON.parse((await save(server.origin)).body));
  const doors: RawRequest[] = [
    { path: `/plans/${id}` },
    { path: `/api/plans/${id}` },
    { path: `/plans/${id}/plan.md` },
    { path: `/plans/${id}/plan.ics` },
    { path: `/plans/${id}/opengraph-image` },
    { path: `/plans/${id}`, headers: { purpose: "prefetch" } },
    { path: `/plans/${id}`, headers: { "next-router-prefetch": "1", rsc: "1" } },
    { path: `/plans/${id}`, headers: { rsc: "1" } },
    { path: `/result?employer=pm-team-settled&deadline=3-12-months&hours=3-8&networking=medium&compare=${id}` },
  ];
  // (An RSC request without its cache-busting _rsc parameter is redirected to one that has it.)
  for (const door of doors) expect([200, 307], JSON.stringify(door)).toContain((await send(server.origin, door)).status);
  for (const door of doors) {
    const refused = await send(server.origin, door);
    expect(refused.status, JSON.stringify(door)).toBe(429);
    expect(refused.headers["retry-after"]).toMatch(/^\d+$/);
    expect(refused.body).not.toContain(id);
  }
  // Pages that look nothing up still load.
  expect((await send(server.origin, { path: "/" })).status).toBe(200);
});

test("prefetches get the same Content-Security-Policy as pages", async ({ request, baseURL }) => {
  const { id } = CreatePlanResponse.parse(await (await request.post("/api/plans", { data: { answers: personas[0]!.answers }, headers: { origin: baseURL! } })).json());
  const prefetches: Record<string, string>[] = [{ purpose: "prefetch" }, { "next-router-prefetch": "1" }, { "next-router-prefetch": "1", rsc: "1" }];
  for (const headers of prefetches) {
    for (const path of ["/", `/plans/${id}`, "/wizard"]) {
      const response = await request.get(path, { headers });
      expect(response.status(), `${path} ${JSON.stringify(headers)}`).toBe(200);
      expect(strictnessProblem(response.headers()["content-security-policy"]), `${path} ${JSON.stringify(headers)}`).toBeNull();
    }
  }
});

test("malformed requests get 400 or 405 with the security headers, and leave no stack trace in the log", async () => {
  const server = await app({});
  const cases: [RawRequest, number][] = [
    [{ path: "/plans/%ff/plan.md" }, 400],
    [{ path: "/api/plans/%E0%A4%A" }, 400],
    [{ path: "/plans/%ff" }, 400],
    [{ method: "TRACE", path: "/" }, 405],
    [{ method: "TRACE", path: "/plans/AAAAAAAAAAAAAAAAAAAAAAAA" }, 405],
    [{ method: "TRACE", path: "/api/plans" }, 405],
    [{ method: "PROPFIND", path: "/" }, 405],
    [{ path: "/opengraph-image", headers: { rsc: "1", "next-router-state-tree": "" } }, 400],
    [{ path: "/plans/x/opengraph-image", headers: { rsc: "1", "next-router-state-tree": "%5B" } }, 400],
    [{ path: "/", headers: { "next-action": "x#~mJ!+" } }, 400],
    [{ method: "POST", path: "/", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "a=1" }, 405],
    [{ path: `/_next/image?url=${encodeURIComponent("/plans/%ff/opengraph-image")}&w=64&q=75` }, 404],
  ];
  for (let round = 0; round < 20; round++) {
    for (const [request, status] of cases) {
      const response = await send(server.origin, request);
      expect(response.status, JSON.stringify(request)).toBe(status);
      expect(response.headers).toMatchObject({ "x-content-type-options": "nosniff", "x-frame-options": "DENY", "referrer-policy": "no-referrer" });
      expect(response.headers["content-security-policy"]).toContain("default-src 'none'");
      expect(response.body).not.toMatch(STACK_LINE);
    }
  }
  expect((await send(server.origin, { path: "/" })).status).toBe(200);
  expect(server.output()).not.toMatch(STACK_LINE);
  expect(server.output()).not.toMatch(/error/i);
});

test("uploads the client gives up on are no store failure and leave no line in the log", async () => {
  const server = await app({});
  expect((await save(server.origin)).status).toBe(201); // the plan store is open (and says so once)
  const started = server.output();
  for (let i = 0; i < 100; i++) {
    await cutShortUpload(server.origin, "/api/plans");
    await cutShortUpload(server.origin, "/api/recommendation");
  }
  expect((await save(server.origin)).status).toBe(201);
  await server.stop(); // everything it wrote is in its output now
  expect(server.output().slice(started.length)).toBe("");
});

test("OPTIONS says what may be done, once; Next's own error page is not an address", async () => {
  const server = await app({});
  for (const path of ["/", "/wizard", "/result?hours=3-8", "/plans/AAAAAAAAAAAAAAAAAAAAAAAA", "/nope", "/api/catalog"]) {
    const response = await send(server.origin, { method: "OPTIONS", path });
    expect(response.status, path).toBe(204);
    expect(response.headers.allow, path).toBe("GET, HEAD, OPTIONS");
    expect(response.headers["x-content-type-options"], path).toBe("nosniff");
  }
  const api = await send(server.origin, { method: "OPTIONS", path: "/api/plans" });
  expect([api.status, api.headers.allow]).toEqual([204, "OPTIONS, POST"]);
  const globalError = await send(server.origin, { path: "/_global-error" });
  expect(globalError.status).toBe(404);
  expect(globalError.headers["cache-control"]).toBe("no-store");
  expect(server.output()).not.toMatch(/error/i);
});

test("a revoked or deleted plan's preview card is gone at once, and no image cache ever holds one", async ({ request, baseURL }) => {
  const saved = await request.post("/api/plans", { data: { answers: personas[0]!.answers }, headers: { origin: baseURL! } });
  const { id, editToken } = CreatePlanResponse.parse(await saved.json());
  const owner = { origin: baseURL!, authorization: `Bearer ${editToken}` };
  const optimised = (planId: string) => `/_next/image?url=${encodeURIComponent(`/plans/${planId}/opengraph-image`)}&w=1200&q=75`;

  const card = await request.get(`/plans/${id}/opengraph-image`);
  expect(card.status()).toBe(200);
  expect(card.headers()["content-type"]).toBe("image/png");
  expect(card.headers()["cache-control"]).toBe("no-store");
  // The image optimiser (public, max-age=14400, on disk) is never reached, so it cannot keep a card.
  const throughOptimiser = await request.get(optimised(id));
  expect(throughOptimiser.status()).toBe(404);
  expect(throughOptimiser.headers()["cache-control"]).toBe("no-store");

  const newLink = await request.post(`/api/plans/${id}/new-link`, { headers: owner });
  const moved = NewLinkResponse.parse(await newLink.json());
  expect((await request.get(`/plans/${id}/opengraph-image`)).status()).toBe(404);
  expect((await request.get(optimised(id))).status()).toBe(404);
  expect((await request.get(`/plans/${moved.id}/opengraph-image`)).status()).toBe(200);

  expect((await request.delete(`/api/plans/${moved.id}`, { headers: { ...owner, authorization: `Bearer ${moved.editToken}` } })).status()).toBe(204);
  expect((await request.get(`/plans/${moved.id}/opengraph-image`)).status()).toBe(404);
  expect((await request.get(optimised(moved.id))).status()).toBe(404);
});

test("a bare `next start` refuses to serve without the front door", async () => {
  const { spawn } = await import("node:child_process");
  const child = spawn("node_modules/.bin/next", ["start", "-p", "0", "--hostname", "127.0.0.1"], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  expect(code).not.toBe(0);
  expect(output).toContain("OnePath serves through its front door: start it with `npm start`");
});
