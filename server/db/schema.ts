// The database tables as Kysely sees them. JSON columns are text on both engines and are parsed
// with zod on the way out, so neither engine's JSON quirks leak into the app.
export type PlansTable = {
  id: string;
  token_hash: string;
  title: string;
  answers: string;
  snapshot: string;
  catalog_version: string;
  done: string;
  version: number;
  created_at: string;
  updated_at: string;
  /** step id -> the day it was ticked (ticks saved before 0003 have none) */
  done_on: string;
  /** the current plan after a reschedule; null: the dates are the snapshot's */
  schedule: string | null;
  reschedules: string;
  check_ins: string;
  /** the plan this one was switched from, or to, at the checkpoint: route, name and day */
  switched_from: string | null;
  switched_to: string | null;
};

/**
 * Request counts per client and kind (server/rate-limit/), shared by every app server on
 * PostgreSQL. On SQLite (one app server) the counts live in memory and this table stays empty.
 */
type RateLimitsTable = {
  key: string;
  /** milliseconds since 1970 by the database's clock; bigint, so pg hands it back as a string */
  window_start: string | number;
  count: number;
};

export type Database = { plans: PlansTable; rate_limits: RateLimitsTable };
