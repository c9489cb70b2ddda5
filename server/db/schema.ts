// The database tables as Kysely sees them. JSON columns are text on both engines and are parsed
// with zod on the way out, so neither engine's JSON quirks leak into the app.
export type PlansTable = {
  id: string;
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
  /** answers given after saving (0004): the plan-B questions, the hours of a move */
  later_answers: string;
  /** 1 when people with the link see the answers (0004); PostgreSQL and SQLite both keep an integer */
  share_answers: number;
  /** the random value behind the calendar's UIDs (0004); null for plans saved before, whose UIDs come from their creation time */
  calendar_seed: string | null;
};

/**
 * The edit rights of a plan (0004): one row per device that holds it ("device"), and at most one
 * private edit link waiting to be opened ("link"), each a SHA-256 hash of its token. A plan switched
 * to at its checkpoint starts with the devices of the plan switched from, so the same token opens both.
 */
type PlanTokensTable = { token_hash: string; plan_id: string; kind: "device" | "link"; created_at: string };

/**
 * The reply to a write made with an Idempotency-Key (0004), by the hash of the token it was made
 * with and the key: a retry gets it again. A reply that carried a new edit token keeps a
 * placeholder where the token was (the token is derived again from the retry's own).
 */
type IdempotentRepliesTable = {
  token_hash: string;
  idem_key: string;
  /** the request the key was first used for: method, path and a hash of the body */
  request: string;
  status: number;
  body: string;
  created_at: string;
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

export type Database = {
  plans: PlansTable;
  rate_limits: RateLimitsTable;
  plan_tokens: PlanTokensTable;
  idempotent_replies: IdempotentRepliesTable;
};
