// npm run db:backup -- <target-file>: a consistent copy of the live SQLite database, safe while the
// app is writing (see server/db/backup.ts). PostgreSQL has its own tool for this: pg_dump.
import { backupSqlite } from "@/server/db/backup";
import { runCommand } from "./db-command";

await runCommand("db:backup", (env) => {
  const target = process.argv[2];
  if (!target) throw new Error("name the backup file: npm run db:backup -- <target-file>");
  if (env.DATABASE_URL) {
    throw new Error('DATABASE_URL names PostgreSQL; back it up with pg_dump: pg_dump --format=custom --file=<target-file> "$DATABASE_URL"');
  }
  const bytes = backupSqlite(env.ONEPATH_SQLITE_FILE, target);
  console.log(`backed up SQLite ${env.ONEPATH_SQLITE_FILE} to ${target} (${bytes} bytes)`);
});
