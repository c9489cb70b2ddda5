// A plan saved under the first catalog (a fixture database at schema 0001) keeps its word: it
// opens exactly as saved, and a re-run with its answers shows what the current advice changes
// (route, level, steps), on both engines.
import { afterEach, describe, expect, it } from "vitest";
import { CATALOG_VERSION } from "@/data/catalog";
import { SavedPlan } from "@/lib/api-contract";
import { diffPlans } from "@/lib/plan-diff";
import { resultFor } from "@/lib/result";
import type { Connection } from "@/server/db/connect";
import { migrateToLatest } from "@/server/db/migrations";
import { createPlanRepository } from "@/server/plans/repository";
import { buildAtVersion } from "../fixtures/schema-versions";
import { engines, type TestDatabase } from "./databases";

const FIXTURE_PLAN = "fixture0001plan000000000";

describe.each(engines)("a plan saved under catalog v1, on %s", (_, make) => {
  let database: TestDatabase;
  let connection: Connection;
  afterEach(async () => {
    await connection.db.destroy();
    await database.drop();
  });

  it("opens as saved and re-runs into the current advice with the differences listed", async () => {
    database = await make();
    connection = await database.connect();
    await buildAtVersion(connection.db as never, "0001_plans");
    await migrateToLatest(connection.db as never);
    const repo = createPlanRepository(connection);

    const plan = await repo.get(FIXTURE_PLAN);
    expect(plan).not.toBeNull();
    const raw = await connection.db.selectFrom("plans").select("snapshot").where("id", "=", FIXTURE_PLAN).executeTakeFirstOrThrow();
    // Exactly as saved: the first catalog's points and gaps are still there, nothing was added.
    expect(plan!.snapshot).toEqual(JSON.parse(raw.snapshot));
    expect(plan!.snapshot.catalogVersion).not.toBe(CATALOG_VERSION);
    expect(plan!.snapshot.warnings).toBeUndefined();
    expect(SavedPlan.parse(JSON.parse(JSON.stringify(plan))).snapshot).toEqual(plan!.snapshot);

    // The re-run: its answers are a v1 set (no product-work question), which still decides here.
    const rerun = resultFor(plan!.answers, "2026-12-01");
    expect(rerun.status).toBe("decided");
    if (rerun.status !== "decided") return;
    const diff = diffPlans(plan!.snapshot, rerun.result);
    expect(diff.catalogChanged).toBe(true);
    expect(diff.same).toBe(false);
    expect(diff.from).toEqual(plan!.snapshot.route);
    expect(diff.to).toEqual(rerun.result.route);
    expect(diff.added.map((s) => s.id)).toContain("checkpoint");
    expect(diff.added.length + diff.changed.length + diff.unchanged).toBe(rerun.result.plan.steps.length);
  });
});
