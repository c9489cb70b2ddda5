// The plan repository: every read and write of saved plans, on either engine. Every owner command
// goes through one apply(): in one transaction (BEGIN IMMEDIATE on SQLite, a row lock on
// PostgreSQL) it finds the plan the token opens, checks the version, asks the command's decide
// (lib/plan-decisions.ts) for the change on the plan as it is now, writes it, and keeps the reply
// for a retry with the same Idempotency-Key. A change that changes nothing writes nothing. A wrong
// token and an unknown plan give the same answer, so callers cannot tell one from the other.
//
// Edit rights are per device (table plan_tokens, hashes only): the device that saved the plan,
// each device that opened a private edit link (whose token works once and is traded for the
// device's own), and the devices of a plan switched from. A retried write that made a new token
// gets the same one again without any token being stored: it is derived (HMAC-SHA256) from the
// token the retry presents, the plan and the key.
import { createHash, createHmac } from "node:crypto";
import { type Kysely, sql } from "kysely";
import type { Answers } from "@/data/answers";
import { PlanId, type RecommendationResponse, type SavedPlan } from "@/lib/api-contract";
import { today } from "@/lib/dates";
import type { Change, NewPlan, PlanFields, Refusal } from "@/lib/plan-decisions";
import { isRefusal } from "@/lib/plan-decisions";
import type { CommandName } from "@/lib/plan-commands";
import type { Connection } from "../db/connect";
import type { Database, PlansTable } from "../db/schema";
import { hashToken, newEditToken, newPlanId } from "../tokens";
import { planFromRow, UNTOUCHED } from "./stored-row";

/** A plan saved from a result. */
export type SavedResult = { title: string; answers: Answers; snapshot: RecommendationResponse };

/** A plan just saved, with the edit token that its saving browser keeps. */
type Created = { plan: SavedPlan; editToken: string };

/** What apply() needs to make one owner command. */
type Command = {
  id: string;
  token: string;
  command: CommandName;
  /** the version the client had, for the commands that name one */
  version: number | null;
  /** the Idempotency-Key, if the client sent one, and what identifies the request it came with */
  key: string | null;
  request: string;
  decide: (plan: SavedPlan, day: string) => Change | Refusal;
  /** the reply to send and keep: status and body, from what was done */
  reply: (done: Done) => { status: number; body: unknown };
};

/** What a command did. */
export type Done = {
  /** the plan after the change (null once deleted); unchanged when the change changed nothing */
  plan: SavedPlan | null;
  change: Change;
  /** a switch: the plan that goes on, which the same token opens */
  created: SavedPlan | null;
  /** a token the command made: the new link's, the private edit link's, or this device's own */
  token: string | null;
  /** the token was a private edit link's, now traded (owner) */
  traded: boolean;
};

export type Applied =
  | { status: "done"; reply: { status: number; body: unknown } }
  | { status: "not-found" }
  | { status: "conflict"; plan: SavedPlan }
  | { status: "invalid"; error: string }
  | { status: "key-reused" };

export interface PlanRepository {
  /**
   * Saves a result as a plan. With an Idempotency-Key, a retry gets the same plan and token back
   * (the token derived from the key, which only the saving browser holds) and saves nothing more;
   * "key-reused" when the key came with other answers before.
   */
  create(plan: SavedResult): Promise<Created>;
  /** The same, safe to retry: "key-reused" when the key came with another request before. */
  createOnce(plan: SavedResult, key: string, request: string): Promise<Created | "key-reused">;
  /**
   * The plan as its owner sees it when token is one of its devices', else as people with the link
   * do; "full" for the server's own use (what it sends a browser it redacts itself).
   */
  get(id: string, token?: string | null, read?: "full"): Promise<SavedPlan | null>;
  /**
   * The plan's version (every change to what its page shows makes it one more), or null when
   * there is no plan at that id (never was, deleted, or moved to a new link). One indexed read,
   * for the front door's render cache, which keys a plan's page on it.
   */
  version(id: string): Promise<number | null>;
  /** How many devices hold the plan, and whether a private edit link waits to be opened (the owner only). */
  devices(id: string, token: string): Promise<{ devices: number; linkWaiting: boolean } | null>;
  apply(command: Command): Promise<Applied>;
  close(): Promise<void>;
}

/** How long a reply is kept for a retry. */
const KEEP_REPLIES_MS = 24 * 60 * 60 * 1000;
/** Where a reply carried a token: the token is derived again when the reply is sent again. */
const TOKEN_MARK = "\u0000edit-token\u0000";

