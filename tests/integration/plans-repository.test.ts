// The plan repository, the same suite on a real SQLite file and a real PostgreSQL server: saving,
// reading as owner or viewer, every owner command through the one apply (as the route handlers run
// them), retries with an Idempotency-Key (the same reply, one change), edit rights per device, the
// private edit link that works once, and a switch whose plan the same token opens.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import type { NewLinkResponse, SavedPlan, SwitchResponse } from "@/lib/api-contract";
import { addDays } from "@/lib/dates";
import { checkpointOf } from "@/lib/living-plan";
import { MIGRATION_NAMES, migrateToLatest } from "@/server/db/migrations";
import { applyCommand } from "@/server/plans/commands";
import { createPlanRepository, type PlanRepository } from "@/server/plans/repository";
import { hashToken } from "@/server/tokens";
import type { Connection } from "@/server/db/connect";
import { checkInQuestions } from "@/lib/switch";
import { personas } from "../fixtures/personas";
import { newPlanFrom, replyOf, saved } from "../fixtures/plans";
import { engines, migrated, type TestDatabase } from "./databases";

const seller = personas.find((p) => p.name.startsWith("B2B seller"))!;

describe.each(engines)("plan repository on %s", (_, make) => {
  let database: TestDatabase;
  let connection: Connection;
  let repo: PlanRepository;
  /** The repository as it is on the day a test names (a check-in or a switch waits for the checkpoint). */
  let on: (day: string) => PlanRepository;

  beforeAll(async () => {
    database = await make();
    connection = await migrated(database);
    repo = createPlanRepository(connection);
    on = (day) => createPlanRepository(connection, () => new Date(`${day}T12:00:00.000Z`));
  });
  afterAll(async () => {
    await repo.close();
    await database.drop();
  });

  const plan = (applied: Awaited<ReturnType<typeof applyCommand>>) => replyOf(applied).body as SavedPlan;
  const rows = async (table: "plans" | "plan_tokens" | "idempotent_replies") =>
    Number(
      (
        await connection.db
          .selectFrom(table)
          .select((e) => e.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it("migrations are recorded and running them again changes nothing", async () => {
    const again = await migrateToLatest(connection.db as never);
    expect(again).toEqual([]);
    const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(connection.db);
    expect(applied.rows.map((r) => r.name)).toEqual(MIGRATION_NAMES);
  });

  it("saves a plan with its snapshot and reads it back, never the token, and keeps only the token's hash", async () => {
    const input = newPlanFrom(personas[0]!.answers, "Into product at work");
    const { plan: made, editToken } = await saved(repo, personas[0]!.answers, "Into product at work");
    expect(made).toMatchObject({ title: "Into product at work", version: 1, done: {}, shareAnswers: false });
    expect(made.snapshot).toEqual(input.snapshot);
    expect(editToken.length).toBeGreaterThanOrEqual(43); // 256 bits in base64url
    expect(made.id.length).toBeGreaterThanOrEqual(22); // at least 128 bits
    expect(await repo.get(made.id, editToken)).toEqual(made);
    expect(JSON.stringify(await repo.get(made.id, editToken))).not.toContain(editToken);
    const stored = await connection.db.selectFrom("plan_tokens").selectAll().where("plan_id", "=", made.id).execute();
    expect(stored.map((t) => [t.token_hash, t.kind])).toEqual([[hashToken(editToken), "device"]]);
  });

  it("shows people with the link no answers unless the owner shares them", async () => {
    const { plan: made, editToken } = await saved(repo, personas[1]!.answers);
    expect(await repo.get(made.id)).toMatchObject({ answers: {}, answersHidden: true });
    expect(await repo.get(made.id, "w".repeat(43))).toMatchObject({ answers: {}, answersHidden: true });
    replyOf(await applyCommand(repo, "update", made.id, editToken, { version: 1, shareAnswers: true }));
    expect(await repo.get(made.id)).toMatchObject({ answers: personas[1]!.answers, answersHidden: false, shareAnswers: true });
  });

  it("gives unknown, malformed and huge ids the same null", async () => {
    expect(await repo.get("AAAAAAAAAAAAAAAAAAAAAAAA")).toBeNull();
    expect(await repo.get("'; drop table plans; --")).toBeNull();
    expect(await repo.get("x".repeat(10_000))).toBeNull();
  });

  it("sets step values with the right token and bumps the version; a stale version conflicts; a change that changes nothing writes nothing", async () => {
    const { plan: made, editToken } = await saved(repo, personas[1]!.answers);
    const [first, second] = made.snapshot.plan.steps;
    const ok = plan(await applyCommand(repo, "update", made.id, editToken, { version: 1, steps: { [first!.id]: true } }));
    expect(ok).toMatchObject({ version: 2, done: { [first!.id]: true } });
    // Setting the same value again is not a toggle, and not a new version.
    const same = plan(await applyCommand(repo, "update", made.id, editToken, { version: 2, steps: { [first!.id]: true } }));
    expect(same.version).toBe(2);
    const both = plan(
      await applyCommand(repo, "update", made.id, editToken, { version: 2, steps: { [first!.id]: true, [second!.id]: true } }),
    );
    expect(both.done).toEqual({ [first!.id]: true, [second!.id]: true });
    const stale = await applyCommand(repo, "update", made.id, editToken, { version: 2, steps: { [first!.id]: false } });
    expect(stale).toMatchObject({ status: "conflict", plan: { version: 3 } });
    const unknown = await applyCommand(repo, "update", made.id, editToken, { version: 3, steps: { "no-such-step": true } });
    expect(unknown.status).toBe("invalid");
  });

  it("refuses a wrong token exactly like a missing plan, for every command", async () => {
    const a = await saved(repo, personas[2]!.answers);
    const b = await saved(repo, personas[3]!.answers);
    expect(await applyCommand(repo, "update", a.plan.id, b.editToken, { version: 1, title: "x" })).toEqual({ status: "not-found" });
    expect(await applyCommand(repo, "update", "AAAAAAAAAAAAAAAAAAAAAAAA", a.editToken, { version: 1, title: "x" })).toEqual({
      status: "not-found",
    });
    for (const command of ["new-link", "edit-link", "owner", "delete"] as const) {
      expect(await applyCommand(repo, command, a.plan.id, b.editToken, {}), command).toEqual({ status: "not-found" });
    }
    const renamed = plan(await applyCommand(repo, "update", a.plan.id, a.editToken, { version: 1, title: "<img src=x onerror=alert(1)>" }));
    expect(renamed.title).toBe("<img src=x onerror=alert(1)>");
  });

  it("reads a plan's version alone: one more for every change, and none once the plan has moved or gone", async () => {
    const { plan: made, editToken } = await saved(repo, personas[1]!.answers);
    expect(await repo.version(made.id)).toBe(1);
    plan(await applyCommand(repo, "update", made.id, editToken, { version: 1, title: "Renamed" }));
    expect(await repo.version(made.id)).toBe(2);
    // An edit link waiting changes nothing the plan's page shows, and no version.
    replyOf(await applyCommand(repo, "edit-link", made.id, editToken, {}));
    expect(await repo.version(made.id)).toBe(2);
    const renewed = replyOf(await applyCommand(repo, "new-link", made.id, editToken, {})).body as NewLinkResponse;
    expect(await repo.version(made.id)).toBeNull();
    expect(await repo.version(renewed.id)).toBe(3);
    replyOf(await applyCommand(repo, "delete", renewed.id, renewed.editToken, {}));
    expect(await repo.version(renewed.id)).toBeNull();
    expect(await repo.version("not a plan id")).toBeNull();
  });

  it("makes a new link: the new id works with the new token only, and every device of the old one is off", async () => {
    const { plan: made, editToken } = await saved(repo, personas[4]!.answers);
    const renewed = replyOf(await applyCommand(repo, "new-link", made.id, editToken, {})).body as NewLinkResponse;
    expect(renewed.id).not.toBe(made.id);
    expect(renewed.editToken).not.toBe(editToken);
    expect(await repo.get(made.id)).toBeNull();
    const moved = await repo.get(renewed.id, renewed.editToken);
    expect(moved?.snapshot).toEqual(made.snapshot);
    // The calendar's UIDs stay through it.
    expect(moved?.calendarId).toBe(made.calendarId);
    expect(await applyCommand(repo, "update", renewed.id, editToken, { version: 2, title: "old token" })).toEqual({ status: "not-found" });
    expect(plan(await applyCommand(repo, "update", renewed.id, renewed.editToken, { version: 2, title: "new link" })).title).toBe(
      "new link",
    );
    expect(await repo.devices(renewed.id, renewed.editToken)).toEqual({ devices: 1, linkWaiting: false });
  });

  it("gives a private edit link that works once: traded for the device's own token, then it does nothing", async () => {
    const { plan: made, editToken } = await saved(repo, personas[2]!.answers);
    const link = replyOf(await applyCommand(repo, "edit-link", made.id, editToken, {})).body as { url: string; editToken: string };
    expect(link.url).toMatch(new RegExp(`/plans/${made.id}#edit=${link.editToken}$`));
    expect(await repo.devices(made.id, editToken)).toEqual({ devices: 1, linkWaiting: true });
    // The link's token opens nothing but its trade.
    expect(await applyCommand(repo, "update", made.id, link.editToken, { version: 1, title: "x" })).toEqual({ status: "not-found" });
    expect(await repo.get(made.id, link.editToken)).toMatchObject({ answersHidden: true });
    const traded = replyOf(await applyCommand(repo, "owner", made.id, link.editToken, {}, "trade-key-000000001"));
    const device = (traded.body as { editToken: string }).editToken;
    expect(device).not.toBe(link.editToken);
    expect(plan(await applyCommand(repo, "update", made.id, device, { version: 1, title: "from my phone" })).title).toBe("from my phone");
    expect(await repo.devices(made.id, editToken)).toEqual({ devices: 2, linkWaiting: false });
    // Opened again (a link left in a chat or a history): it does nothing.
    expect(await applyCommand(repo, "owner", made.id, link.editToken, {})).toEqual({ status: "not-found" });
    // The trade retried with its key (its answer lost) gives the same token again.
    expect(replyOf(await applyCommand(repo, "owner", made.id, link.editToken, {}, "trade-key-000000001")).body).toEqual({
      editToken: device,
    });
    // A device's own token is already the plan's: 204, nothing changes.
    expect(replyOf(await applyCommand(repo, "owner", made.id, editToken, {}))).toEqual({ status: 204, body: null });
    // A new link turns every device off.
    const renewed = replyOf(await applyCommand(repo, "new-link", made.id, editToken, {})).body as NewLinkResponse;
    expect(await applyCommand(repo, "update", renewed.id, device, { version: 3, title: "x" })).toEqual({ status: "not-found" });
  });

  it("deletes with the right token only", async () => {
    const { plan: made, editToken } = await saved(repo, personas[0]!.answers);
    expect(replyOf(await applyCommand(repo, "delete", made.id, editToken, {})).status).toBe(204);
    expect(await repo.get(made.id)).toBeNull();
    expect(await applyCommand(repo, "delete", made.id, editToken, {})).toEqual({ status: "not-found" });
    expect(await connection.db.selectFrom("plan_tokens").selectAll().where("plan_id", "=", made.id).execute()).toEqual([]);
  });

  describe("retries with an Idempotency-Key", () => {
    it("answers the same key twice with the same reply, and changes the plan once", async () => {
      const { plan: made, editToken } = await saved(repo, personas[1]!.answers);
      const [first] = made.snapshot.plan.steps;
      const body = { version: 1, steps: { [first!.id]: true } };
      const once = replyOf(await applyCommand(repo, "update", made.id, editToken, body, "tick-key-0000000001"));
      const again = replyOf(await applyCommand(repo, "update", made.id, editToken, body, "tick-key-0000000001"));
      expect(again).toEqual(once);
      expect((await repo.get(made.id, editToken))!.version).toBe(2);
      // The same key with another request is refused, not replayed.
      expect(await applyCommand(repo, "update", made.id, editToken, { version: 2, title: "other" }, "tick-key-0000000001")).toEqual({
        status: "key-reused",
      });
    });

    it("answers a retried new link with the same new id and token, and moves the plan once", async () => {
      const { plan: made, editToken } = await saved(repo, personas[3]!.answers);
      const before = await rows("plans");
      const once = replyOf(await applyCommand(repo, "new-link", made.id, editToken, {}, "renew-key-00000001")).body as NewLinkResponse;
      const again = replyOf(await applyCommand(repo, "new-link", made.id, editToken, {}, "renew-key-00000001")).body as NewLinkResponse;
      expect(again).toEqual(once);
      expect(await rows("plans")).toBe(before);
      expect(await repo.get(once.id, once.editToken)).not.toBeNull();
      // No token is stored in the kept reply: only a placeholder where it was.
      const kept = await connection.db
        .selectFrom("idempotent_replies")
        .select("body")
        .where("idem_key", "=", "renew-key-00000001")
        .executeTakeFirstOrThrow();
      expect(kept.body).not.toContain(once.editToken);
    });

    it("answers the same key sent twice at once with one change, every time", async () => {
      for (let round = 0; round < 10; round++) {
        const { plan: made, editToken } = await saved(repo, personas[3]!.answers);
        const key = `race-key-${round}-00000000`;
        const [a, b] = await Promise.all([
          applyCommand(repo, "new-link", made.id, editToken, {}, key),
          applyCommand(repo, "new-link", made.id, editToken, {}, key),
        ]);
        expect(replyOf(a).body).toEqual(replyOf(b).body);
        const id = (replyOf(a).body as NewLinkResponse).id;
        expect(await repo.get(id)).not.toBeNull();
        expect(await repo.get(made.id)).toBeNull();
      }
    });

    it("saves once for a save retried with its key, and gives the same plan and token", async () => {
      const before = await rows("plans");
      const input = newPlanFrom(seller.answers);
      const once = await repo.createOnce(input, "save-key-000000001", "print");
      const again = await repo.createOnce(input, "save-key-000000001", "print");
      expect(again).toEqual(once);
      expect(await rows("plans")).toBe(before + 1);
      expect(await repo.createOnce(input, "save-key-000000001", "another print")).toBe("key-reused");
      // The token is not a function of the key alone: the same key on another save gives another.
      await connection.db.deleteFrom("idempotent_replies").execute();
      const elsewhere = await repo.createOnce(input, "save-key-000000001", "print");
      expect(elsewhere).not.toBe("key-reused");
      if (elsewhere !== "key-reused" && once !== "key-reused") expect(elsewhere.editToken).not.toBe(once.editToken);
    });

    it("keeps replies for a day, and no longer", async () => {
      const { plan: made, editToken } = await saved(repo, personas[1]!.answers);
      replyOf(await applyCommand(repo, "update", made.id, editToken, { version: 1, title: "kept" }, "old-key-0000000001"));
      const later = on(addDays(new Date().toISOString().slice(0, 10), 2));
      replyOf(await applyCommand(later, "update", made.id, editToken, { version: 2, title: "later" }, "new-key-0000000001"));
      const keys = await connection.db.selectFrom("idempotent_replies").select("idem_key").execute();
      expect(keys.map((k) => k.idem_key)).not.toContain("old-key-0000000001");
    });
  });

  it("switches once at the checkpoint to a plan the same token opens, and the old plan keeps where it goes on", async () => {
    const { plan: made, editToken } = await saved(repo, seller.answers, "Mine", new Date().toISOString().slice(0, 10));
    const day = checkpointOf(made.snapshot.plan)!.dates.start;
    const there = on(day);
    const questions = checkInQuestions(made.snapshot.route.id, made.snapshot.plan);
    const checkedIn = plan(await applyCommand(there, "check-in", made.id, editToken, { version: 1, answers: questions.map(() => false) }));
    expect(checkedIn.done.checkpoint).toBe(true);
    const first = replyOf(await applyCommand(there, "switch", made.id, editToken, { version: 2 }, "switch-key-0000001"));
    const again = replyOf(await applyCommand(there, "switch", made.id, editToken, { version: 2 }, "switch-key-0000001"));
    expect(first.status).toBe(201);
    expect(again).toEqual(first);
    const reply = first.body as SwitchResponse;
    expect(reply.editToken).toBe(editToken);
    expect(reply.from.switchedTo).toMatchObject({ name: "Non-profit volunteering", id: reply.id });
    // The plan that goes on opens with the same token; people with the old link are not told where it is.
    expect(await there.get(reply.id, editToken)).toMatchObject({ switchedFrom: { route: "networking" } });
    expect((await there.get(made.id))!.switchedTo).not.toHaveProperty("id");
    // A switch without its key, once switched: refused, and the old plan takes no more ticks.
    expect(await applyCommand(there, "switch", made.id, editToken, { version: 3 })).toMatchObject({ status: "invalid" });
    const [step] = made.snapshot.plan.steps.filter((s) => !checkedIn.done[s.id]);
    expect(await applyCommand(there, "update", made.id, editToken, { version: 3, steps: { [step!.id]: true } })).toMatchObject({
      status: "invalid",
      error: expect.stringMatching(/switched to Non-profit/) as unknown,
    });
  });

  it("loses no tick when two tabs write at once: one wins, the other gets a conflict and re-applies", async () => {
    const { plan: made, editToken } = await saved(repo, personas[1]!.answers);
    const ids = made.snapshot.plan.steps.map((s) => s.id);
    const results = await Promise.all(
      ids.map((id) => applyCommand(repo, "update", made.id, editToken, { version: 1, steps: { [id]: true } })),
    );
    expect(results.filter((r) => r.status === "done")).toHaveLength(1);
    // Each loser re-applies its value on the current version, as the page does after a 409.
    for (const [i, r] of results.entries()) {
      let attempt = r;
      while (attempt.status === "conflict") {
        attempt = await applyCommand(repo, "update", made.id, editToken, { version: attempt.plan.version, steps: { [ids[i]!]: true } });
      }
      expect(attempt.status).toBe("done");
    }
    const final = await repo.get(made.id, editToken);
    expect(Object.keys(final!.done).sort()).toEqual([...ids].sort());
    expect(final!.version).toBe(ids.length + 1);
  });

  it("keeps an old plan's content when the catalog changes later", async () => {
    const input = newPlanFrom(personas[0]!.answers);
    const tampered = structuredClone(input);
    // Pretend the plan was saved under an older catalog whose first step read differently.
    tampered.snapshot.catalogVersion = "2020-01-01.1";
    tampered.snapshot.plan.steps[0]!.title = "An older wording of the first step";
    const made = await repo.create(tampered);
    const read = await repo.get(made.plan.id);
    expect(read!.snapshot.catalogVersion).toBe("2020-01-01.1");
    expect(read!.snapshot.plan.steps[0]!.title).toBe("An older wording of the first step");
  });
});
