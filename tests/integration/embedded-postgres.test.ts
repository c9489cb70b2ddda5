// The test PostgreSQL starts wherever the checkout sits. As root the server runs as the "postgres"
// user, who cannot enter a folder made by `mktemp -d` (mode 700) or /root; a fresh clone in such a
// folder used to stop the suite with `spawn .../initdb EACCES`.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import pg from "pg";
import { afterAll, expect, it } from "vitest";
import { startEmbeddedPostgres } from "../fixtures/embedded-postgres";

const closed = mkdtempSync(join(tmpdir(), "onepath-closed-"));
afterAll(() => rmSync(closed, { recursive: true, force: true }));

it("starts from binaries inside a folder that other users cannot enter", async () => {
  expect(statSync(closed).mode & 0o077).toBe(0); // as `mktemp -d` makes it
  const { postgres } = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { postgres: string };
  const binaries = join(closed, "native");
  execFileSync("cp", ["-a", dirname(dirname(postgres)), binaries]);

  const before = new Set(readdirSync(tmpdir()));
  const server = await startEmbeddedPostgres({ binaries });
  // Only what the server made: other test files (and other checkouts) make folders here too.
  const made = readdirSync(tmpdir()).filter((name) => !before.has(name) && name.startsWith("onepath-pg-"));
  try {
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    const { rows } = await client.query<{ user: string; address: string }>(
      "select current_user as user, inet_server_addr()::text as address",
    );
    await client.end();
    expect(rows[0]).toEqual({ user: "onepath", address: "127.0.0.1/32" });
  } finally {
    await server.stop();
  }
  expect(made.length).toBeGreaterThan(0);
  // Everything it made in the temporary folder is gone again.
  for (const name of made) expect(existsSync(join(tmpdir(), name)), name).toBe(false);
});
