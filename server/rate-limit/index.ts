// One limiter for every door: the front door (server/front-door/) counts each request that looks
// a plan up or changes one, whatever it asks for (page, API, export, preview card, prefetch), once,
// against one budget per client and kind. Counts live in this process (SQLite: one app server), or
// in PostgreSQL when DATABASE_URL is set, so that every app server behind one database shares them.
// No "server-only": the front door runs outside Next's bundles.
import type { Env } from "../config";
import { openPostgres } from "../db/connect";
import { migrateToLatest } from "../db/migrations";
import { type Log, throttledLog } from "../throttled-log";
import { MemoryWindows } from "./memory-store";
import { PostgresWindows } from "./postgres-store";
import { secondsLeft } from "./windows";

export type Kind = "lookup" | "write" | "compute";

const RETRY_MS = 5_000;
/**
 * How long a request may wait for the shared count before it is counted here instead. An upsert
 * takes a millisecond or two, so this only runs out when PostgreSQL is in trouble.
 */
export const SHARED_COUNT_TIMEOUT_MS = 500;

/** A client as the front door names it: an IPv4 address, an IPv6 /64, or "unknown". */
const CLIENT = /^(?:[0-9.]{7,15}|[0-9a-f:]{2,39}\/64|unknown)$/;

export interface Limiter {
  /** Counts one request; the seconds to wait when the client is over its limit, else null. */
  hit(kind: Kind, client: string): Promise<number | null>;
  close(): Promise<void>;
}

const reason = (error: unknown) => (error as { code?: string } | null)?.code ?? (error instanceof Error ? error.message : String(error));

export function createLimiter(env: Env, log: Log = console.error): Limiter {
  const perMinute: Record<Kind, number> = {
    lookup: env.ONEPATH_LOOKUPS_PER_MINUTE,
    write: env.ONEPATH_WRITES_PER_MINUTE,
    compute: env.ONEPATH_COMPUTED_PER_MINUTE,
  };
  const local = new MemoryWindows();
  // A database outage cannot flood the log: each warning once, then a count of its repeats a minute.
  const warn = throttledLog(log);
  // A count lost in a crash costs nothing; waiting for the disk on every request would.
  const connection = env.DATABASE_URL ? openPostgres(env.DATABASE_URL, { durable: false, timeoutMs: SHARED_COUNT_TIMEOUT_MS }) : null;
  const shared = connection
    ? new PostgresWindows(connection.db, (error) => warn(`rate limits: clearing old counts failed (${reason(error)})`))
    : null;
  // The table comes with the migrations; the app runs them too, and they are safe to run twice.
  let migrated: Promise<unknown> | undefined;
  // After a failure, count here for a few seconds rather than make every request wait for a
  // timeout; then one request at a time tries the shared counts again while the rest count here.
  let retryAt = 0;
  let failing = false;

  /** The shared count; while PostgreSQL is unreachable, this process's own (a limit that still holds here). */
  async function count(key: string, limit: number) {
    if (!connection || !shared || Date.now() < retryAt) return local.hit(key, limit);
    if (failing) retryAt = Date.now() + RETRY_MS;
    try {
      await (migrated ??= migrateToLatest(connection.db as never).catch((error: unknown) => {
        migrated = undefined; // try again next time
        throw error;
      }));
      const counted = await shared.hit(key);
      failing = false;
      retryAt = 0;
      return counted;
    } catch (error) {
      failing = true;
      retryAt = Date.now() + RETRY_MS;
      warn(`rate limits: the shared counts in PostgreSQL are unavailable (${reason(error)}); counting in this process meanwhile`);
      return local.hit(key, limit);
    }
  }

  return {
    async hit(kind, client) {
      if (!CLIENT.test(client)) throw new Error(`rate limits: not a client key: ${client.slice(0, 60)}`);
      const counted = await count(`${kind}:${client}`, perMinute[kind]);
      return counted.count > perMinute[kind] ? secondsLeft(counted) : null;
    },
    async close() {
      warn.flush();
      await Promise.all([local.close(), shared?.close()]);
    },
  };
}
