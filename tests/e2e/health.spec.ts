// What a load balancer asks a real app server: /healthz (the process answers) and /readyz (its
// database answers within a second and is migrated), never counted against a limit nor logged; and
// how it stops on SIGTERM: not ready at once, no new connections, the requests in flight finished.
import { STOP_GRACE_MS } from "@/server/front-door/http-server";
import { startEmbeddedPostgres } from "../fixtures/embedded-postgres";
import { openConnection, send } from "../fixtures/raw-http";
import { personas } from "../fixtures/personas";
import { within } from "../fixtures/within";
import { appsPerTest } from "./app-server";
import { expect, test } from "./fixtures";

const app = appsPerTest(test);

/** Statuses of GET path, asked n times. */
const ask = async (origin: string, path: string, n = 1) => {
  const statuses: number[] = [];
  for (let i = 0; i < n; i++) statuses.push((await send(origin, { path })).status);
  return statuses;
};

test("/readyz follows a stopped and resumed PostgreSQL; /healthz answers throughout", async () => {
  test.setTimeout(180_000);
  const postgres = await startEmbeddedPostgres();
  try {
    const server = await app({ DATABASE_URL: postgres.url, ONEPATH_LOOKUPS_PER_MINUTE: "1", ONEPATH_WRITES_PER_MINUTE: "1" });
    await expect.poll(async () => (await send(server.origin, { path: "/readyz" })).body, { timeout: 30_000 }).toBe("ready\n");
    const started = server.output();
    // Never counted against a limit (here one a minute), whatever the kind.
    expect(await ask(server.origin, "/readyz", 30)).toEqual(Array(30).fill(200));
    expect(await ask(server.origin, "/healthz", 30)).toEqual(Array(30).fill(200));

    postgres.pause();
    try {
      const notReady = await within(5000, "/readyz with the database stopped", send(server.origin, { path: "/readyz" }));
      expect(notReady.status).toBe(503);
      expect(notReady.body).toBe("not ready: the database did not answer (ETIMEDOUT)\n");
      expect(notReady.headers["cache-control"]).toBe("no-store");
      expect(notReady.headers["x-content-type-options"]).toBe("nosniff");
      const alive = await within(2000, "/healthz with the database stopped", send(server.origin, { path: "/healthz", method: "HEAD" }));
      expect(alive.status).toBe(200);
    } finally {
      postgres.resume();
    }
    await expect.poll(async () => (await send(server.origin, { path: "/readyz" })).status, { timeout: 30_000 }).toBe(200);
    expect(server.output().slice(started.length)).toBe("");
  } finally {
    await postgres.stop();
  }
});

test("on SIGTERM: not ready at once, no new connections, requests in flight finish, then it exits", async () => {
  const server = await app({});
  const body = JSON.stringify({ answers: personas[0]!.answers });
  /** A request whose body is still to come, once the server has taken it on (its "100 Continue"). */
  const begun = async (head: string) => {
    const connection = await openConnection(server.origin);
    connection.socket.write(`${head}Host: 127.0.0.1\r\nExpect: 100-continue\r\n\r\n`);
    await expect.poll(connection.text).toMatch(/^HTTP\/1\.1 100 Continue\r\n\r\n/);
    return connection;
  };
  // In flight when the signal comes: an upload, a readiness probe, and an upload that never ends.
  const json = "POST /api/recommendation HTTP/1.1\r\nContent-Type: application/json\r\n";
  const upload = await begun(`${json}Content-Length: ${body.length}\r\n`);
  const probe = await begun("GET /readyz HTTP/1.1\r\nContent-Length: 1\r\n");
  const endless = await begun(`${json}Content-Length: 100\r\n`);

  const signalled = performance.now();
  server.signal("SIGTERM");
  await expect
    .poll(
      () =>
        openConnection(server.origin).then(
          (c) => (c.socket.destroy(), "accepted"),
          (e: NodeJS.ErrnoException) => e.code,
        ),
      { timeout: 5000 },
    )
    .toBe("ECONNREFUSED");
  probe.socket.write("x");
  await within(5000, "the readiness answer", probe.closed);
  expect(probe.text()).toMatch(/\r\n\r\nHTTP\/1\.1 503 Service Unavailable\r\n/);
  expect(probe.text()).toMatch(/^Connection: close\r$/m);
  expect(probe.text()).toMatch(/\r\n\r\nnot ready: shutting down\n$/);
  upload.socket.write(body);
  await within(5000, "the upload's answer", upload.closed);
  expect(upload.text()).toMatch(/\r\n\r\nHTTP\/1\.1 200 OK\r\n/);
  expect(upload.text()).toContain('"route":{"id":');
  // The request that never ends is cut off after the grace period, and the server exits cleanly.
  expect(await within(STOP_GRACE_MS + 15_000, "the server's exit", server.exited)).toBe(0);
  expect(performance.now() - signalled).toBeGreaterThan(STOP_GRACE_MS - 1000);
  await within(1000, "the endless request's end", endless.closed);
});
