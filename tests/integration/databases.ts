// The two real engines every data-layer test runs against: a fresh SQLite file in a temporary
// folder, and a fresh database on the test PostgreSQL server. Never a mock.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";
import { open, type Connection } from "@/server/db/connect";
import { migrateToLatest } from "@/server/db/migrations";
import type { PlanRepository } from "@/server/plans/repository";

export type TestDatabase = { name: "sqlite" | "postgres"; url: string; connect: () => Promise<Connection>; drop: () => Promise<void> };

function sqliteDatabase(): Promise<TestDatabase> {
  const dir = mkdtempSync(join(tmpdir(), "onepath-sqlite-"));
  const file = join(dir, "test.sqlite");
  return Promise.resolve({
    name: "sqlite",
    url: file,
    connect: () => Promise.resolve(open({ ONEPATH_SQLITE_FILE: file })),
    drop: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })),
  });
}

export async function postgresDatabase(): Promise<TestDatabase> {
  const admin = inject("postgresUrl");
  const name = `onepath_${Math.random().toString(36).slice(2, 10)}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  const url = admin.replace(/\/[^/]*$/, `/${name}`);
  return {
    name: "postgres",
    url,
    connect: () => Promise.resolve(open({ DATABASE_URL: url, ONEPATH_SQLITE_FILE: "" })),
    drop: async () => {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export const engines = [
  ["sqlite", sqliteDatabase],
  ["postgres", postgresDatabase],
] as const;

export async function migrated(database: TestDatabase): Promise<Connection> {
  const connection = await database.connect();
  await migrateToLatest(connection.db as never);
  return connection;
}

type AppDatabase = { DATABASE_URL?: string; ONEPATH_SQLITE_FILE: string };
const app = globalThis as unknown as { onepathPlans?: Promise<PlanRepository> };

/**
 * Points the route handlers (called in-process) at a database as a freshly started server would
 * be: the one they use now is closed, and the next request opens and migrates the new one.
 */
export async function pointAppAt(config: AppDatabase) {
  const running = await app.onepathPlans?.catch(() => undefined);
  app.onepathPlans = undefined;
  await running?.close();
  if (config.DATABASE_URL) process.env.DATABASE_URL = config.DATABASE_URL;
  else delete process.env.DATABASE_URL;
  process.env.ONEPATH_SQLITE_FILE = config.ONEPATH_SQLITE_FILE;
}

/**
 * For a describe block that calls the route handlers in-process: serve plans from a fresh
 * database of this engine (the handlers find it through the same settings as the app), and drop
 * it afterwards.
 */
export function servePlansFrom(engine: (typeof engines)[number][0], make: () => Promise<TestDatabase>): void {
  let database: TestDatabase;
  const sqliteFile = () => process.env.ONEPATH_SQLITE_FILE ?? "";
  beforeAll(async () => {
    database = await make();
    await pointAppAt(
      engine === "postgres" ? { DATABASE_URL: database.url, ONEPATH_SQLITE_FILE: sqliteFile() } : { ONEPATH_SQLITE_FILE: database.url },
    );
  });
  afterAll(async () => {
    await pointAppAt({ ONEPATH_SQLITE_FILE: sqliteFile() });
    await database.drop();
  });
}
