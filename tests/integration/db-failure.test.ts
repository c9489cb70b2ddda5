// When the database fails for real (a read-only file, a lock held by another
// writer, PostgreSQL down or dropping the connection mid-write) the API answers 503 with a plain
// JSON message and no stack (the plan's downloads and preview card the same message as text, a
// saved plan's page says the store is unavailable, a re-run shows its result without the
// comparison), the server log says in one line what failed and the error's code (repeats of it
// are counted, not written again), and nothing half-written remains.
// Failures without an error code (a dropped connection, a connect timeout) count too: the data
// layer marks everything the store throws (server/db/failure.ts).
import { execFileSync } from "node:child_process";
import { appendFileSync, chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import pg from "pg";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it, type MockInstance, vi } from "vitest";
import { CreatePlanResponse, type SavedPlan } from "@/lib/api-contract";
import { open, openSqlite } from "@/server/db/connect";
import { migrateToLatest } from "@/server/db/migrations";
import { createPlanRepository } from "@/server/plans/repository";
import { personas } from "../fixtures/personas";
import { STACK_LINE } from "../fixtures/stack-trace";
import { newPlanFrom } from "../fixtures/plans";
import { pointAppAt, postgresDatabase, type TestDatabase } from "./databases";
import { POST as create } from "@/app/api/plans/route";
import { POST as recommend } from "@/app/api/recommendation/route";
import { GET as planMd } from "@/app/plans/[id]/plan.md/route";
import { GET as planIcs } from "@/app/plans/[id]/plan.ics/route";
import previewCard from "@/app/plans/[id]/opengraph-image";
import PlanPage, { generateMetadata as planMetadata } from "@/app/plans/[id]/page";
import ResultPage from "@/app/result/page";
import { PlanComparison } from "@/components/plans/plan-comparison";
import { PlanUnavailable } from "@/components/plans/plan-unavailable";
import { pageCopy } from "@/data/copy";
import { resultHref } from "@/lib/addresses";
import { storeFailureLog } from "@/server/db/failure";
import { STORE_UNAVAILABLE } from "@/server/http";
import { api, ORIGIN, params, planRequest, UNAVAILABLE } from "../fixtures/plan-requests";

type Config = { DATABASE_URL?: string; ONEPATH_SQLITE_FILE: string };
const serve = pointAppAt;