/** A token that a retry with the same token, plan and purpose makes again, and nothing else can. */
const derived = (presented: string, purpose: string): string => createHmac("sha256", presented).update(purpose).digest("base64url");

/** The request a key was first used with: command, plan, and a hash of the body. */
export const requestPrint = (command: string, id: string, body: unknown): string =>
  `${command} ${id} ${createHash("sha256")
    .update(JSON.stringify(body ?? null))
    .digest("base64url")}`;

/** The stored fields a change may set, as columns. */
function columnsOf(set: Partial<PlanFields>): Partial<PlansTable> {
  const columns: Partial<PlansTable> = {};
  if (set.title !== undefined) columns.title = set.title;
  if (set.done !== undefined) columns.done = JSON.stringify(set.done);
  if (set.doneOn !== undefined) columns.done_on = JSON.stringify(set.doneOn);
  if (set.schedule !== undefined) columns.schedule = set.schedule === null ? null : JSON.stringify(set.schedule);
  if (set.reschedules !== undefined) columns.reschedules = JSON.stringify(set.reschedules);
  if (set.checkIns !== undefined) columns.check_ins = JSON.stringify(set.checkIns);
  if (set.switchedTo !== undefined) columns.switched_to = set.switchedTo === null ? null : JSON.stringify(set.switchedTo);
  if (set.laterAnswers !== undefined) columns.later_answers = JSON.stringify(set.laterAnswers);
  if (set.shareAnswers !== undefined) columns.share_answers = set.shareAnswers ? 1 : 0;
  return columns;
}

/** Only the columns that would really change: setting what is there changes nothing. */
const changed = (row: PlansTable, columns: Partial<PlansTable>): Partial<PlansTable> =>
  Object.fromEntries(Object.entries(columns).filter(([name, value]) => row[name as keyof PlansTable] !== value));

