// npm run db:migrate: brings the configured database (the SQLite file, or PostgreSQL when
// DATABASE_URL is set) to the latest schema and says what it applied. The app does the same on
// start; this runs it ahead of a deploy, or against a copy.
import { open } from "@/server/db/connect";
import { MIGRATION_NAMES, migrateToLatest } from "@/server/db/migrations";
import { explain, runCommand } from "./db-command";

await runCommand("db:migrate", async (env) => {
  const connection = open(env);
  try {
    const applied = await migrateToLatest(connection.db as never).catch((error: unknown) => {
      throw new Error(`${connection.describe}: ${explain(error)}`);
    });
    console.log(
      applied.length > 0
        ? `${connection.describe}: applied ${applied.join(", ")}`
        : `${connection.describe}: already up to date (${MIGRATION_NAMES.at(-1)})`,
    );
  } finally {
    await connection.db.destroy();
  }
});
