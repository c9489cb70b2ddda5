// The plan repository: every read and write of saved plans, on either engine. Writes run in one
// transaction each (BEGIN IMMEDIATE on SQLite, row locks on PostgreSQL). A wrong token and an
// unknown plan give the same answer, so callers cannot tell one from the other.
import { type Kysely, sql } from "kysely";
import type { Answers } from "@/data/answers";
import type { Plan } from "@/data/plan";
import {
  PlanId,
  type CheckIn,
  type PatchPlanBody,
  type RecommendationResponse,
  type RescheduleEntry,
  type SavedPlan,
  type SwitchLink,
} from "@/lib/api-contract";
import { today } from "@/lib/dates";
import type { Connection } from "../db/connect";
import type { Database, PlansTable } from "../db/schema";
import { hashToken, newEditToken, newPlanId, tokenMatches } from "../tokens";
import { planFromRow, UNTOUCHED } from "./stored-row";

/** A plan to save: its snapshot is a result as the API sends it (the engine's, or one made for a switch). */
export type NewPlan = { title: string; answers: Answers; snapshot: RecommendationResponse };

export type UpdateResult =
  | { status: "ok"; plan: SavedPlan }
  | { status: "not-found" }
  | { status: "conflict"; plan: SavedPlan }
  | { status: "invalid"; error: string };

/** A change to how a plan lives, worked out from the plan as it is now (inside the write). */
type Living = { schedule?: Plan; reschedule?: RescheduleEntry; checkIn?: CheckIn };
type LivingChange = (plan: SavedPlan, day: string) => Living | { error: string };

/** What a change's `make` answers when the change cannot be made as asked. */
const refused = (made: object): made is { error: string } => "error" in made;

/** Switching at the checkpoint: the new plan, and what it carries over from the old one. */
type Switch = { plan: NewPlan; done: Record<string, boolean>; doneOn: Record<string, string>; from: SwitchLink; to: SwitchLink };
type SwitchResult =
  { status: "ok"; plan: SavedPlan; created: { plan: SavedPlan; editToken: string } } | Exclude<UpdateResult, { status: "ok" }>;

export interface PlanRepository {
  create(plan: NewPlan): Promise<{ plan: SavedPlan; editToken: string }>;
  get(id: string): Promise<SavedPlan | null>;
  /** Is this the plan's edit token? Reads only: for a device opening the plan from its edit link. */
  owns(id: string, token: string): Promise<boolean>;
  update(id: string, token: string, patch: PatchPlanBody): Promise<UpdateResult>;
  /** Reschedules or records a check-in, on the version the client had; never on a plan switched away from. */
  live(id: string, token: string, version: number, change: LivingChange): Promise<UpdateResult>;
  /** Saves the plan switched to, linked both ways with this one, on the version the client had; once. */
  switchTo(
    id: string,
    token: string,
    version: number,
    make: (plan: SavedPlan, day: string) => Switch | { error: string },
  ): Promise<SwitchResult>;
  remove(id: string, token: string): Promise<boolean>;
  /**
   * Makes a new link: the plan moves to a new id with a new edit token; the old link and the old
   * token (so every edit link made with it) are gone for good.
   */
  newLink(id: string, token: string): Promise<{ id: string; editToken: string } | null>;
  close(): Promise<void>;
}