/** Thrown inside a write when a retry with the same key committed first: the transaction rolls back and the stored reply is sent. */
class KeyTaken extends Error {}

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

  /** The row, if the id is a plan id and exists; in a write on PostgreSQL, locked for the rest of the transaction. */
  async function rowOf(trx: Kysely<Database>, id: string, lock: boolean) {
    if (!PlanId.safeParse(id).success) return undefined;
    let query = trx.selectFrom("plans").selectAll().where("id", "=", id);
    if (lock && engine === "postgres") query = query.forUpdate();
    return query.executeTakeFirst();
  }

  /** What the token is to this plan: one of its devices, a private edit link waiting, or nothing. */
  async function tokenKind(trx: Kysely<Database>, id: string, token: string): Promise<"device" | "link" | null> {
    const row = await trx
      .selectFrom("plan_tokens")
      .select("kind")
      .where("plan_id", "=", id)
      .where("token_hash", "=", hashToken(token))
      .executeTakeFirst();
    return row?.kind ?? null;
  }

  async function addToken(trx: Kysely<Database>, id: string, token: string, kind: "device" | "link") {
    await trx
      .insertInto("plan_tokens")
      .values({ plan_id: id, token_hash: hashToken(token), kind, created_at: now().toISOString() })
      .execute();
  }

  /** A new row for a plan saved from a result or switched to, with a random value for its calendar's UIDs. */
  function newRow({ title, answers, snapshot }: SavedResult, extra: Partial<PlansTable> = {}): PlansTable {
    const stamp = now().toISOString();
    return {
      id: newPlanId(),
      title,
      answers: JSON.stringify(answers),
      snapshot: JSON.stringify(snapshot),
      catalog_version: snapshot.catalogVersion,
      ...UNTOUCHED,
      calendar_seed: newPlanId(),
      version: 1,
      created_at: stamp,
      updated_at: stamp,
      ...extra,
    };
  }

  /** The switch's new plan, with the ticks it carries and where it came from. */
  const switchedRow = (made: NewPlan) =>
    newRow(made, {
      done: JSON.stringify(made.done),
      done_on: JSON.stringify(made.doneOn),
      switched_from: JSON.stringify(made.switchedFrom),
    });

  /** The reply a retry gets: as kept, with the token it carried derived again. */
  function replay(kept: { status: number; body: string }, token: string | null) {
    const body = token === null ? kept.body : kept.body.replaceAll(JSON.stringify(TOKEN_MARK).slice(1, -1), token);
    return { status: kept.status, body: JSON.parse(body) as unknown };
  }

  /** The token a command makes, derived so that a retry with the same key makes it again. */
  function tokenFor(command: Command, presented: string): string | null {
    const purpose = (what: string) => (command.key ? derived(presented, `${what}:${command.id}:${command.key}`) : newEditToken());
    switch (command.command) {
      case "new-link":
        return purpose("new-link");
      case "edit-link":
        return purpose("edit-link");
      // A private edit link works once: its device's token follows from it.
      case "owner":
        return derived(presented, `device:${command.id}`);
      // The plan switched to opens with the same token.
      case "switch":
        return presented;
      default:
        return null;
    }
  }

  async function applyIn(trx: Kysely<Database>, command: Command): Promise<Applied> {
    const presentedHash = hashToken(command.token);
    // Two requests with the same key at once (a retry overtaking a slow first try) take turns on
    // PostgreSQL, so the second finds the first's reply (SQLite's BEGIN IMMEDIATE already queues
    // every write). Without it, the second would find the plan gone to its new id, and say so.
    if (command.key && engine === "postgres") {
      await sql`select pg_advisory_xact_lock(hashtext(${`${presentedHash}:${command.key}`}))`.execute(trx);
    }
    if (command.key) {
      const kept = await trx
        .selectFrom("idempotent_replies")
        .select(["request", "status", "body"])
        .where("token_hash", "=", presentedHash)
        .where("idem_key", "=", command.key)
        .executeTakeFirst();
      if (kept)
        return kept.request === command.request
          ? { status: "done", reply: replay(kept, tokenFor(command, command.token)) }
          : { status: "key-reused" };
    }
    const row = await rowOf(trx, command.id, true);
    const kind = row ? await tokenKind(trx, command.id, command.token) : null;
    // A private edit link's token opens nothing but its own trade.
    if (!row || !kind || (kind === "link" && command.command !== "owner")) return { status: "not-found" };
    const plan = planFromRow(row);
    if (!plan) return { status: "not-found" };
    if (command.version !== null && command.version !== plan.version) return { status: "conflict", plan };
    const change = command.decide(plan, day());
    if (isRefusal(change)) return { status: "invalid", error: change.refused };

    let done: Done = { plan, change, created: null, token: null, traded: false };
    const token = tokenFor(command, command.token);
    const bump = { version: plan.version + 1, updated_at: now().toISOString() };
    if (change.remove) {
      await trx.deleteFrom("plan_tokens").where("plan_id", "=", row.id).execute();
      await trx.deleteFrom("plans").where("id", "=", row.id).execute();
      done = { ...done, plan: null };
    } else if (change.renew) {
      // Every link, edit link and device of the old id stops working; the calendar's UIDs stay.
      const id = newPlanId();
      await trx.deleteFrom("plan_tokens").where("plan_id", "=", row.id).execute();
      await trx
        .updateTable("plans")
        .set({ id, ...bump })
        .where("id", "=", row.id)
        .execute();
      await addToken(trx, id, token!, "device");
      done = { ...done, plan: planFromRow({ ...row, id, ...bump }), token };
    } else if (change.issueLink) {
      await trx.deleteFrom("plan_tokens").where("plan_id", "=", row.id).where("kind", "=", "link").execute();
      await addToken(trx, row.id, token!, "link");
      done = { ...done, token };
    } else if (change.trade) {
      if (kind === "link") {
        await trx.deleteFrom("plan_tokens").where("plan_id", "=", row.id).where("token_hash", "=", presentedHash).execute();
        await addToken(trx, row.id, token!, "device");
        done = { ...done, token, traded: true };
      }
    } else {
      let columns = changed(row, columnsOf(change.set ?? {}));
      if (change.create) {
        const created = switchedRow(change.create);
        await trx.insertInto("plans").values(created).execute();
        const devices = await trx
          .selectFrom("plan_tokens")
          .selectAll()
          .where("plan_id", "=", row.id)
          .where("kind", "=", "device")
          .execute();
        if (devices.length)
          await trx
            .insertInto("plan_tokens")
            .values(devices.map((d) => ({ ...d, plan_id: created.id })))
            .execute();
        // The plan switched from keeps the id of the plan that goes on.
        columns = { ...columns, switched_to: JSON.stringify({ ...change.set?.switchedTo, id: created.id }) };
        done = { ...done, created: planFromRow(created), token };
      }
      if (Object.keys(columns).length) {
        const next = { ...row, ...columns, ...bump };
        await trx
          .updateTable("plans")
          .set({ ...columns, ...bump })
          .where("id", "=", row.id)
          .execute();
        done = { ...done, plan: planFromRow(next) };
      }
    }

    const reply = command.reply(done);
    if (command.key) {
      const body = JSON.stringify(reply.body).replaceAll(done.token ?? TOKEN_MARK, JSON.stringify(TOKEN_MARK).slice(1, -1));
      const stamp = now();
      await trx
        .deleteFrom("idempotent_replies")
        .where("created_at", "<", new Date(stamp.getTime() - KEEP_REPLIES_MS).toISOString())
        .execute();
      const kept = { token_hash: presentedHash, idem_key: command.key, request: command.request, status: reply.status, body };
      const inserted = await trx
        .insertInto("idempotent_replies")
        .values({ ...kept, created_at: stamp.toISOString() })
        .onConflict((c) => c.columns(["token_hash", "idem_key"]).doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) throw new KeyTaken();
    }
    return { status: "done", reply };
  }

  /** Saves a result as a plan, once per key when there is one. */
  async function save(plan: SavedResult, key: string | null, request: string): Promise<Created | "key-reused"> {
    // A save has no token yet: its key stands in for one, in the table of kept replies.
    const keyHash = key ? hashToken(`create:${key}`) : null;
    // With a key, the token follows from it and a random value kept with the reply, so a retry
    // gets the same token back while nobody without the database can work it out from the key.
    const salt = newEditToken();
    const saved = async (trx: Kysely<Database>) => {
      if (keyHash && engine === "postgres") await sql`select pg_advisory_xact_lock(hashtext(${`${keyHash}:${key}`}))`.execute(trx);
      if (keyHash) {
        const kept = await trx
          .selectFrom("idempotent_replies")
          .select(["request", "body"])
          .where("token_hash", "=", keyHash)
          .where("idem_key", "=", key!)
          .executeTakeFirst();
        if (kept && kept.request !== request) return "key-reused" as const;
        if (kept) {
          const first = JSON.parse(kept.body) as { id: string; salt: string };
          const row = await rowOf(trx, first.id, false);
          return row ? { plan: planFromRow(row)!, editToken: derived(key!, `create:${first.salt}`) } : "key-reused";
        }
      }
      const editToken = key ? derived(key, `create:${salt}`) : newEditToken();
      const row = newRow(plan);
      await trx.insertInto("plans").values(row).execute();
      await addToken(trx, row.id, editToken, "device");
      if (keyHash) {
        await trx
          .insertInto("idempotent_replies")
          .values({
            token_hash: keyHash,
            idem_key: key!,
            request,
            status: 201,
            body: JSON.stringify({ id: row.id, salt }),
            created_at: now().toISOString(),
          })
          .execute();
      }
      return { plan: planFromRow(row)!, editToken };
    };
    try {
      return await write(saved);
    } catch (error) {
      // A retry with the same key that got there first: answer as it was answered.
      if (keyHash) return write(saved);
      throw error;
    }
  }

  return {
    async create(plan) {
      const made = await save(plan, null, "");
      if (made === "key-reused") throw new Error("a save without a key reused one");
      return made;
    },

    createOnce: (plan, key, request) => save(plan, key, request),

    async get(id, token, read) {
      const row = await rowOf(db, id, false);
      if (!row) return null;
      const owner = read === "full" || (token ? (await tokenKind(db, id, token)) === "device" : false);
      return planFromRow(row, owner ? "owner" : "viewer");
    },

    async version(id) {
      if (!PlanId.safeParse(id).success) return null;
      const row = await db.selectFrom("plans").select("version").where("id", "=", id).executeTakeFirst();
      return row ? Number(row.version) : null;
    },

    async devices(id, token) {
      if (!(await rowOf(db, id, false)) || (await tokenKind(db, id, token)) !== "device") return null;
      const rows = await db.selectFrom("plan_tokens").select("kind").where("plan_id", "=", id).execute();
      return { devices: rows.filter((r) => r.kind === "device").length, linkWaiting: rows.some((r) => r.kind === "link") };
    },

    async apply(command) {
      try {
        return await write((trx) => applyIn(trx, command));
      } catch (error) {
        // The same key committed by a retry that got there first: send what it sent.
        if (error instanceof KeyTaken) return write((trx) => applyIn(trx, command));
        throw error;
      }
    },

    close: () => db.destroy(),
  };
}
