// Versioned, forward-only migrations (no "down"): applied in name order on start and by
// `npm run db:migrate`. Kysely's migrator records each one, so running them again does nothing.
// Never edit a migration that has shipped; add the next one.
import { type Kysely, type Migration, type MigrationProvider, Migrator } from "kysely";

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
};

export const MIGRATION_NAMES = Object.keys(migrations);

const provider: MigrationProvider = { getMigrations: async () => migrations };

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
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}
