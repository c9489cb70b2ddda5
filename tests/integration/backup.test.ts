// Backups: npm run db:backup copies the live SQLite database while the app keeps writing,
// and the copy, opened as a fresh database, holds every plan saved before the backup, identical.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setImmediate as nextTurn } from "node:timers/promises";
import { sql } from "kysely";
import { afterAll, expect, it } from "vitest";
import { openSqlite } from "@/server/db/connect";
import { migrateToLatest } from "@/server/db/migrations";
import { createPlanRepository } from "@/server/plans/repository";
import { applyCommand } from "@/server/plans/commands";
import { personas } from "../fixtures/personas";
import { newPlanFrom } from "../fixtures/plans";
import { runScript } from "./node-script";

const dir = mkdtempSync(join(tmpdir(), "onepath-backup-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("copies every plan saved before the backup, while a stream of writes goes on", async () => {
  const live = join(dir, "live.sqlite");
  const copy = join(dir, "copy.sqlite");
  const connection = openSqlite(live);
  await migrateToLatest(connection.db as never);
  const repo = createPlanRepository(connection);

  const before = [];
  for (const [i, persona] of personas.entries()) {
    const { plan, editToken } = await repo.create(newPlanFrom(persona.answers, `Saved before the backup ${i}`));
    const step = plan.snapshot.plan.steps[0]!.id;
    const ticked = await applyCommand(repo, "update", plan.id, editToken, { version: 1, steps: { [step]: true } });
    expect(ticked.status).toBe("done");
    before.push((await repo.get(plan.id))!);
  }

  // The app's writes go on, one after another, until the backup command has finished. better-sqlite3
  // answers without I/O, so each write yields a turn to let the child's exit be noticed.
  const streamed: string[] = [];
  let backingUp = true;
  const stream = (async () => {
    for (let n = 0; backingUp; n++, await nextTurn()) {
      const { plan } = await repo.create(newPlanFrom(personas[n % personas.length]!.answers, `Written during the backup ${n}`));
      streamed.push(plan.id);
    }
  })();
  const result = await runScript("scripts/db-backup.ts", [copy], { DATABASE_URL: undefined, ONEPATH_SQLITE_FILE: live });
  const writtenWhileRunning = streamed.length;
  backingUp = false;
  await stream;
  await repo.close();
  expect(result, result.stderr).toMatchObject({ code: 0, stderr: "" });
  expect(writtenWhileRunning).toBeGreaterThan(10);

  // Restore: the copy opened as a fresh database needs no migration and serves every plan.
  const restored = openSqlite(copy);
  try {
    expect(await migrateToLatest(restored.db as never)).toEqual([]);
    const check = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(restored.db);
    expect(check.rows).toEqual([{ integrity_check: "ok" }]);
    const copied = createPlanRepository(restored);
    for (const plan of before) expect(await copied.get(plan.id)).toEqual(plan);
    // One snapshot: the streamed plans in the copy are exactly the first k written, none after a gap.
    const present = await Promise.all(streamed.map(async (id) => (await copied.get(id)) !== null));
    const k = present.indexOf(false) === -1 ? present.length : present.indexOf(false);
    expect(present.slice(k).every((p) => !p)).toBe(true);
  } finally {
    await restored.db.destroy();
  }
});
