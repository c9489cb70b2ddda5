// A PostgreSQL that stops answering: its processes stopped with SIGSTOP, so connections stay open
// and nothing comes back (a frozen host, a network dropping packets). Plan requests get the
// designed 503 within the database timeout, logged in one line per kind of failure, the shared
// rate limits fall back to this process's counts at once, nothing answered 503 is committed when
// the server resumes, and everything works again without a restart. The server is this file's
// own: stopping the shared one would stall every other test file.
import pg from "pg";
import { afterAll, beforeAll, expect, it, type MockInstance, vi } from "vitest";
import { CreatePlanResponse, SavedPlan } from "@/lib/api-contract";
import { readEnv } from "@/server/config";
import { DATABASE_TIMEOUT_MS } from "@/server/db/connect";
import { storeFailureLog } from "@/server/db/failure";
import { createLimiter, type Limiter, SHARED_COUNT_TIMEOUT_MS } from "@/server/rate-limit";
import { startEmbeddedPostgres } from "../fixtures/embedded-postgres";
import { api, UNAVAILABLE } from "../fixtures/plan-requests";
import { timed, within } from "../fixtures/within";
import { pointAppAt } from "./databases";

let postgres: Awaited<ReturnType<typeof startEmbeddedPostgres>>;
let limiter: Limiter;
const limiterLog: string[] = [];
let log: MockInstance<typeof console.error>;

beforeAll(async () => {
  postgres = await startEmbeddedPostgres();
  await pointAppAt({ DATABASE_URL: postgres.url, ONEPATH_SQLITE_FILE: "" });
  limiter = createLimiter(readEnv({ DATABASE_URL: postgres.url, ONEPATH_LOOKUPS_PER_MINUTE: "1000" }), (m) => limiterLog.push(m));
  log = vi.spyOn(console, "error").mockImplementation(() => undefined);
});
afterAll(async () => {
  postgres?.resume();
  log?.mockRestore();
  await limiter?.close();
  await pointAppAt({ ONEPATH_SQLITE_FILE: "" });
  await postgres?.stop();
});

it("answers 503 within the timeout, counts limits locally at once, commits nothing and recovers on its own", async () => {
  const saved = CreatePlanResponse.parse(await (await api.save()).json());
  const before = SavedPlan.parse(await (await api.view(saved.id)).json());
  expect(await limiter.hit("lookup", "192.0.2.1")).toBeNull(); // counted in PostgreSQL
  await Promise.all(Array.from({ length: 4 }, () => api.view(saved.id))); // idle pooled connections

  postgres.pause();
  try {
    // Generous for a shared machine, yet far from the hang it was: every request waited until its client gave up.
    const bound = DATABASE_TIMEOUT_MS + 5000;
    const started = performance.now();
    const answers = await within(
      bound,
      "plan requests while PostgreSQL is stopped",
      Promise.all([
        api.view(saved.id),
        api.save(),
        api.rename(saved.id, saved.editToken, 1, "Renamed while stopped"),
        ...Array.from({ length: 12 }, () => api.view(saved.id)), // more than the pool holds
      ]),
    );
    expect(performance.now() - started).toBeLessThan(bound);
    for (const response of answers) {
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual(UNAVAILABLE);
    }
    // One line for each kind of failure (what failed and its code), not a stack trace per request;
    // the repeats are counted, and said once their minute is over (flushed here).
    const shortened = `${saved.id.slice(0, 4)}…`;
    expect(log.mock.calls.map((call) => call.join(" ")).sort()).toEqual([
      `store: apply failed (ETIMEDOUT) on PATCH /api/plans/${shortened}`,
      "store: create failed (ETIMEDOUT) on POST /api/plans",
      `store: get failed (ETIMEDOUT) on GET /api/plans/${shortened}`,
    ]);
    storeFailureLog().flush();
    expect(log.mock.calls.slice(3)).toEqual([
      [expect.stringMatching(/^store: get failed \(ETIMEDOUT\): 12 more times in the last \d+ s$/)],
    ]);
    // The limiter waits for PostgreSQL once, briefly, then counts here without waiting.
    expect(await timed(SHARED_COUNT_TIMEOUT_MS + 2500, "the first count", () => limiter.hit("lookup", "192.0.2.1"))).toBeLessThan(
      SHARED_COUNT_TIMEOUT_MS + 2500,
    );
    const rest = await timed(1000, "twenty more counts", async () => {
      for (let i = 0; i < 20; i++) expect(await limiter.hit("lookup", "192.0.2.1")).toBeNull();
    });
    expect(rest).toBeLessThan(1000);
    expect(limiterLog).toEqual([expect.stringMatching(/^rate limits: the shared counts in PostgreSQL are unavailable \(ETIMEDOUT\)/)]);
  } finally {
    postgres.resume();
  }

  // Back without a restart: plans and the shared counts.
  await expect.poll(async () => (await api.view(saved.id)).status, { timeout: 30_000, interval: 200 }).toBe(200);
  expect(SavedPlan.parse(await (await api.view(saved.id)).json())).toEqual(before);
  expect((await api.save()).status).toBe(201);
  const admin = new pg.Client({ connectionString: postgres.url });
  await admin.connect();
  try {
    // The save and the rename answered 503 were never committed, even after PostgreSQL ran them on.
    const { rows } = await admin.query<{ title: string }>("select title from plans order by created_at");
    expect(rows.map((r) => r.title)).toEqual([before.title, before.title]);
    await expect
      .poll(
        async () => {
          await limiter.hit("lookup", "192.0.2.9");
          return (await admin.query("select count from rate_limits where key = 'lookup:192.0.2.9'")).rowCount;
        },
        { timeout: 30_000, interval: 500 },
      )
      .toBe(1);
  } finally {
    await admin.end();
  }
});