export function createPlanRepository(connection: Connection, now: () => Date = () => new Date()): PlanRepository {
  const { db, engine } = connection;
  const day = () => today(now());

  /** One write transaction: BEGIN IMMEDIATE takes SQLite's write lock up front, so two writers
   * queue on the busy timeout instead of failing half-way on a lock upgrade. */
  async function write<T>(fn: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
    if (engine === "postgres") return db.transaction().execute(fn);
    return db.connection().execute(async (conn) => {
      await sql`begin immediate`.execute(conn);
      try {
        const result = await fn(conn);
        await sql`commit`.execute(conn);
        return result;
      } catch (error) {
        await sql`rollback`.execute(conn).catch(() => undefined);
        throw error;
      }
    });
  }

  /**
   * The row, if the id exists and the token is right; in a write, locked for the rest of the
   * transaction.
   */
  async function owned(trx: Kysely<Database>, id: string, token: string, lock = true) {
    const row = await rowOf(trx, id, lock);
    return row && tokenMatches(token, row.token_hash) ? row : null;
  }

  /** The row, if the id is a plan id and exists; locked as owned() says. */
  async function rowOf(trx: Kysely<Database>, id: string, lock: boolean) {
    if (!PlanId.safeParse(id).success) return undefined;
    let query = trx.selectFrom("plans").selectAll().where("id", "=", id);
    if (lock && engine === "postgres") query = query.forUpdate();
    return query.executeTakeFirst();
  }

  /** A new row for a plan, with its own token: saved from a result, or switched to. */
  function newRow({ title, answers, snapshot }: NewPlan, extra: Partial<PlansTable> = {}) {
    const editToken = newEditToken();
    const stamp = now().toISOString();
    const row: PlansTable = {
      id: newPlanId(),
      token_hash: hashToken(editToken),
      title,
      answers: JSON.stringify(answers),
      snapshot: JSON.stringify(snapshot),
      catalog_version: snapshot.catalogVersion,
      ...UNTOUCHED,
      version: 1,
      created_at: stamp,
      updated_at: stamp,
      ...extra,
    };
    return { row, editToken };
  }

  /** The plan, owned and on the version the client had, or the answer to give instead. */
  async function current(
    trx: Kysely<Database>,
    id: string,
    token: string,
    version: number,
  ): Promise<{ status: "found"; row: PlansTable; plan: SavedPlan } | { status: "not-found" } | { status: "conflict"; plan: SavedPlan }> {
    const row = await owned(trx, id, token);
    const plan = row && planFromRow(row);
    if (!row || !plan) return { status: "not-found" };
    if (version !== plan.version) return { status: "conflict", plan };
    return { status: "found", row, plan };
  }

  /**
   * A change at the checkpoint or after it (a reschedule, a check-in, a switch), worked out by
   * `make` from the plan as it is now: the plan must be owned, on the client's version, and not
   * switched away from already (the plan that goes on is the other one).
   */
  async function checkpointChange<T extends object>(
    trx: Kysely<Database>,
    id: string,
    token: string,
    version: number,
    make: (plan: SavedPlan, day: string) => T | { error: string },
  ): Promise<{ status: "found"; row: PlansTable; plan: SavedPlan; made: T } | Exclude<UpdateResult, { status: "ok" }>> {
    const found = await current(trx, id, token, version);
    if (found.status !== "found") return found;
    const { plan } = found;
    if (plan.switchedTo) {
      return { status: "invalid", error: `version: this plan was switched to ${plan.switchedTo.name}; that plan is the one that goes on` };
    }
    const made = make(plan, day());
    return refused(made) ? { status: "invalid", error: made.error } : { ...found, made };
  }

  return {
    async create(plan) {
      const { row, editToken } = newRow(plan);
      await write((trx) => trx.insertInto("plans").values(row).execute());
      return { plan: planFromRow(row)!, editToken };
    },

    async get(id) {
      const row = await rowOf(db, id, false);
      return row ? planFromRow(row) : null;
    },

    async owns(id, token) {
      return (await owned(db, id, token, false)) !== null;
    },

    async update(id, token, patch) {
      return write(async (trx): Promise<UpdateResult> => {
        const row = await owned(trx, id, token);
        const current = row && planFromRow(row);
        if (!row || !current) return { status: "not-found" };
        const steps = new Set(current.snapshot.plan.steps.map((s) => s.id));
        const unknown = Object.keys(patch.steps ?? {}).find((s) => !steps.has(s));
        if (unknown !== undefined) return { status: "invalid", error: `steps.${unknown.slice(0, 40)}: no such step in this plan` };
        if (patch.version !== current.version) return { status: "conflict", plan: current };
        // Setting what is already there changes nothing, so the version stays (a tick sent twice,
        // or a rename to the same title, is not a new version for other tabs to reload).
        const ticks = Object.entries(patch.steps ?? {}).filter(([step, value]) => (current.done[step] ?? false) !== value);
        const title = patch.title ?? row.title;
        if (ticks.length === 0 && title === row.title) return { status: "ok", plan: current };
        // A tick records its day; an untick forgets it.
        const doneOn = { ...current.doneOn };
        for (const [step, value] of ticks) {
          if (value) doneOn[step] = day();
          else delete doneOn[step];
        }
        const next: PlansTable = {
          ...row,
          title,
          done: JSON.stringify({ ...current.done, ...Object.fromEntries(ticks) }),
          done_on: JSON.stringify(doneOn),
          version: current.version + 1,
          updated_at: now().toISOString(),
        };
        await trx
          .updateTable("plans")
          .set({ title: next.title, done: next.done, done_on: next.done_on, version: next.version, updated_at: next.updated_at })
          .where("id", "=", id)
          .execute();
        return { status: "ok", plan: planFromRow(next)! };
      });
    },

    async live(id, token, version, change) {
      return write(async (trx): Promise<UpdateResult> => {
        const found = await checkpointChange(trx, id, token, version, change);
        if (found.status !== "found") return found;
        const { row, plan, made: living } = found;
        const next: PlansTable = {
          ...row,
          schedule: living.schedule ? JSON.stringify(living.schedule) : row.schedule,
          reschedules: living.reschedule ? JSON.stringify([...plan.reschedules, living.reschedule]) : row.reschedules,
          check_ins: living.checkIn ? JSON.stringify([...plan.checkIns, living.checkIn]) : row.check_ins,
          version: plan.version + 1,
          updated_at: now().toISOString(),
        };
        const { schedule, reschedules, check_ins, version: v, updated_at } = next;
        await trx.updateTable("plans").set({ schedule, reschedules, check_ins, version: v, updated_at }).where("id", "=", id).execute();
        return { status: "ok", plan: planFromRow(next)! };
      });
    },

    async switchTo(id, token, version, make) {
      return write(async (trx): Promise<SwitchResult> => {
        const found = await checkpointChange(trx, id, token, version, make);
        if (found.status !== "found") return found;
        const { row, plan, made } = found;
        const created = newRow(made.plan, {
          done: JSON.stringify(made.done),
          done_on: JSON.stringify(made.doneOn),
          switched_from: JSON.stringify(made.from),
        });
        const next: PlansTable = {
          ...row,
          switched_to: JSON.stringify(made.to),
          version: plan.version + 1,
          updated_at: now().toISOString(),
        };
        await trx.insertInto("plans").values(created.row).execute();
        await trx
          .updateTable("plans")
          .set({ switched_to: next.switched_to, version: next.version, updated_at: next.updated_at })
          .where("id", "=", id)
          .execute();
        return { status: "ok", plan: planFromRow(next)!, created: { plan: planFromRow(created.row)!, editToken: created.editToken } };
      });
    },

    async remove(id, token) {
      return write(async (trx) => {
        if (!(await owned(trx, id, token))) return false;
        await trx.deleteFrom("plans").where("id", "=", id).execute();
        return true;
      });
    },

    async newLink(id, token) {
      return write(async (trx) => {
        const row = await owned(trx, id, token);
        if (!row) return null;
        const moved = { id: newPlanId(), editToken: newEditToken() };
        await trx
          .updateTable("plans")
          .set({ id: moved.id, token_hash: hashToken(moved.editToken), version: Number(row.version) + 1, updated_at: now().toISOString() })
          .where("id", "=", id)
          .execute();
        return moved;
      });
    },

    close: () => db.destroy(),
  };
}
