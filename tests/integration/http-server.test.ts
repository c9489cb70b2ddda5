// The HTTP server the front door runs in, on a real socket with a stand-in for Next: slow and greedy
// clients are cut off in seconds (408) and capped per address, Node's own answers carry the
// security headers, and keep-alive connections do not idle for long.
import type { IncomingMessage, ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readEnv } from "@/server/config";
import { createFrontDoor } from "@/server/front-door/door";
import {
  type AppServer,
  createAppServer,
  HEADERS_TIMEOUT_MS,
  KEEP_ALIVE_TIMEOUT_MS,
  REQUEST_TIMEOUT_MS,
} from "@/server/front-door/http-server";
import { createLimiter } from "@/server/rate-limit";
import { drip, openConnection, send } from "../fixtures/raw-http";
import { within } from "../fixtures/within";

const env = readEnv({});
const limiter = createLimiter(env);
let app: AppServer;
let origin = "";

let bodiesCutShort = 0;

/** A stand-in for Next that reads the whole body, then answers 200 (and fails when the body never ends). */
async function nextStandIn(request: IncomingMessage, response: ServerResponse) {
  try {
    for await (const chunk of request) void chunk;
  } catch (error) {
    bodiesCutShort++;
    throw error;
  }
  response.writeHead(200, { "Content-Type": "text/plain" }).end("next");
}

const logged: string[] = [];

beforeAll(async () => {
  const handle = createFrontDoor({ env, limiter, handle: nextStandIn, log: (line) => logged.push(line) });
  app = createAppServer({ handle, connectionsPerClient: env.ONEPATH_CONNECTIONS_PER_CLIENT, ready: () => Promise.resolve(null) });
  await new Promise<void>((resolve) => app.server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
});
afterAll(async () => {
  await app.stop();
  await limiter.close();
});

const open = (localAddress?: string) => openConnection(origin, localAddress);

const SECURITY = /^X-Content-Type-Options: nosniff\r$/m;

describe.concurrent("clients that take their time", () => {
  it("a request whose headers trickle in gets 408 within seconds", async ({ expect }) => {
    const raw = await open();
    raw.socket.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    drip(raw, "X-Slow: 1\r\n");
    const openFor = await within(HEADERS_TIMEOUT_MS + 8000, "the connection's end", raw.closed);
    expect(raw.text()).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
    expect(raw.text()).toMatch(SECURITY);
    expect(openFor).toBeGreaterThanOrEqual(HEADERS_TIMEOUT_MS - 1000);
  });

  it("a connection that never sends a request is closed within seconds", async ({ expect }) => {
    const raw = await open();
    await within(HEADERS_TIMEOUT_MS + 8000, "the connection's end", raw.closed);
    expect(raw.text()).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
  });

  it("a body that trickles in gets 408 within seconds", async ({ expect }) => {
    const raw = await open();
    raw.socket.write(
      "POST /api/recommendation HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{",
    );
    drip(raw, " ");
    const openFor = await within(REQUEST_TIMEOUT_MS + 8000, "the connection's end", raw.closed);
    expect(raw.text()).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
    expect(openFor).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_MS - 1000);
    // Next's reading of the body it will never get fails; that is the client's doing, not logged.
    await expect.poll(() => bodiesCutShort, { timeout: 5000 }).toBe(1);
    expect(logged).toEqual([]);
  });

  it("an idle keep-alive connection is closed after a few seconds", async ({ expect }) => {
    const raw = await open();
    raw.socket.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    const openFor = await within(KEEP_ALIVE_TIMEOUT_MS + 5000, "the connection's end", raw.closed);
    expect(raw.text()).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(raw.text()).toMatch(/^Keep-Alive: timeout=5\r$/m);
    expect(openFor).toBeGreaterThanOrEqual(KEEP_ALIVE_TIMEOUT_MS - 1000);
  });
});

describe("one client address", () => {
  it(`holds at most ${env.ONEPATH_CONNECTIONS_PER_CLIENT} connections; the next is closed at once, other clients are still served`, async () => {
    const held = await Promise.all(Array.from({ length: env.ONEPATH_CONNECTIONS_PER_CLIENT }, () => open("127.0.0.5")));
    try {
      const extra = await open("127.0.0.5");
      await within(3000, "closing the connection past the cap", extra.closed);
      expect(extra.text()).toBe("");
      // Another client, and the first client's own open connections, are served as ever.
      expect((await send(origin, { path: "/", localAddress: "127.0.0.6" })).status).toBe(200);
      held[0]!.socket.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
      await within(3000, "an answer on a held connection", held[0]!.closed);
      expect(held[0]!.text()).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
      // One closed, one more may open (once the server has seen it close).
      const answerOnNewConnection = async () => {
        const again = await open("127.0.0.5");
        again.socket.end("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        await within(3000, "an answer or a close", again.closed);
        return again.text().split("\r\n")[0];
      };
      await expect.poll(answerOnNewConnection, { timeout: 5000 }).toBe("HTTP/1.1 200 OK");
    } finally {
      for (const raw of held) raw.socket.destroy();
    }
  });
});

describe("answers Node would give by itself", () => {
  it.each([
    ["no Host header (HTTP/1.1)", "GET / HTTP/1.1\r\n\r\n", /^HTTP\/1\.1 400 Bad Request\r\n/],
    ["headers too large", `GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`, /^HTTP\/1\.1 431 /],
    ["not HTTP at all", "HELLO\r\n\r\n", /^HTTP\/1\.1 400 Bad Request\r\n/],
  ])("%s: with the security headers", async (_, request, status) => {
    const raw = await open();
    raw.socket.write(request);
    await within(5000, "the answer", raw.closed);
    expect(raw.text()).toMatch(status);
    expect(raw.text()).toMatch(SECURITY);
  });

  it("an HTTP/1.0 request without Host is still served", async () => {
    const raw = await open();
    raw.socket.write("GET / HTTP/1.0\r\n\r\n");
    await within(5000, "the answer", raw.closed);
    expect(raw.text()).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
  });
});
