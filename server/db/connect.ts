// Opens the database the configuration names: SQLite through better-sqlite3 (WAL, a busy
// timeout, synchronous=FULL so an acknowledged save survives power loss) or PostgreSQL through pg.
// No "server-only" here: the migration and backup commands run it outside Next.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import { throttledLog } from "../throttled-log";
import { boundedPool } from "./bounded-pool";
import type { Database } from "./schema";

type Engine = "sqlite" | "postgres";
export type Connection = { db: Kysely<Database>; engine: Engine; describe: string };

export function openSqlite(file: string): Connection {
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  const database = new SQLite(file);
  database.pragma("journal_mode = WAL");
  database.pragma("busy_timeout = 5000");
  database.pragma("synchronous = FULL");
  database.pragma("foreign_keys = ON");
  return { db: new Kysely<Database>({ dialect: new SqliteDialect({ database }) }), engine: "sqlite", describe: `SQLite ${file}` };
}

/** Connections lost together (every pooled one, when the server goes) say so once, then count (throttled-log.ts). */
const connectionLog = throttledLog((line) => console.error(line));

/** How long a plan read or write may wait for PostgreSQL, connecting included, before it fails (503). */
export const DATABASE_TIMEOUT_MS = 3000;

/**
 * durable: false lets a commit return before its WAL reaches the disk (synchronous_commit=off):
 * for counts that may be lost in a crash (rate limits), never for plans. timeoutMs bounds every
 * use of a connection (server/db/bounded-pool.ts), and the server cancels a statement, or ends a
 * session idle in a transaction, past the same time, so nothing holds a row lock longer.
 */
export function openPostgres(url: string, { durable = true, timeoutMs = DATABASE_TIMEOUT_MS } = {}): Connection {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: timeoutMs,
    statement_timeout: timeoutMs,
    idle_in_transaction_session_timeout: timeoutMs,
    // A server that vanished (its host lost power) is noticed on idle connections too.
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
    options: durable ? undefined : "-c synchronous_commit=off",
  });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on("error", (error) => connectionLog(`postgres pool error: ${error.message}`));
  // pg-pool listens only on idle clients: a client that dies while checked out (its backend was
  // killed mid-query) must not become an uncaught exception; the query itself reports the failure.
  pool.on("connect", (client) => client.on("error", (error) => connectionLog(`postgres client error: ${error.message}`)));
  const host = new URL(url).host;
  const dialect = new PostgresDialect({ pool: boundedPool(pool, timeoutMs) });
  return { db: new Kysely<Database>({ dialect }), engine: "postgres", describe: `PostgreSQL ${host}` };
}

export function open(config: { DATABASE_URL?: string | undefined; ONEPATH_SQLITE_FILE: string }): Connection {
  return config.DATABASE_URL ? openPostgres(config.DATABASE_URL) : openSqlite(config.ONEPATH_SQLITE_FILE);
}
