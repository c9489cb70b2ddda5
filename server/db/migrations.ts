// Versioned, forward-only migrations (no "down"): applied in name order on start and by
// `npm run db:migrate`. Kysely's migrator records each one, so running them again does nothing.
// Never edit a migration that has shipped; add the next one.
import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from "kysely";

const migrations: Record<string, Migration> = {
  "0001_plans": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("plans")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("token_hash", "text", (c) => c.notNull())
        .addColumn("title", "text", (c) => c.notNull())
        .addColumn("answers", "text", (c) => c.notNull())
        .addColumn("snapshot", "text", (c) => c.notNull())
        .addColumn("catalog_version", "text", (c) => c.notNull())
        .addColumn("done", "text", (c) => c.notNull())
        .addColumn("version", "integer", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .execute();
    },
  },
  "0002_rate_limits": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("rate_limits")
        .addColumn("key", "text", (c) => c.primaryKey())
        .addColumn("window_start", "bigint", (c) => c.notNull())
        .addColumn("count", "integer", (c) => c.notNull())
        .execute();
    },
  },
  // A plan that lives: when each tick was made, the current dates after a reschedule, the
  // reschedules and check-ins so far, and the plan it was switched from or to. Existing plans get
  // empty values: ticks saved before this migration stay "done, date unknown".
  "0003_living_plans": {
    async up(db: Kysely<unknown>) {
      for (const statement of LIVING_PLANS) await sql.raw(statement).execute(db);
    },
  },
  // The saved plan v2: edit rights per device (each its own token; a private edit link is a
  // token that works once and is traded for the device's own), so the tokens move to a table of
  // their own, every existing plan's token becoming its first device; the answers given after
  // saving and whether people with the link see the answers; a random value for the calendar's
  // UIDs, kept across new links (null for plans saved before: their UIDs stay as they were); and
  // the replies kept for retried writes.
  "0004_saved_plan_v2": {
    async up(db: Kysely<unknown>) {
      for (const statement of SAVED_PLAN_V2) await sql.raw(statement).execute(db);
    },
  },
};

/** Migration 0003's statements, the same on SQLite and PostgreSQL (one column per statement, as SQLite wants). */
const LIVING_PLANS = [
  `alter table "plans" add column "done_on" text not null default '{}'`,
  `alter table "plans" add column "schedule" text`,
  `alter table "plans" add column "reschedules" text not null default '[]'`,
  `alter table "plans" add column "check_ins" text not null default '[]'`,
  `alter table "plans" add column "switched_from" text`,
  `alter table "plans" add column "switched_to" text`,
];

/** Migration 0004's statements, the same on SQLite and PostgreSQL. */
const SAVED_PLAN_V2 = [
  `create table "plan_tokens" ("plan_id" text not null, "token_hash" text not null, "kind" text not null, "created_at" text not null, primary key ("plan_id", "token_hash"))`,
  `insert into "plan_tokens" ("token_hash", "plan_id", "kind", "created_at") select "token_hash", "id", 'device', "created_at" from "plans"`,
  `alter table "plans" drop column "token_hash"`,
  `alter table "plans" add column "later_answers" text not null default '{}'`,
  `alter table "plans" add column "share_answers" integer not null default 0`,
  `alter table "plans" add column "calendar_seed" text`,
  `create table "idempotent_replies" ("token_hash" text not null, "idem_key" text not null, "request" text not null, "status" integer not null, "body" text not null, "created_at" text not null, primary key ("token_hash", "idem_key"))`,
  `create index "idempotent_replies_created" on "idempotent_replies" ("created_at")`,
];

export const MIGRATION_NAMES = Object.keys(migrations);

const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations) };

/**
 * Kysely takes no migration lock on SQLite, so two processes migrating a new file at once can
 * collide ("table plans already exists"). Each migration commits atomically with its record, so
 * the loser simply tries again and finds the work done.
 */
export async function migrateToLatest(db: Kysely<unknown>, attempts = 3): Promise<string[]> {
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (error && attempts > 1) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    return migrateToLatest(db, attempts - 1);
  }
  if (error) throw error instanceof Error ? error : new Error("the migrations failed", { cause: error });
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}
