// Is the database ready for this app server? It answers within a second and every migration is
// applied. The first check applies them (so a new server migrates as it starts, and keeps trying
// while the database is away); later checks read the migration table, a query that touches the
// database each time. Concurrent checks share one query, so a flood of probes costs one at a time.
// No "server-only": the front door (server/main.ts) runs it outside Next.
import { sql } from "kysely";
import type { Env } from "../config";
import { openPostgres, openSqlite } from "./connect";
import { MIGRATION_NAMES, migrateToLatest } from "./migrations";

/** How long the database has to answer a readiness check. */
const READY_TIMEOUT_MS = 1000;

export type Readiness = {
  /** null when ready; otherwise why not, in a few words without details of the setup */
  check: () => Promise<string | null>;
  close(): Promise<void>;
};

const reason = (error: unknown) => (error as { code?: string } | null)?.code ?? "no answer";

export function createReadiness(env: Pick<Env, "DATABASE_URL" | "ONEPATH_SQLITE_FILE">): Readiness {
  const { db } = env.DATABASE_URL ? openPostgres(env.DATABASE_URL, { timeoutMs: READY_TIMEOUT_MS }) : openSqlite(env.ONEPATH_SQLITE_FILE);
  let migrated: Promise<unknown> | undefined;
  let running: Promise<string | null> | undefined;

  async function probe(): Promise<string | null> {
    try {
      await (migrated ??= migrateToLatest(db as never).catch((error: unknown) => {
        migrated = undefined; // the next check tries again
        throw error;
      }));
      const { rows } = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
      const applied = new Set(rows.map((row) => row.name));
      const missing = MIGRATION_NAMES.filter((name) => !applied.has(name));
      return missing.length ? `migrations not applied: ${missing.join(", ")}` : null;
    } catch (error) {
      return `the database did not answer (${reason(error)})`;
    }
  }

  return {
    check: () => (running ??= probe().finally(() => (running = undefined))),
    close: () => db.destroy(),
  };
}
