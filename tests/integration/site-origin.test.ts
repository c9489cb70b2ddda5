// The site's public origin comes from the settings, never from a request. A probe once saved a plan
// with `Host: evil.example` and `Origin: http://evil.example`: the same-origin check passed (both
// came from the request) and the share link pointed at evil.example. Here the probe runs again over
// raw HTTP against the front door on a real socket, in its HTTP server (health checks included),
// with the real "save a plan" handler behind it where Next would be.
// (tests/e2e/site-origin.spec.ts does the same against the built app.)
import type { IncomingMessage, ServerResponse } from "node:http";
import { afterEach, describe, expect, it, vi } from "vitest";
import { POST as create } from "@/app/api/plans/route";
import { CreatePlanResponse } from "@/lib/api-contract";
import { readEnv } from "@/server/config";
import { createFrontDoor } from "@/server/front-door/door";
import { createAppServer } from "@/server/front-door/http-server";
import { createLimiter } from "@/server/rate-limit";
import { freePort } from "../fixtures/free-port";
import { personas } from "../fixtures/personas";
import { type RawResponse, send } from "../fixtures/raw-http";
import { engines, servePlansFrom } from "./databases";

servePlansFrom(...engines[0]);

const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
  vi.unstubAllEnvs();
});

/** Where Next would be: POST /api/plans goes to its route handler, with the URL Next would build from the Host. */
async function nextStandIn(request: IncomingMessage, response: ServerResponse) {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) if (typeof value === "string") headers.set(name, value);
  const answer =
    request.method === "POST" && request.url === "/api/plans"
      ? await create(new Request(`http://${request.headers.host}${request.url}`, { method: "POST", headers, body: Buffer.concat(chunks) }))
      : new Response("not here", { status: 404 });
  response.writeHead(answer.status, { "Content-Type": answer.headers.get("content-type") ?? "text/plain" }).end(await answer.text());
}

/** The app's HTTP server and front door on a free port, with these settings for the door and the handler alike. */
async function app(settings: { ONEPATH_PUBLIC_URL?: string } = {}) {
  const port = await freePort();
  // The handler reads the settings from the environment, as in the app (server/main.ts sets PORT).
  vi.stubEnv("PORT", String(port));
  vi.stubEnv("ONEPATH_PUBLIC_URL", settings.ONEPATH_PUBLIC_URL);
  const env = readEnv();
  const limiter = createLimiter(env);
  const logged: string[] = [];
  const handle = createFrontDoor({ env, limiter, handle: nextStandIn, log: (line) => logged.push(line) });
  const { server, stop } = createAppServer({ handle, connectionsPerClient: null, ready: () => Promise.resolve(null) });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  stops.push(async () => {
    await stop();
    await limiter.close();
  });
  const origin = `http://127.0.0.1:${port}`;
  const save = (headers: Record<string, string>) =>
    send(origin, {
      method: "POST",
      path: "/api/plans",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ answers: personas[0]!.answers }),
    });
  return { origin, save, logged };
}

const link = (response: RawResponse) => CreatePlanResponse.parse(JSON.parse(response.body)).url;

describe("the public origin", () => {
  it("refuses the probe (Host evil.example, Origin http://evil.example) at the front door, with the security headers", async () => {
    const { origin, save, logged } = await app();
    const probe = await save({ host: "evil.example", origin: "http://evil.example" });
    expect(probe.status).toBe(421);
    expect(JSON.parse(probe.body)).toEqual({ error: `Misdirected request: this server answers for ${origin} only.` });
    expect(probe.headers["x-content-type-options"]).toBe("nosniff");
    expect(probe.headers["cache-control"]).toBe("no-store");
    expect(probe.body).not.toContain("/plans/");
    // The same request for this server's own address saves, and its link is this server's.
    const saved = await save({ origin });
    expect(saved.status).toBe(201);
    expect(link(saved)).toMatch(new RegExp(`^${origin}/plans/[A-Za-z0-9_-]+$`));
    // A page of another site cannot write here either.
    expect((await save({ origin: "http://evil.example" })).status).toBe(403);
    expect(logged).toEqual([]);
  });

  it("is ONEPATH_PUBLIC_URL where set: its host and the address listened on are served, links use it, others are refused", async () => {
    const { origin, save } = await app({ ONEPATH_PUBLIC_URL: "https://plans.example.org" });
    const published = { origin: "https://plans.example.org" };
    // A proxy that passes the public Host on, and one that names the address it forwards to (nginx's default).
    for (const host of ["plans.example.org", "plans.example.org:443", new URL(origin).host]) {
      const saved = await save({ host, ...published });
      expect(saved.status, host).toBe(201);
      expect(link(saved), host).toMatch(/^https:\/\/plans\.example\.org\/plans\/[A-Za-z0-9_-]+$/);
    }
    for (const host of ["evil.example", "plans.example.org.evil.example", "localhost"]) {
      const refused = await save({ host, origin: `http://${host}` });
      expect(refused.status, host).toBe(421);
      expect(JSON.parse(refused.body), host).toEqual({
        error: "Misdirected request: this server answers for https://plans.example.org only.",
      });
    }
    // Writes come from the public origin only, whichever host the request named.
    expect((await save({ origin })).status).toBe(403);
  });

  it("leaves health checks alone whatever host they name (a load balancer may use the server's own address)", async () => {
    const { origin } = await app({ ONEPATH_PUBLIC_URL: "https://plans.example.org" });
    for (const path of ["/healthz", "/readyz"]) {
      const answer = await send(origin, { path, headers: { host: "10.0.0.7:3000" } });
      expect(answer.status, path).toBe(200);
    }
    expect((await send(origin, { path: "/", headers: { host: "10.0.0.7:3000" } })).status).toBe(421);
  });
});
