// The database commands as an operator runs them: npm run db:migrate and npm run db:backup, in a
// child process with the environment the app would have.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { MIGRATION_NAMES } from "@/server/db/migrations";
import { postgresDatabase } from "./databases";
import { runScript } from "./node-script";

const dir = mkdtempSync(join(tmpdir(), "onepath-commands-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const migrate = (env: Record<string, string | undefined>) => runScript("scripts/db-migrate.ts", [], env);
const backup = (args: string[], env: Record<string, string | undefined>) => runScript("scripts/db-backup.ts", args, env);
const sqlite = (name: string) => ({ DATABASE_URL: undefined, ONEPATH_SQLITE_FILE: join(dir, name) });

describe("npm run db:migrate", () => {
  it("applies the migrations to a new SQLite file, then says it is up to date", async () => {
    const first = await migrate(sqlite("migrate.sqlite"));
    expect(first).toMatchObject({ code: 0, stderr: "" });
    expect(first.stdout).toMatch(new RegExp(`^SQLite .*migrate\\.sqlite: applied ${MIGRATION_NAMES.join(", ")}\n$`));
    const second = await migrate(sqlite("migrate.sqlite"));
    expect(second).toMatchObject({ code: 0, stderr: "" });
    expect(second.stdout).toMatch(/already up to date/);
  });

  it("migrates the PostgreSQL database that DATABASE_URL names", async () => {
    const database = await postgresDatabase();
    try {
      const result = await migrate({ DATABASE_URL: database.url });
      expect(result).toMatchObject({ code: 0, stderr: "" });
      expect(result.stdout).toMatch(new RegExp(`^PostgreSQL 127\\.0\\.0\\.1:\\d+: applied ${MIGRATION_NAMES.join(", ")}\n$`));
    } finally {
      await database.drop();
    }
  });

  it.each([
    ["mysql://root@127.0.0.1/onepath", /DATABASE_URL: must be a postgres:\/\/ or postgresql:\/\/ URL/],
    ["postgres://a:b@[not-a-host/x", /DATABASE_URL: not a valid URL/],
    ["postgres://onepath:secret@127.0.0.1:9/onepath", /PostgreSQL 127\.0\.0\.1:9: connect ECONNREFUSED/],
  ])("exits 1 with one clear line for DATABASE_URL=%s", async (url, message) => {
    const result = await migrate({ DATABASE_URL: url });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split("\n")).toHaveLength(1); // no stack trace
    expect(result.stderr).not.toContain("secret");
  });
});

describe("npm run db:backup", () => {
  it("refuses PostgreSQL and names pg_dump", async () => {
    const result = await backup([join(dir, "pg.backup")], { DATABASE_URL: "postgres://a:b@127.0.0.1:9/x" });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/pg_dump/);
  });

  it("needs a target, and never overwrites a file", async () => {
    expect((await migrate(sqlite("live.sqlite"))).code).toBe(0);
    const none = await backup([], sqlite("live.sqlite"));
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/npm run db:backup -- <target-file>/);
    const existing = join(dir, "existing.sqlite");
    writeFileSync(existing, "keep me");
    const refused = await backup([existing], sqlite("live.sqlite"));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/already exists/);
  });

  it("refuses a database that does not exist rather than backing up an empty one", async () => {
    const result = await backup([join(dir, "nothing.backup")], sqlite("missing.sqlite"));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/no database at/);
  });
});
