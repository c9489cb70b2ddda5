// npm run bench:api [-- --postgres]: the saved-plans API under load (50 connections for 20 s: no
// errors, no timeouts, no 5xx, p99 reported, the database still sound). Needs a production build
// (npm run build). It starts the app as `npm start`
// does (server/main.ts) on 127.0.0.1 with the rate limits lifted and a fresh SQLite file (or an
// embedded PostgreSQL), saves a plan, and runs autocannon with 50 connections against viewing it
// and ticking a step (BENCH_SECONDS each, default 20) and saving plans (half as long). Then the floor: a bare
// node:http server doing only the same statements on the same database. Prints one table, the
// ratios to the floor, and the database's integrity check. Stops everything it started.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SavedPlan } from "@/lib/api-contract";
import { personas } from "@/tests/fixtures/personas";
import { startEmbeddedPostgres } from "@/tests/fixtures/embedded-postgres";
import { postgresIntegrity, sqliteIntegrity } from "./bench-api/integrity";
import { CONNECTIONS, type Load, type Measured, measure, type Target } from "./bench-api/load";
import { planApiPath } from "@/lib/addresses";
import { planToMeasure, startBenchApp } from "./bench-api/app";
import { assertPortFree, atEnd, benchPort, runBenchmark, start, waitForHttp } from "./bench-api/processes";
import { table } from "./bench-api/table";

const APP_PORT = benchPort(3520);
const FLOOR_PORT = benchPort(3521);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const LOADS: { load: Load; name: string; statement: string; seconds: number }[] = [
  { load: "view", name: "view   GET /api/plans/<id>", statement: "SELECT", seconds: SECONDS },
  { load: "tick", name: "tick   PATCH /api/plans/<id>", statement: "UPDATE", seconds: SECONDS },
  { load: "save", name: "save   POST /api/plans", statement: "INSERT", seconds: Math.max(1, Math.round(SECONDS / 2)) },
];

type Database = { env: Record<string, string>; describe: string; integrity: () => Promise<string> };

async function database(postgres: boolean): Promise<Database> {
  if (postgres) {
    const server = await startEmbeddedPostgres();
    atEnd(server.stop);
    return { env: { DATABASE_URL: server.url }, describe: "PostgreSQL (embedded)", integrity: () => postgresIntegrity(server.url) };
  }
  const dir = mkdtempSync(join(tmpdir(), "onepath-bench-"));
  atEnd(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, "plans.sqlite");
  return { env: { ONEPATH_SQLITE_FILE: file }, describe: `SQLite ${file}`, integrity: () => Promise.resolve(sqliteIntegrity(file)) };
}

/** Runs every load against url, one after another. */
async function measureAll(url: string, target: Target): Promise<Measured[]> {
  const rows: Measured[] = [];
  for (const { load, seconds } of LOADS) rows.push(await measure(load, target, url, seconds));
  return rows;
}

async function main() {
  const postgres = process.argv.includes("--postgres");
  if (!existsSync(".next/BUILD_ID")) throw new Error("no production build: run `npm run build` first");
  await Promise.all([assertPortFree(APP_PORT), assertPortFree(FLOOR_PORT)]);
  const db = await database(postgres);
  const base = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: undefined, ...db.env };
  const app = await startBenchApp(APP_PORT, db.env);
  const { origin } = app;
  const { id, editToken, plan } = await planToMeasure(app, personas[0]!.answers);
  const view = async (at: string) => SavedPlan.parse(await (await fetch(`${at}${planApiPath(id)}`)).json());
  const step = plan.snapshot.plan.steps[0]!.id;

  console.log(`OnePath API under load: ${db.describe}; ${CONNECTIONS} connections; npm start on ${origin}`);
  const measured = await measureAll(origin, { origin, id, editToken, step });
  const version = (await view(origin)).version;
  await app.stop();

  const floorUrl = `http://127.0.0.1:${FLOOR_PORT}`;
  const floor = start(process.execPath, ["--import", "tsx", "scripts/bench-api/floor-server.ts"], {
    ...base,
    FLOOR_PORT: String(FLOOR_PORT),
    FLOOR_PLAN_ID: id,
  });
  await waitForHttp(`${floorUrl}${planApiPath(id)}`, floor);
  const floors = await measureAll(floorUrl, { origin: floorUrl, id, editToken, step });
  await floor.stop();

  console.log(table(LOADS, measured, floors));
  const ticks = measured[1]!;
  const inFlight = version - 1 - ticks.ok;
  const consistent = inFlight >= 0 && inFlight <= CONNECTIONS;
  console.log(
    `ticks: the plan is at version ${version} after ${ticks.ok} accepted ticks` +
      ` (${consistent ? "consistent" : "INCONSISTENT"}: ${inFlight} more were in flight when the load stopped)`,
  );
  const integrity = await db.integrity();
  console.log(integrity);
  // The bar: no errors, no timeouts, no 5xx, and the database still sound.
  const clean = measured.every((m) => m.errors + m.timeouts + m.serverErrors === 0);
  const pass = clean && consistent && integrity.endsWith(": ok");
  console.log(`the bar (no errors, timeouts or 5xx; ticks consistent; integrity ok): ${pass ? "pass" : "FAIL"}`);
  if (!pass) process.exitCode = 1;
}

await runBenchmark("bench:api", main);
