// Durability on SQLite: a writer process is killed with SIGKILL in the middle of a stream of
// writes, again and again, on one database file. Afterwards `PRAGMA integrity_check` says ok and
// every write the writer acknowledged is there. Writers in several processes at once queue on the
// busy timeout (BEGIN IMMEDIATE) instead of failing.
// `npm test` runs 20 kills; `npm run test:crash` runs the full 100 (CRASH_ROUNDS sets any count).
import type { ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Kysely, sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { openSqlite } from "@/server/db/connect";
import { migrateToLatest } from "@/server/db/migrations";
import type { Database } from "@/server/db/schema";
import { createPlanRepository } from "@/server/plans/repository";
import { type Finished, finished, startScript } from "./node-script";

const ROUNDS = Number(process.env.CRASH_ROUNDS ?? 20);
if (!Number.isInteger(ROUNDS) || ROUNDS < 1)
  throw new Error(`CRASH_ROUNDS must be a whole number of kills, not ${process.env.CRASH_ROUNDS}`);
const dir = mkdtempSync(join(tmpdir(), "onepath-crash-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pragma = async (db: Kysely<Database>, name: string) =>
  Object.values((await sql.raw<Record<string, unknown>>(`pragma ${name}`).execute(db)).rows[0] ?? {})[0];

type Writer = { child: ChildProcessWithoutNullStreams; output: Promise<Finished>; ready: Promise<unknown> };

/** Resolves once the child has printed n more complete lines. */
function afterLines(child: Writer["child"], n: number): Promise<void> {
  return new Promise((resolve) => {
    let count = 0;
    const onData = (chunk: string) => {
      count += chunk.split("\n").length - 1;
      if (count < n) return;
      child.stdout.off("data", onData);
      resolve();
    };
    child.stdout.on("data", onData);
  });
}

function startWriter(file: string, name: string): Writer {
  const child = startScript("tests/fixtures/plan-writer.ts", [file, name]);
  const output = finished(child);
  return { child, output, ready: Promise.race([afterLines(child, 1), output]) };
}

/** Lets a loaded writer go, kills it `ms` after its first acknowledged write, returns its acknowledgements. */
async function killMidStream({ child, output, ready }: Writer, ms: number): Promise<string[]> {
  await ready;
  const acknowledged = Promise.race([afterLines(child, 1), output]);
  child.stdin.write("go\n");
  await acknowledged;
  const timer = setTimeout(() => child.kill("SIGKILL"), ms);
  const { signal, stdout, stderr } = await output;
  clearTimeout(timer);
  expect(signal, `the writer ended by itself: ${stderr}`).toBe("SIGKILL");
  return stdout.split("\n").slice(1, -1); // after "ready"; complete lines only
}

/** Every write the writers acknowledged so far, checked against the database after the crash. */
class Acknowledged {
  titles = new Map<string, string>();
  ticks: { id: string; version: number; step: string }[] = [];

  add(lines: string[]) {
    for (const line of lines) {
      const [kind, id = "", ...rest] = line.split(" ");
      if (kind === "created") this.titles.set(id, rest.join(" "));
      else if (kind === "ticked") this.ticks.push({ id, version: Number(rest[0]), step: rest[1]! });
      else throw new Error(`unexpected line from a writer: ${line}`);
    }
  }

  /** How many acknowledged writes each check reads back. */
  get size() {
    return this.titles.size + this.ticks.length;
  }

  async check(file: string, when: string) {
    const connection = openSqlite(file);
    const repo = createPlanRepository(connection);
    try {
      expect(await pragma(connection.db, "integrity_check"), when).toBe("ok");
      for (const [id, title] of this.titles) expect((await repo.get(id))?.title, `plan ${id}, ${when}`).toBe(title);
      for (const { id, version, step } of this.ticks) {
        const plan = await repo.get(id);
        expect(plan?.version, `tick ${id}@${version}, ${when}`).toBeGreaterThanOrEqual(version);
        expect(plan?.done[step], `tick ${id} ${step}, ${when}`).toBe(true);
      }
    } finally {
      await repo.close();
    }
  }
}

describe("SQLite durability", () => {
  it(
    `keeps every acknowledged write through ${ROUNDS} kills mid-stream`,
    async () => {
      const file = join(dir, "crash.sqlite");
      const acknowledged = new Acknowledged();
      let checked = 0;
      // Loading a writer takes longer than its run, so the next two load while one writes.
      const start = (round: number) => startWriter(file, `r${round}`);
      const loading = [start(0), start(1)];
      for (let round = 0; round < ROUNDS; round++) {
        const writer = loading.shift()!;
        if (round + 2 < ROUNDS) loading.push(start(round + 2));
        acknowledged.add(await killMidStream(writer, 20 + Math.random() * 280));
        await acknowledged.check(file, `after kill ${round + 1}`);
        checked += acknowledged.size;
      }
      expect(acknowledged.titles.size).toBeGreaterThanOrEqual(ROUNDS);
      expect(acknowledged.ticks.length).toBeGreaterThan(0);
      console.info(
        `crash test: ${ROUNDS} SIGKILLs survived; ${acknowledged.size} acknowledged writes ` +
          `(${acknowledged.titles.size} plans, ${acknowledged.ticks.length} ticks) all present after the last kill; ` +
          `${checked} write checks in all, integrity ok after every kill`,
      );
      // Each round starts a writer process (a second or two on a busy machine): the time allowed
      // grows with the number of kills, or the full 100 would outlast the suite's two minutes.
    },
    60_000 + ROUNDS * 5000,
  );

  it("queues writers from several processes on one file, and keeps their writes through a kill", async () => {
    const file = join(dir, "shared.sqlite");
    // Migrated first: two processes migrating one new SQLite file at once race (Kysely takes no
    // migration lock on SQLite), which is not what this test is about.
    const { db } = openSqlite(file);
    await migrateToLatest(db as never);
    await db.destroy();
    const writers = ["a", "b", "c"].map((name) => startWriter(file, name));
    await Promise.all(writers.map((w) => w.ready));
    const acknowledged = new Acknowledged();
    for (const lines of await Promise.all(writers.map((w) => killMidStream(w, 1000)))) acknowledged.add(lines);
    await acknowledged.check(file, "after three writers were killed");
  });

  it("opens SQLite in WAL mode with synchronous=FULL and a busy timeout", async () => {
    const { db } = openSqlite(join(dir, "pragmas.sqlite"));
    try {
      expect(await pragma(db, "journal_mode")).toBe("wal");
      expect(await pragma(db, "synchronous")).toBe(2); // FULL
      expect(await pragma(db, "busy_timeout")).toBeGreaterThan(0);
    } finally {
      await db.destroy();
    }
  });
});
