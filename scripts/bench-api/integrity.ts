// After the load: is the database still sound? SQLite's own integrity_check, or on PostgreSQL the
// amcheck extension over the plans table and its primary key index.
import SQLite from "better-sqlite3";
import pg from "pg";

export function sqliteIntegrity(file: string): string {
  const db = new SQLite(file, { fileMustExist: true });
  try {
    const rows = db.pragma("integrity_check") as { integrity_check: string }[];
    return `integrity_check: ${rows.map((r) => r.integrity_check).join("; ")}`;
  } finally {
    db.close();
  }
}

export async function postgresIntegrity(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("create extension if not exists amcheck");
    await client.query("select bt_index_check('plans_pkey'::regclass, true)");
    const heap = await client.query("select * from verify_heapam('plans')");
    return `amcheck (verify_heapam, bt_index_check with heapallindexed): ${heap.rowCount === 0 ? "ok" : JSON.stringify(heap.rows)}`;
  } finally {
    await client.end();
  }
}
