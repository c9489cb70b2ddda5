// The floor for npm run bench:api: a bare node:http server that does only the statement behind each
// plan endpoint (SELECT the plan row, UPDATE its done steps, INSERT a new row) against the same
// database with the same settings: no framework, no validation, no rate limit, no transaction.
// Env: FLOOR_PORT, FLOOR_PLAN_ID (a saved plan, the template for inserts), and DATABASE_URL or
// ONEPATH_SQLITE_FILE.
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import SQLite from "better-sqlite3";
import pg from "pg";

type Row = Record<string, unknown>;
type Store = { view(id: string): Promise<Row | undefined>; tick(id: string, done: string): Promise<Row | undefined>; save(): Promise<Row> };

const COLUMNS = ["id", "token_hash", "title", "answers", "snapshot", "catalog_version", "done", "version", "created_at", "updated_at"];
const SELECT = "select * from plans where id = $1";
const UPDATE = "update plans set done = $1, version = version + 1, updated_at = $2 where id = $3 returning version";
const INSERT = `insert into plans (${COLUMNS.join(", ")}) values (${COLUMNS.map((_, i) => `$${i + 1}`).join(", ")})`;

const now = () => new Date().toISOString();
const newRow = (template: Row): Row => ({
  ...template,
  id: randomBytes(18).toString("base64url"),
  done: "{}",
  version: 1,
  created_at: now(),
  updated_at: now(),
});

function sqliteStore(file: string, templateId: string): Store {
  const db = new SQLite(file, { fileMustExist: true });
  // The app's settings (server/db/connect.ts), so writes pay the same fsync.
  db.pragma("journal_mode = WAL");
  db.pragma("busy_timeout = 5000");
  db.pragma("synchronous = FULL");
  const positional = (text: string) => db.prepare(text.replace(/\$\d+/g, "?"));
  const [select, update, insert] = [SELECT, UPDATE, INSERT].map(positional) as [SQLite.Statement, SQLite.Statement, SQLite.Statement];
  const template = select.get(templateId) as Row;
  return {
    view: (id) => Promise.resolve(select.get(id) as Row | undefined),
    tick: (id, done) => Promise.resolve(update.get(done, now(), id) as Row | undefined),
    save: () => {
      const row = newRow(template);
      insert.run(...COLUMNS.map((c) => row[c]));
      return Promise.resolve({ id: row.id });
    },
  };
}

async function postgresStore(url: string, templateId: string): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: 10 }); // the app's pool size
  const first = async (text: string, values: unknown[]) => (await pool.query(text, values)).rows[0] as Row | undefined;
  const template = await first(SELECT, [templateId]);
  return {
    view: (id) => first(SELECT, [id]),
    tick: (id, done) => first(UPDATE, [done, now(), id]),
    save: async () => {
      const row = newRow(template!);
      await pool.query(
        INSERT,
        COLUMNS.map((c) => row[c]),
      );
      return { id: row.id };
    },
  };
}

async function readBody(request: IncomingMessage): Promise<string> {
  let body = "";
  for await (const chunk of request) body += chunk;
  return body;
}

const { FLOOR_PORT, FLOOR_PLAN_ID = "", DATABASE_URL, ONEPATH_SQLITE_FILE = "" } = process.env;
const store = DATABASE_URL ? await postgresStore(DATABASE_URL, FLOOR_PLAN_ID) : sqliteStore(ONEPATH_SQLITE_FILE, FLOOR_PLAN_ID);

async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const id = /^\/api\/plans\/([^/?]+)$/.exec(request.url ?? "")?.[1];
  const body = await readBody(request);
  let status = 200;
  let result: Row | undefined;
  try {
    if (request.method === "GET" && id) result = await store.view(id);
    else if (request.method === "PATCH" && id)
      result = await store.tick(id, JSON.stringify((JSON.parse(body) as { steps: unknown }).steps));
    else if (request.method === "POST" && request.url === "/api/plans") [status, result] = [201, await store.save()];
    if (!result) status = 404;
  } catch (error) {
    console.error(error);
    status = 503;
  }
  response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(result ?? { error: status }));
}

createServer((request, response) => void serve(request, response)).listen(Number(FLOOR_PORT), "127.0.0.1");
