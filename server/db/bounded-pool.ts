// A pg pool for Kysely in which every use of a connection has a deadline: acquiring it (waiting for
// a free one, or connecting) and every query on it must be done within `budgetMs` of asking. A
// PostgreSQL that stops answering (its host frozen, a network that drops packets) then costs a
// request a few seconds and a plain 503, not a hang. A connection that missed its deadline is in
// an unknown state (its query may still run, its transaction may still be open), so it is never
// used again: later queries on it fail at once, and it is destroyed on release, which makes the
// server roll back whatever it had begun.
import type { PostgresPool, PostgresPoolClient } from "kysely";
import type pg from "pg";

/** What a query that missed its deadline rejects with (ETIMEDOUT, as Node's own timeouts). */
function databaseTimeout(budgetMs: number): Error {
  return Object.assign(new Error(`the database did not answer within ${budgetMs / 1000} s`), { code: "ETIMEDOUT" });
}

export function boundedPool(pool: pg.Pool, budgetMs: number): PostgresPool {
  return {
    async connect() {
      const deadline = Date.now() + budgetMs;
      // The pool's connectionTimeoutMillis (budgetMs) bounds the wait for a connection; its
      // timeout says so in words only, so it is reported as every other missed deadline is.
      const client = await pool.connect().catch((error: unknown) => {
        throw /timeout/i.test(String((error as Error)?.message)) ? Object.assign(databaseTimeout(budgetMs), { cause: error }) : error;
      });
      let missed: Error | null = null;
      let miss: (error: Error) => void = () => undefined;
      const expired = new Promise<never>((_, reject) => (miss = reject));
      expired.catch(() => undefined); // raced below; nobody else waits for it
      const timer = setTimeout(() => miss((missed = databaseTimeout(budgetMs))), Math.max(0, deadline - Date.now()));
      const query = (text: string, parameters: readonly unknown[]) =>
        missed ? Promise.reject(missed) : Promise.race([client.query(text, [...parameters]), expired]);
      return {
        // Kysely passes a cursor instead only when its dialect has one configured; this one has not.
        query: query as unknown as PostgresPoolClient["query"],
        release(destroy?: boolean) {
          clearTimeout(timer);
          client.release(missed ?? destroy === true);
        },
      };
    },
    end: () => pool.end(),
  };
}
