// The front door of the real app (server/main.ts in front of the production build), for what only
// the real app shows: prefetches with Next's CSP, uploads cut short that leave the real server's log
// empty, OPTIONS and Next's own error page, preview cards gone the moment a plan is revoked or
// deleted, and no serving without the door. Who the client is, the budgets and malformed requests
// are proved on the door itself, in tests/integration/front-door.test.ts.
import { CreatePlanResponse, NewLinkResponse } from "@/lib/api-contract";
import { strictnessProblem } from "../fixtures/csp";
import { personas } from "../fixtures/personas";
import { cutShortUpload, send } from "../fixtures/raw-http";
import { savePlan } from "@/scripts/app-server";
import { appsPerTest } from "./app-server";
import { expect, test } from "./fixtures";

const app = appsPerTest(test);
const save = savePlan;

test("prefetches get the same Content-Security-Policy as pages", async ({ request, baseURL }) => {
  const { id } = CreatePlanResponse.parse(
    await (await request.post("/api/plans", { data: { answers: personas[0]!.answers }, headers: { origin: baseURL! } })).json(),
  );
  const prefetches: Record<string, string>[] = [
    { purpose: "prefetch" },
    { "next-router-prefetch": "1" },
    { "next-router-prefetch": "1", rsc: "1" },
  ];
  for (const headers of prefetches) {
    for (const path of ["/", `/plans/${id}`, "/wizard"]) {
      const response = await request.get(path, { headers });
      expect(response.status(), `${path} ${JSON.stringify(headers)}`).toBe(200);
      expect(strictnessProblem(response.headers()["content-security-policy"]), `${path} ${JSON.stringify(headers)}`).toBeNull();
    }
  }
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

  expect(
    (await request.delete(`/api/plans/${moved.id}`, { headers: { ...owner, authorization: `Bearer ${moved.editToken}` } })).status(),
  ).toBe(204);
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
