// Plans saved under earlier catalogs keep their word: one saved under the first catalog (a fixture
// database at schema 0001) and one saved under the second (its snapshot as that version of the
// app made it) open exactly as saved, and a re-run with their answers shows what the current
// advice changes (route, level, steps), on both engines.
import { afterEach, describe, expect, it } from "vitest";
import { CATALOG_VERSION } from "@/data/catalog";
import { SavedPlan } from "@/lib/api-contract";
import { diffPlans } from "@/lib/plan-diff";
import { resultFor } from "@/lib/result";
import { resultView } from "@/lib/result-view";
import type { Connection } from "@/server/db/connect";
import { migrateToLatest } from "@/server/db/migrations";
import { createPlanRepository } from "@/server/plans/repository";
import { buildAtVersion } from "../fixtures/schema-versions";
import { savedUnderV2 } from "../fixtures/saved-under-v2";
import { engines, type TestDatabase } from "./databases";

const FIXTURE_PLAN = "fixture0001plan000000000";

describe.each(engines)("plans saved under earlier catalogs, on %s", (_, make) => {
  let database: TestDatabase;
  let connection: Connection;
  afterEach(async () => {
    await connection.db.destroy();
    await database.drop();
  });

  it("under catalog v1: opens as saved and re-runs into the current advice with the differences listed", async () => {
    database = await make();
    connection = await database.connect();
    await buildAtVersion(connection.db as never, "0001_plans");
    await migrateToLatest(connection.db as never);
    const repo = createPlanRepository(connection);

    const plan = await repo.get(FIXTURE_PLAN, null, "full");
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
    expect(diff.same).toBe(false);
    expect(diff.from).toEqual(plan!.snapshot.route);
    expect(diff.to).toEqual(rerun.result.route);
    expect(diff.added.map((s) => s.id)).toContain("checkpoint");
    expect(diff.added.length + diff.changed.length + diff.unchanged).toBe(rerun.result.plan.steps.length);
  });

  it("under catalog v2: opens exactly as saved, reads in today's view, and re-runs with the differences listed", async () => {
    database = await make();
    connection = await database.connect();
    await migrateToLatest(connection.db as never);
    const repo = createPlanRepository(connection);
    const { answers, snapshot } = savedUnderV2;
    // Saved through today's repository, as that version of the app saved it: its snapshot's shape is older.
    const { plan: created } = await repo.create({ title: "Saved under v2", answers, snapshot: snapshot as never });

    const plan = await repo.get(created.id, null, "full");
    // Exactly as saved: the v2 wording, its one warning, no step marked as the offer.
    expect(plan!.snapshot).toEqual(savedUnderV2.raw.snapshot);
    expect(plan!.snapshot.catalogVersion).toBe("2026-11-26.2");
    const view = resultView(plan!.snapshot);
    expect(view.warnings.map((w) => w.id)).toEqual(["deadline"]);
    expect(view.reasons).toEqual(snapshot.reasons.map((r) => r.text));
    // Without offer steps, the route's typical time is shown instead of the plan's first offers.
    expect(view.facts.map((f) => f.term)).toEqual(["Aim for", "Typical time to an offer", "Typical cost"]);
    expect(view.steps).toEqual(snapshot.plan.steps);

    const rerun = resultFor(plan!.answers, "2026-12-07");
    expect(rerun.status).toBe("decided");
    if (rerun.status !== "decided") return;
    const diff = diffPlans(plan!.snapshot, rerun.result);
    expect(diff.from).toEqual(snapshot.route);
    expect(diff.same).toBe(false);
    expect(diff.changed.length + diff.added.length + diff.removed.length).toBeGreaterThan(0);
  });
});
