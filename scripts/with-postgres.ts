// Runs a command with DATABASE_URL pointing at a fresh embedded PostgreSQL server, then stops the
// server: `tsx scripts/with-postgres.ts playwright test`. Used to run the end-to-end suite on
// PostgreSQL as well as on the default SQLite.
import { spawn } from "node:child_process";
import { startEmbeddedPostgres } from "../tests/fixtures/embedded-postgres";

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error("usage: tsx scripts/with-postgres.ts <command> [args...]");
  process.exit(2);
}
const server = await startEmbeddedPostgres();
const code = await new Promise<number>((resolve) => {
  const child = spawn(command, args, { stdio: "inherit", env: { ...process.env, DATABASE_URL: server.url } });
  child.on("exit", (c, signal) => resolve(c ?? (signal ? 1 : 0)));
});
await server.stop();
process.exit(code);
