// Counts shared by every app server on one PostgreSQL database: one row per key, counted with a
// single upsert that returns the new count, so two servers can never both let the same request
// through. Times come from the database's clock, which all servers share. Expired rows are
// deleted by a timer.
import { type Kysely, sql } from "kysely";
import type { Database } from "../db/schema";
import { type Count, WINDOW_MS, type WindowStore } from "./windows";

type Row = { count: number; window_start: string; now: string };

/**
 * Now in milliseconds by the database's clock. statement_timestamp() is one instant for the whole
 * statement: the insert, the window test and the "now" handed back all agree.
 */
const NOW_MS = sql<string>`(extract(epoch from statement_timestamp()) * 1000)::bigint`;

export class PostgresWindows implements WindowStore {
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly db: Kysely<Database>,
    onSweepError: (error: unknown) => void,
  ) {
    this.timer = setInterval(() => void this.sweep().catch(onSweepError), WINDOW_MS).unref();
  }

  async hit(key: string): Promise<Count> {
    const live = sql`rate_limits.window_start > ${NOW_MS} - ${WINDOW_MS}`;
    const { rows } = await sql<Row>`
      insert into rate_limits (key, window_start, count) values (${key}, ${NOW_MS}, 1)
      on conflict (key) do update set
        count = case when ${live} then rate_limits.count + 1 else 1 end,
        window_start = case when ${live} then rate_limits.window_start else excluded.window_start end
      returning count, window_start, ${NOW_MS} as now`.execute(this.db);
    const row = rows[0]!;
    return { count: Number(row.count), start: Number(row.window_start), now: Number(row.now) };
  }

  async sweep(): Promise<void> {
    await sql`delete from rate_limits where window_start <= ${NOW_MS} - ${WINDOW_MS}`.execute(this.db);
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.db.destroy();
  }
}
