// The plan repository, the same suite on a real SQLite file and a real PostgreSQL server.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { MIGRATION_NAMES, migrateToLatest } from "@/server/db/migrations";
import { createPlanRepository, type PlanRepository } from "@/server/plans/repository";
import { hashToken } from "@/server/tokens";
import type { Connection } from "@/server/db/connect";
import { personas } from "../fixtures/personas";
import { newPlanFrom } from "../fixtures/plans";
import { engines, migrated, type TestDatabase } from "./databases";

describe.each(engines)("plan repository on %s", (_, make) => {
  let database: TestDatabase;
  let connection: Connection;
  let repo: PlanRepository;

  beforeAll(async () => {
    database = await make();
    connection = await migrated(database);
    repo = createPlanRepository(connection);
  });
  afterAll(async () => {
    await repo.close();
    await database.drop();
  });

  it("migrations are recorded and running them again changes nothing", async () => {
    const again = await migrateToLatest(connection.db as never);
    expect(again).toEqual([]);
    const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(connection.db);
    expect(applied.rows.map((r) => r.name)).toEqual(MIGRATION_NAMES);
  });

  it("saves a plan with its snapshot and reads it back, never the token", async () => {
    const input = newPlanFrom(personas[0]!.answers, "Into product at work");
    const { plan, editToken } = await repo.create(input);
    expect(plan).toMatchObject({ title: "Into product at work", version: 1, done: {} });
    expect(plan.snapshot).toEqual(input.snapshot);
    expect(editToken.length).toBeGreaterThanOrEqual(43); // 256 bits in base64url
    expect(plan.id.length).toBeGreaterThanOrEqual(22); // at least 128 bits
    const read = await repo.get(plan.id);
    expect(read).toEqual(plan);
    expect(JSON.stringify(read)).not.toContain(editToken);
    const stored = await connection.db.selectFrom("plans").select("token_hash").where("id", "=", plan.id).executeTakeFirstOrThrow();
    expect(stored.token_hash).toBe(hashToken(editToken));
  });

  it("gives unknown, malformed and huge ids the same null", async () => {
    expect(await repo.get("AAAAAAAAAAAAAAAAAAAAAAAA")).toBeNull();
    expect(await repo.get("'; drop table plans; --")).toBeNull();
    expect(await repo.get("x".repeat(10_000))).toBeNull();
  });

  it("sets step values with the right token and bumps the version; a stale version conflicts", async () => {
    const { plan, editToken } = await repo.create(newPlanFrom(personas[1]!.answers));
    const [first, second] = plan.snapshot.plan.steps;
    const ok = await repo.update(plan.id, editToken, { version: 1, steps: { [first!.id]: true } });
    expect(ok).toMatchObject({ status: "ok", plan: { version: 2, done: { [first!.id]: true } } });
    // Setting the same value again is not a toggle.
    const again = await repo.update(plan.id, editToken, { version: 2, steps: { [first!.id]: true, [second!.id]: true } });
    expect(again.status === "ok" && again.plan.done).toEqual({ [first!.id]: true, [second!.id]: true });
    const stale = await repo.update(plan.id, editToken, { version: 2, steps: { [first!.id]: false } });
    expect(stale).toMatchObject({ status: "conflict", plan: { version: 3 } });
    const unknown = await repo.update(plan.id, editToken, { version: 3, steps: { "no-such-step": true } });
    expect(unknown.status).toBe("invalid");
  });

  it("renames, and refuses a wrong token exactly like a missing plan", async () => {
    const a = await repo.create(newPlanFrom(personas[2]!.answers));
    const b = await repo.create(newPlanFrom(personas[3]!.answers));
    expect(await repo.update(a.plan.id, b.editToken, { version: 1, title: "x" })).toEqual({ status: "not-found" });
    expect(await repo.update("AAAAAAAAAAAAAAAAAAAAAAAA", a.editToken, { version: 1, title: "x" })).toEqual({ status: "not-found" });
    const renamed = await repo.update(a.plan.id, a.editToken, { version: 1, title: "<img src=x onerror=alert(1)>" });
    expect(renamed.status === "ok" && renamed.plan.title).toBe("<img src=x onerror=alert(1)>");
    expect(await repo.remove(a.plan.id, b.editToken)).toBe(false);
    expect(await repo.newLink(a.plan.id, b.editToken)).toBeNull();
  });

  it("revokes a share link and the edit token with it: the new id works with the new token only", async () => {
    const { plan, editToken } = await repo.create(newPlanFrom(personas[4]!.answers));
    const renewed = await repo.newLink(plan.id, editToken);
    expect(renewed).not.toBeNull();
    expect(renewed!.id).not.toBe(plan.id);
    expect(renewed!.editToken).not.toBe(editToken);
    expect(renewed!.editToken.length).toBeGreaterThanOrEqual(43);
    expect(await repo.get(plan.id)).toBeNull();
    const moved = await repo.get(renewed!.id);
    expect(moved?.snapshot).toEqual(plan.snapshot);
    const stored = await connection.db.selectFrom("plans").select("token_hash").where("id", "=", renewed!.id).executeTakeFirstOrThrow();
    expect(stored.token_hash).toBe(hashToken(renewed!.editToken));
    expect(await repo.update(plan.id, editToken, { version: 2, title: "old link" })).toEqual({ status: "not-found" });
    expect(await repo.update(renewed!.id, editToken, { version: 2, title: "old token" })).toEqual({ status: "not-found" });
    expect(await repo.newLink(renewed!.id, editToken)).toBeNull();
    expect((await repo.update(renewed!.id, renewed!.editToken, { version: moved!.version, title: "new link" })).status).toBe("ok");
  });

  it("tells whether a token is the plan's, for an edit link, and changes nothing", async () => {
    const a = await repo.create(newPlanFrom(personas[2]!.answers));
    const b = await repo.create(newPlanFrom(personas[3]!.answers));
    expect(await repo.owns(a.plan.id, a.editToken)).toBe(true);
    expect(await repo.owns(a.plan.id, b.editToken)).toBe(false);
    expect(await repo.owns("AAAAAAAAAAAAAAAAAAAAAAAA", a.editToken)).toBe(false);
    expect(await repo.owns("'; drop table plans; --", a.editToken)).toBe(false);
    expect(await repo.get(a.plan.id)).toEqual(a.plan);
    const renewed = await repo.newLink(a.plan.id, a.editToken);
    expect(await repo.owns(renewed!.id, a.editToken)).toBe(false);
    expect(await repo.owns(a.plan.id, a.editToken)).toBe(false);
    expect(await repo.owns(renewed!.id, renewed!.editToken)).toBe(true);
  });

  it("deletes with the right token only", async () => {
    const { plan, editToken } = await repo.create(newPlanFrom(personas[0]!.answers));
    expect(await repo.remove(plan.id, editToken)).toBe(true);
    expect(await repo.get(plan.id)).toBeNull();
    expect(await repo.remove(plan.id, editToken)).toBe(false);
  });

  it("loses no tick when two tabs write at once: one wins, the other gets a conflict and re-applies", async () => {
    const { plan, editToken } = await repo.create(newPlanFrom(personas[1]!.answers));
    const ids = plan.snapshot.plan.steps.map((s) => s.id);
    const results = await Promise.all(ids.map((id) => repo.update(plan.id, editToken, { version: 1, steps: { [id]: true } })));
    expect(results.filter((r) => r.status === "ok")).toHaveLength(1);
    // Each loser re-applies its value on the current version, as the page does after a 409.
    for (const [i, r] of results.entries()) {
      let attempt = r;
      while (attempt.status === "conflict") {
        attempt = await repo.update(plan.id, editToken, { version: attempt.plan.version, steps: { [ids[i]!]: true } });
      }
      expect(attempt.status).toBe("ok");
    }
    const final = await repo.get(plan.id);
    expect(Object.keys(final!.done).sort()).toEqual([...ids].sort());
    expect(final!.version).toBe(ids.length + 1);
  });

  it("keeps an old plan's content when the catalog changes later", async () => {
    const input = newPlanFrom(personas[0]!.answers);
    const tampered = structuredClone(input);
    // Pretend the plan was saved under an older catalog whose first step read differently.
    tampered.snapshot.catalogVersion = "2020-01-01.1";
    tampered.snapshot.plan.steps[0]!.title = "An older wording of the first step";
    const { plan } = await repo.create(tampered);
    const read = await repo.get(plan.id);
    expect(read!.snapshot.catalogVersion).toBe("2020-01-01.1");
    expect(read!.snapshot.plan.steps[0]!.title).toBe("An older wording of the first step");
  });
});