let log: MockInstance<typeof console.error>;
beforeEach(() => {
  log = vi.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(async () => {
  storeFailureLog().flush(); // the next test starts with no failure counted
  log.mockRestore();
  await serve({ ONEPATH_SQLITE_FILE: "" });
});

/** A store failure's line: "store: <operation> failed (<code>) on <method> <path, a plan's id shortened>". */
const STORE_LINE = /^store: (\w+) failed \(([^)\n]+)\) on (GET|POST|PATCH) (\/\S*)$/;

/** Each line logged so far: one string, one line, no stack. */
function loggedLines(): string[] {
  return log.mock.calls.map((call) => {
    expect(call).toHaveLength(1);
    const line = String(call[0]);
    expect(line).not.toContain("\n");
    expect(line).not.toMatch(STACK_LINE);
    return line;
  });
}

/** 503, the plain message and nothing else, and one line in the log with what failed and its code. */
/** code: what the logged error's code must match, or null for failures that carry no code. */
async function expectUnavailable(response: Response, code: RegExp | null) {
  expect(response.status).toBe(503);
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  const text = await response.text();
  expect(JSON.parse(text)).toEqual(UNAVAILABLE);
  expect(text).not.toMatch(/\bat |Error|SQLITE|ECONN|node_modules|\.ts\b/);
  const failures = loggedLines().map((line) => STORE_LINE.exec(line));
  expect(failures.every(Boolean), loggedLines().join("\n")).toBe(true);
  // A repeat of a failure already logged is counted, not written again: some line names it.
  if (code)
    expect(
      failures.some((failure) => code.test(failure![2]!)),
      loggedLines().join("\n"),
    ).toBe(true);
}

/** The plan reads back exactly as before, and no other plan was written. */
async function expectUnchanged(config: Config, plan: SavedPlan) {
  const connection = open(config);
  const repo = createPlanRepository(connection);
  try {
    expect(await repo.get(plan.id, null, "full")).toEqual(plan);
    const { count } = await connection.db
      .selectFrom("plans")
      .select((e) => e.fn.countAll().as("count"))
      .executeTakeFirstOrThrow();
    expect(Number(count)).toBe(1);
  } finally {
    await repo.close();
  }
}

describe("a client that hangs up in the middle of its upload", () => {
  /** A POST whose body stream fails after one byte, as Node reports a dropped connection. */
  const cutShort = (path: string) => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode("{"));
        controller.error(Object.assign(new Error("aborted"), { code: "ECONNRESET" }));
      },
    });
    const headers = { host: new URL(ORIGIN).host, origin: ORIGIN, "content-type": "application/json", "content-length": "100" };
    return new Request(`${ORIGIN}${path}`, { method: "POST", headers, body, duplex: "half" } as RequestInit);
  };

  it("is not a store failure: 400, and nothing in the log", async () => {
    const dir = mkdtempSync(join(tmpdir(), "onepath-aborted-"));
    try {
      await serve({ ONEPATH_SQLITE_FILE: join(dir, "plans.sqlite") });
      for (const [path, post] of [
        ["/api/plans", create],
        ["/api/recommendation", recommend],
      ] as const) {
        const response = await post(cutShort(path));
        expect(response.status, path).toBe(400);
        expect(await response.json()).toEqual({ error: "body: the request ended before its body did" });
      }
      expect(log).not.toHaveBeenCalled();
      expect((await api.save()).status).toBe(201); // the store was fine all along
    } finally {
      await serve({ ONEPATH_SQLITE_FILE: "" });
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("SQLite failures", () => {
  const dir = mkdtempSync(join(tmpdir(), "onepath-db-failure-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** A database with one saved plan, closed (so its WAL is checkpointed away). */
  async function withOnePlan(name: string) {
    const folder = mkdtempSync(join(dir, `${name}-`));
    const config = { ONEPATH_SQLITE_FILE: join(folder, "plans.sqlite") };
    const connection = openSqlite(config.ONEPATH_SQLITE_FILE);
    await migrateToLatest(connection.db as never);
    const repo = createPlanRepository(connection);
    const { plan, editToken } = await repo.create(newPlanFrom(personas[0]!.answers));
    await repo.close();
    return { folder, config, plan, token: editToken };
  }

  /** Truly read-only, even for root (whom chmod does not stop): the immutable attribute there. */
  function setReadOnly(paths: string[], readOnly: boolean) {
    if (process.getuid?.() === 0) execFileSync("chattr", [readOnly ? "+i" : "-i", ...paths]);
    else for (const path of paths) chmodSync(path, readOnly ? 0o555 : 0o755);
  }
  const refusesWrites = (file: string) => {
    try {
      appendFileSync(file, "");
      return false;
    } catch {
      return true;
    }
  };
  const readOnlyWorks = (() => {
    const probe = join(dir, "probe");
    writeFileSync(probe, "");
    try {
      setReadOnly([probe], true);
      return refusesWrites(probe);
    } catch {
      return false;
    } finally {
      setReadOnly([probe], false);
    }
  })();

  it.skipIf(!readOnlyWorks)("a read-only database file: writes get 503 and change nothing; reading still works", async () => {
    const { config, plan, token } = await withOnePlan("read-only-file");
    setReadOnly([config.ONEPATH_SQLITE_FILE], true);
    try {
      expect(refusesWrites(config.ONEPATH_SQLITE_FILE)).toBe(true);
      await serve(config);
      await expectUnavailable(await api.save(), /^SQLITE_READONLY/);
      await expectUnavailable(await api.rename(plan.id, token, 1), /^SQLITE_READONLY/);
      expect((await api.view(plan.id)).status).toBe(200);
      await serve({ ONEPATH_SQLITE_FILE: "" });
    } finally {
      setReadOnly([config.ONEPATH_SQLITE_FILE], false);
    }
    await expectUnchanged(config, plan);
  });

  it.skipIf(!readOnlyWorks)("a read-only file in a read-only folder (no room for the WAL): reads and writes get 503", async () => {
    const { folder, config, plan, token } = await withOnePlan("read-only-folder");
    setReadOnly([config.ONEPATH_SQLITE_FILE, folder], true);
    try {
      expect(refusesWrites(join(folder, "plans.sqlite-wal"))).toBe(true);
      await serve(config);
      await expectUnavailable(await api.save(), /^SQLITE_CANTOPEN/);
      await expectUnavailable(await api.rename(plan.id, token, 1), /^SQLITE_CANTOPEN/);
      await expectUnavailable(await api.view(plan.id), /^SQLITE_CANTOPEN/);
    } finally {
      setReadOnly([config.ONEPATH_SQLITE_FILE, folder], false);
    }
    await expectUnchanged(config, plan);
  });

  it("a write lock held past the busy timeout: writes get 503 and change nothing; reading still works", async () => {
    const { config, plan, token } = await withOnePlan("locked");
    await serve(config);
    expect((await api.view(plan.id)).status).toBe(200); // the app is up before the lock is taken
    const other = new SQLite(config.ONEPATH_SQLITE_FILE);
    other.exec("begin immediate");
    try {
      await expectUnavailable(await api.save(), /^SQLITE_BUSY/);
      await expectUnavailable(await api.rename(plan.id, token, 1), /^SQLITE_BUSY/);
      expect((await api.view(plan.id)).status).toBe(200);
      // One line each: the operation, the code and the request, which names the plan by the first
      // characters of its id only (the id grants read access), and never the title or the token.
      expect(loggedLines()).toEqual([
        "store: create failed (SQLITE_BUSY) on POST /api/plans",
        `store: apply failed (SQLITE_BUSY) on PATCH /api/plans/${plan.id.slice(0, 4)}…`,
      ]);
    } finally {
      other.exec("rollback");
      other.close();
    }
    await expectUnchanged(config, plan);
  });

  it("a database path whose folder is a regular file gets 503 (EEXIST from mkdir)", async () => {
    const file = join(dir, "not-a-folder");
    writeFileSync(file, "");
    await serve({ ONEPATH_SQLITE_FILE: join(file, "plans.sqlite") });
    await expectUnavailable(await api.save(), /^E/);
  });
});

describe("PostgreSQL failures", () => {
  const servers: Server[] = [];
  afterAll(() => servers.forEach((s) => s.close()));

  /** A loopback port with a server that does `onConnection`, or (null) with nothing listening. */
  async function port(onConnection: ((socket: Socket) => void) | null): Promise<number> {
    const server = createServer(onConnection ?? (() => undefined));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    if (onConnection) servers.push(server);
    else await new Promise((resolve) => server.close(resolve));
    return port;
  }
  const urlFor = (port: number) => `postgres://onepath:secret@127.0.0.1:${port}/onepath`;

  it("down (nothing listens): reads and writes get 503", async () => {
    await serve({ DATABASE_URL: urlFor(await port(null)), ONEPATH_SQLITE_FILE: "" });
    await expectUnavailable(await api.save(), /^ECONNREFUSED$/);
    await expectUnavailable(await api.view("AAAAAAAAAAAAAAAAAAAAAAAA"), /^ECONNREFUSED$/);
    expect(log.mock.calls.flat().map(String).join("\n")).not.toContain("secret");
  });

  it("down for every request: one line, then how many more like it, not a stack trace each", async () => {
    await serve({ DATABASE_URL: urlFor(await port(null)), ONEPATH_SQLITE_FILE: "" });
    const id = "AAAAAAAAAAAAAAAAAAAAAAAA";
    const answers = [await api.save(), await api.view(id), await api.rename(id, "x".repeat(43), 1, "My secret title")];
    for (let i = 0; i < 4; i++) answers.push(await api.view(id));
    expect(answers.map((response) => response.status)).toEqual(Array(7).fill(503));
    expect(loggedLines()).toEqual(["store: open failed (ECONNREFUSED) on POST /api/plans"]);
    storeFailureLog().flush(); // as a minute passing would
    expect(loggedLines()).toEqual([
      "store: open failed (ECONNREFUSED) on POST /api/plans",
      expect.stringMatching(/^store: open failed \(ECONNREFUSED\): 6 more times in the last \d+ s$/),
    ]);
    expect(loggedLines().join("\n")).not.toMatch(/secret|AAAAA|x{5}/);
  });

  it("down: the plan's Markdown, calendar and preview card get 503 with the API's message, as text", async () => {
    await serve({ DATABASE_URL: urlFor(await port(null)), ONEPATH_SQLITE_FILE: "" });
    const id = "AAAAAAAAAAAAAAAAAAAAAAAA";
    const exports: [string, () => Promise<Response>][] = [
      ["plan.md", () => planMd(planRequest(`/plans/${id}/plan.md`), params(id))],
      ["plan.ics", () => planIcs(planRequest(`/plans/${id}/plan.ics`), params(id))],
      ["opengraph-image", async () => await previewCard(params(id))],
    ];
    for (const [name, get] of exports) {
      const response = await get();
      expect(response.status, name).toBe(503);
      expect(response.headers.get("content-type"), name).toBe("text/plain; charset=utf-8");
      expect(response.headers.get("cache-control"), name).toBe("no-store");
      expect(await response.text(), name).toBe(`${STORE_UNAVAILABLE}\n`);
    }
    // Logged as the API's failures are: one line for the first, the others counted.
    expect(loggedLines()).toEqual(["store: open failed (ECONNREFUSED) on GET /plans/AAAA…/plan.md"]);
  });

  it("down: a saved plan's page says the store is unavailable, and a re-run shows its result without the comparison, logged as the API's failures are", async () => {
    await serve({ DATABASE_URL: urlFor(await port(null)), ONEPATH_SQLITE_FILE: "" });
    const id = "AAAAAAAAAAAAAAAAAAAAAAAA";
    expect((await planMetadata(params(id))).title).toBe(pageCopy.storeDown.title);
    const page = await PlanPage({ ...params(id), searchParams: Promise.resolve({}) });
    expect(page.type).toBe(PlanUnavailable);
    const query = Object.fromEntries(new URLSearchParams(resultHref(personas[0]!.answers, id).split("?")[1]));
    const result = await ResultPage({ searchParams: Promise.resolve(query) });
    const comparison = (result.props as { children: React.ReactElement<{ unavailable?: boolean }>[] }).children[0]!;
    expect(comparison.type).toBe(PlanComparison);
    expect(comparison.props.unavailable).toBe(true);
    // One line for the first failure (the page's), the others counted; never a stack.
    expect(loggedLines()).toEqual(["store: open failed (ECONNREFUSED) on GET /plans/AAAA…"]);
    storeFailureLog().flush();
    expect(loggedLines()).toEqual([
      "store: open failed (ECONNREFUSED) on GET /plans/AAAA…",
      expect.stringMatching(/^store: open failed \(ECONNREFUSED\): 2 more times in the last \d+ s$/),
    ]);
  });

  it("accepting connections but never answering gets 503 after the connect timeout", async () => {
    await serve({ DATABASE_URL: urlFor(await port(() => undefined)), ONEPATH_SQLITE_FILE: "" });
    await expectUnavailable(await api.save(), null);
  });

  it("closing every connection at once (a proxy in front of a stopped server) gets 503", async () => {
    await serve({ DATABASE_URL: urlFor(await port((socket) => socket.destroy())), ONEPATH_SQLITE_FILE: "" });
    await expectUnavailable(await api.save(), null);
  });

  /**
   * Saves a plan, then kills the app's connection while its PATCH waits for a row lock held
   * elsewhere. The dropped client also emits an "error" event that nothing handles (pg-pool listens
   * only on idle clients); it is captured here rather than reported by vitest, and checked below.
   */
  describe("dropping the connection in the middle of a write", () => {
    let database: TestDatabase;
    let outcome: { response: Response; uncaught: unknown[]; logged: unknown[][]; saved: CreatePlanResponse; before: SavedPlan };
    beforeAll(async () => {
      database = await postgresDatabase();
      await serve({ DATABASE_URL: database.url, ONEPATH_SQLITE_FILE: "" });
      const saved = CreatePlanResponse.parse(await (await api.save()).json());
      const before = (await (await api.view(saved.id, saved.editToken)).json()) as SavedPlan;
      const holder = new pg.Client({ connectionString: database.url });
      const admin = new pg.Client({ connectionString: inject("postgresUrl") });
      await Promise.all([holder.connect(), admin.connect()]);
      const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
      try {
        await holder.query("begin");
        await holder.query("select 1 from plans where id = $1 for update", [saved.id]);
        const { result: response, uncaught } = await capturingUncaught(async () => {
          const pending = api.rename(saved.id, saved.editToken, 1, "Half-written");
          await admin.query("select pg_terminate_backend($1)", [await lockWaiter(admin, database)]);
          return pending;
        });
        outcome = { response, uncaught, logged: [...logged.mock.calls], saved, before };
      } finally {
        logged.mockRestore();
        await holder.query("rollback");
        await Promise.all([holder.end(), admin.end()]);
      }
    });
    afterAll(async () => {
      await serve({ ONEPATH_SQLITE_FILE: "" });
      await database.drop();
    });

    it("leaves nothing half-written, answers without a stack, and the next request works", async () => {
      expect(outcome.response.status).toBeGreaterThanOrEqual(500);
      expect(await outcome.response.clone().text()).not.toMatch(/\bat |Error|terminated/);
      expect(outcome.logged).toContainEqual([expect.stringMatching(/^store: apply failed \(.+\) on PATCH \/api\/plans\/[\w-]{4}…$/)]);
      await expectUnchanged({ DATABASE_URL: database.url, ONEPATH_SQLITE_FILE: "" }, outcome.before);
      expect((await api.rename(outcome.saved.id, outcome.saved.editToken, 1)).status).toBe(200);
    });

    it("answers 503 although 'Connection terminated unexpectedly' has no code", () => {
      expect(outcome.response.status).toBe(503);
    });

    it("handles the dropped client's error event (no uncaught exception)", () => {
      expect(outcome.uncaught).toEqual([]);
    });
  });
});

/** The server process id of the one session of this database that waits for a lock. */
async function lockWaiter(admin: pg.Client, database: TestDatabase): Promise<number> {
  const name = new URL(database.url).pathname.slice(1);
  for (let i = 0; i < 400; i++) {
    const { rows } = await admin.query<{ pid: number }>(
      "select pid from pg_stat_activity where datname = $1 and wait_event_type = 'Lock'",
      [name],
    );
    if (rows[0]) return rows[0].pid;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error("no session waits for the lock");
}

/** Runs fn with uncaught exceptions collected instead of reported, and hands them back. */
async function capturingUncaught<T>(fn: () => Promise<T>): Promise<{ result: T; uncaught: unknown[] }> {
  const reporters = process.listeners("uncaughtException");
  const uncaught: unknown[] = [];
  process.removeAllListeners("uncaughtException");
  process.on("uncaughtException", (error) => uncaught.push(error));
  try {
    const result = await fn();
    await new Promise((resolve) => setImmediate(resolve)); // let the dropped socket's events run
    return { result, uncaught };
  } finally {
    process.removeAllListeners("uncaughtException");
    for (const reporter of reporters) process.on("uncaughtException", reporter);
  }
}
