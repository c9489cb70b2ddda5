// Forward-only, idempotent migrations on both engines: an empty database, and a
// database from every earlier schema version (tests/fixtures/schema-versions/) with a plan saved
// under it, reach the latest schema without losing the plan; a second run changes nothing.
import { type Kysely, sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import type { Connection } from "@/server/db/connect";
import { MIGRATION_NAMES, migrateToLatest } from "@/server/db/migrations";
import type { PlansTable } from "@/server/db/schema";
import { applyCommand } from "@/server/plans/commands";
import type { SavedPlan } from "@/lib/api-contract";
import { createPlanRepository } from "@/server/plans/repository";
import { addDays, today } from "@/lib/dates";
import { currentPlan } from "@/lib/living-plan";
import { buildAtVersion, FIXTURE_EDIT_TOKEN, schemaVersions } from "../fixtures/schema-versions";
import { engines, type TestDatabase } from "./databases";

/** Tables and their columns, in an order that does not depend on how they were made. */
async function schemaOf(db: Kysely<unknown>) {
  const tables = await db.introspection.getTables();
  return tables
    .map((t) => ({
      table: t.name,
      columns: t.columns.map((c) => `${c.name} ${c.dataType.toLowerCase()}${c.isNullable ? "" : " not null"}`).sort(),
    }))
    .sort((a, b) => a.table.localeCompare(b.table));
}

describe.each(engines)("migrations on %s", (_, make) => {
  const opened: { database: TestDatabase; connection: Connection }[] = [];
  async function fresh(): Promise<Kysely<unknown>> {
    const database = await make();
    const connection = await database.connect();
    opened.push({ database, connection });
    return connection.db as never;
  }
  afterEach(async () => {
    for (const { database, connection } of opened.splice(0)) {
      await connection.db.destroy();
      await database.drop();
    }
  });

  it("have a fixture for every schema version", () => {
    expect(schemaVersions.map((v) => v.name)).toEqual(MIGRATION_NAMES);
  });

  it("bring an empty database to the latest version; a second run applies nothing", async () => {
    const db = await fresh();
    expect(await migrateToLatest(db)).toEqual(MIGRATION_NAMES);
    expect(await migrateToLatest(db)).toEqual([]);
    const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
    expect(applied.rows.map((r) => r.name)).toEqual(MIGRATION_NAMES);
  });

  it.each(schemaVersions.map((v) => v.name))("bring a database at schema version %s to the latest, keeping its plans", async (version) => {
    const db = await fresh();
    await buildAtVersion(db, version);
    const saved = (await sql<PlansTable>`select * from plans`.execute(db)).rows;
    expect(saved.length).toBeGreaterThan(0);

    expect(await migrateToLatest(db)).toEqual(MIGRATION_NAMES.slice(MIGRATION_NAMES.indexOf(version) + 1));
    expect(await migrateToLatest(db)).toEqual([]);
    const reference = await fresh();
    await migrateToLatest(reference);
    const latest = await schemaOf(reference);
    expect(latest.map((t) => t.table)).toContain("plans");
    expect(await schemaOf(db)).toEqual(latest);

    const repo = createPlanRepository(opened[0]!.connection);
    for (const row of saved) {
      const plan = await repo.get(row.id, null, "full");
      expect(plan, `plan ${row.id} reads after the migration`).not.toBeNull();
      expect(plan).toMatchObject({ title: row.title, version: Number(row.version), createdAt: row.created_at, updatedAt: row.updated_at });
      expect(plan!.answers).toEqual(JSON.parse(row.answers));
      expect(plan!.snapshot).toEqual(JSON.parse(row.snapshot));
      expect(plan!.done).toEqual(JSON.parse(row.done));
      // Its owner can still change it: rename, tick (the tick now records its day) and, unless it was
      // switched away from, reschedule.
      const renamed = await applyCommand(repo, "update", row.id, FIXTURE_EDIT_TOKEN, {
        version: plan!.version,
        title: "Renamed after the migration",
      });
      expect(renamed.status).toBe("done");
      // A plan switched away from at its checkpoint (the 0003 fixture's) takes no more ticks or moves.
      const open = currentPlan(plan!).steps.find((s) => !(s.id in plan!.done))!;
      const ticked = await applyCommand(repo, "update", row.id, FIXTURE_EDIT_TOKEN, {
        version: plan!.version + 1,
        steps: { [open.id]: true },
      });
      expect(ticked.status).toBe(plan!.switchedTo ? "invalid" : "done");
      if (ticked.status === "done") expect((ticked.reply.body as SavedPlan).doneOn[open.id]).toBe(today());
      const version = plan!.version + (ticked.status === "done" ? 2 : 1);
      // A move from a year on, when every open step is late.
      const later = createPlanRepository(opened[0]!.connection, () => new Date(`${addDays(today(), 365)}T12:00:00.000Z`));
      const moved = await applyCommand(later, "reschedule", row.id, FIXTURE_EDIT_TOKEN, { version });
      expect(moved.status).toBe(plan!.switchedTo ? "invalid" : "done");
      if (moved.status === "done") {
        const after = (moved.reply.body as { plan: SavedPlan }).plan;
        expect(after.reschedules).toHaveLength(plan!.reschedules.length + 1);
        // Ticks saved before days were kept stay done, with no day.
        for (const [step, done] of Object.entries(JSON.parse(row.done) as Record<string, boolean>)) {
          expect(after.done[step]).toBe(done);
          if (!row.done_on) expect(after.doneOn[step]).toBeUndefined();
        }
      }
      // Its token is one of its devices (0004 moved each plan's token to the table of devices).
      expect((await repo.devices(row.id, FIXTURE_EDIT_TOKEN))?.devices).toBeGreaterThanOrEqual(1);
    }
  });
});
