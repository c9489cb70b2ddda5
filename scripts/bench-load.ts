// npm run bench:load (after npm run build): what pages and the API cost under load, beside the
// prerendered /api/catalog in the same run: the fastest answer this stack gives (the front door,
// then Next serving a file), so each row's ratio says how much of that ceiling a request keeps.
// Prerendered pages (/, /wizard), pages rendered per request (a result, a wizard step, a saved
// plan), each asked for again and again and each at an address nobody asked for before, and the
// API (viewing a plan, ticking a step), at 10 and at 50 connections, BENCH_SECONDS each (default 9,
// in three interleaved rounds whose median is reported); and two pages that show what rendering
// per request costs at all: this app's lightest, and an empty Next.js page, the framework's floor.
// It starts the app as `npm start` does on 127.0.0.1 with the rate limits lifted and a fresh
// SQLite file, prints one table and writes bench-results/load.json, and stops what it started.
//
// Then a render burst, the same build twice in the same run: 200 connections on result pages (each
// at a new address, so each is rendered) beside 10 viewing a plan through the API, against the app with admission control switched off
// (ONEPATH_RENDERS_AT_ONCE lifted, as for the table above) and with it as shipped, in alternating
// rounds; how many renders were served and refused, and what the API's p99 became meanwhile.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RequestSpec } from "autocannon";
import { planApiPath, planPath, resultHref, WIZARD, wizardHref } from "@/lib/addresses";
import { readEnv } from "@/server/config";
import { personas } from "@/tests/fixtures/personas";
import { markdownTable } from "./bench/markdown-table";
import { median } from "./bench/median";
import { get, measure, run, type Measured, type Target } from "./bench-api/load";
import { type App, planToMeasure, startBenchApp, startEmptyNext } from "./bench-api/app";
import { buildEmptyNext } from "./bench/first-load-js";
import { assertPortFree, atEnd, benchPort, runBenchmark } from "./bench-api/processes";

const PORT = benchPort(3522);
const ADMITTING_PORT = benchPort(3521);
const EMPTY_PORT = benchPort(3525);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 9);
const ROUNDS = 3;
const CONNECTIONS = [10, 50];
const WARM_UP_SECONDS = 1;
/** The burst: connections on a result page, and beside them on the plan API; seconds per round. */
const BURST = { renders: 200, api: 10, seconds: Math.max(5, SECONDS) };
/** Admission control as good as off: more renders at once than there are connections. */
const NO_ADMISSION = { ONEPATH_RENDERS_AT_ONCE: "1000000" };

type Row = { name: string; connections: number; measured: Measured };

/** One row from its rounds: the median rate and latencies, every error and status counted. */
function medianOf(rounds: Measured[]): Measured {
  const sum = (key: "errors" | "timeouts" | "non2xx" | "conflicts" | "serverErrors" | "ok" | "busy") =>
    rounds.reduce((n, m) => n + m[key], 0);
  return {
    rps: median(rounds.map((m) => m.rps)),
    p50: median(rounds.map((m) => m.p50)),
    p99: median(rounds.map((m) => m.p99)),
    errors: sum("errors"),
    timeouts: sum("timeouts"),
    non2xx: sum("non2xx"),
    conflicts: sum("conflicts"),
    serverErrors: sum("serverErrors"),
    ok: sum("ok"),
    busy: sum("busy"),
    statuses: rounds.map((m) => m.statuses).join(" | "),
  };
}

async function main() {
  if (!existsSync(".next/BUILD_ID")) throw new Error("no production build: run `npm run build` first");
  await Promise.all([assertPortFree(PORT), assertPortFree(ADMITTING_PORT), assertPortFree(EMPTY_PORT)]);
  const dir = mkdtempSync(join(tmpdir(), "onepath-bench-load-"));
  atEnd(() => rmSync(dir, { recursive: true, force: true }));
  // The framework's floor for a page rendered per request: an empty Next.js page, built with the
  // same versions in this run and served by a bare `next start` (no front door, no layout).
  const empty = await startEmptyNext(buildEmptyNext("empty-next-dynamic", { dynamic: true }), EMPTY_PORT);
  const app = await startBenchApp(PORT, { ONEPATH_SQLITE_FILE: join(dir, "plans.sqlite"), ...NO_ADMISSION });
  const admitting = await startBenchApp(ADMITTING_PORT, { ONEPATH_SQLITE_FILE: join(dir, "admitting.sqlite") });
  const { origin } = app;
  const answers = personas[3]!.answers;
  const { id, editToken, plan } = await planToMeasure(app, answers);
  const target: Target = { origin, id, editToken, step: plan.snapshot.plan.steps[0]!.id };
  const resultPath = `${resultHref(answers)}&start=2026-11-30`;
  // A wizard step: the question the first two answers lead to, rendered on the server.
  const wizardPath = wizardHref({ employer: answers.employer, role: answers.role }, null);

  const loads: { name: string; connections: number; go: (seconds: number) => Promise<Measured> }[] = [];
  const gets = [
    ["ceiling: GET /api/catalog (prerendered)", "/api/catalog"],
    ["GET / (prerendered)", "/"],
    ["GET /wizard (prerendered)", WIZARD],
    // The lightest page this app renders per request (an unreadable link), at a new address each
    // time: what rendering any page of this app costs before its content.
    ["lightest: GET /result?role=x (rendered)", "/result?role=x", "&"],
    ["GET /result?<answers> (repeated)", resultPath],
    ["GET /wizard?<answers> (repeated)", wizardPath],
    ["GET /plans/<id> (repeated)", planPath(id)],
    // The same pages at an address no request asked for before (a parameter the page ignores,
    // counting up): each one is rendered, as the first request for a result, a step or a plan is.
    ["GET /result?<answers> (first, uncached)", resultPath, "&"],
    ["GET /wizard?<answers> (first, uncached)", wizardPath, "&"],
    ["GET /plans/<id> (first, uncached)", planPath(id), "?"],
    ["GET /api/plans/<id>", planApiPath(id)],
  ] as const;
  for (const connections of CONNECTIONS) {
    for (const [name, path, fresh] of gets) {
      loads.push({ name, connections, go: (s) => run(fresh ? uncached(path, fresh) : get(path), false, origin, s, connections) });
    }
    loads.push({
      name: "floor: empty Next.js page (per request)",
      connections,
      go: (s) => run(get("/"), false, empty.origin, s, connections),
    });
    loads.push({ name: "PATCH /api/plans/<id> (a tick)", connections, go: (s) => measure("tick", target, origin, s, connections) });
  }
  console.log(`OnePath under load: ${SECONDS} s per row in ${ROUNDS} rounds, npm start on ${origin}`);
  // Every load once first, unmeasured: the ceiling, measured first, would otherwise pay for the
  // server's warm-up (its code compiled as it runs). Then the rows take turns, round by round, so
  // a noisy neighbour on a shared machine slows every row a little rather than one row a lot.
  for (const load of loads) await load.go(WARM_UP_SECONDS);
  const rounds: Measured[][] = loads.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, load] of loads.entries()) rounds[i]!.push(await load.go(SECONDS / ROUNDS));
  }
  const rows: Row[] = loads.map(({ name, connections }, i) => ({ name, connections, measured: medianOf(rounds[i]!) }));
  for (const { name, connections, measured } of rows) {
    console.log(
      `  ${String(connections).padStart(2)} conns  ${name.padEnd(40)} ${measured.rps.toFixed(0).padStart(6)} req/s  p99 ${String(measured.p99).padStart(4)} ms`,
    );
  }

  const ceiling = (connections: number) => rows.find((r) => r.connections === connections && r.name.startsWith("ceiling"))!.measured;
  const head = ["", "conns", "req/s", "p50 ms", "p99 ms", "vs ceiling", "errors", "non-2xx (409)"];
  const body = rows.map(({ name, connections, measured: m }) => [
    name,
    String(connections),
    m.rps.toFixed(0),
    String(m.p50),
    String(m.p99),
    `${(m.rps / ceiling(connections).rps).toFixed(2)}x`,
    String(m.errors + m.timeouts + m.serverErrors),
    `${m.non2xx}${m.conflicts ? ` (${m.conflicts})` : ""}`,
  ]);
  console.log(markdownTable(head, body));
  mkdirSync("bench-results", { recursive: true });
  const clean = rows.every(({ measured: m }) => m.errors + m.timeouts + m.serverErrors === 0 && m.non2xx === 0);
  console.log(`no errors, timeouts, 5xx or unexpected non-2xx: ${clean ? "yes" : "NO"}`);

  const burst = await renderBurst(
    [
      { name: `off (ONEPATH_RENDERS_AT_ONCE=${NO_ADMISSION.ONEPATH_RENDERS_AT_ONCE})`, app, planId: id },
      {
        name: `on (ONEPATH_RENDERS_AT_ONCE=${readEnv({}).ONEPATH_RENDERS_AT_ONCE}, as shipped)`,
        app: admitting,
        planId: (await planToMeasure(admitting, answers)).id,
      },
    ],
    resultPath,
  );
  await Promise.all([app.stop(), admitting.stop(), empty.stop()]);
  // With admission control the burst is answered (rendered or refused at once) and the API is not harmed.
  const admitted = burst.at(-1)!;
  const burstClean =
    admitted.api.ok > 0 &&
    admitted.api.errors + admitted.api.timeouts + admitted.api.non2xx === 0 &&
    admitted.renders.errors + admitted.renders.timeouts === 0;
  console.log(`render burst with admission control: the API answered, all 2xx; no errors or timeouts: ${burstClean ? "yes" : "NO"}`);
  writeFileSync(
    "bench-results/load.json",
    `${JSON.stringify({ at: new Date().toISOString(), seconds: SECONDS, rows: rows.map(({ name, connections, measured }) => ({ name, connections, ...measured })), burst }, null, 2)}\n`,
  );
  console.log("figures in bench-results/load.json");
  if (!clean || !burstClean) process.exitCode = 1;
}

/** GET path with an ignored parameter that differs for every request: never served from a cache. */
let asked = 0;
function uncached(path: string, separator: "?" | "&"): RequestSpec {
  return { ...get(path), setupRequest: (request) => ({ ...request, path: `${path}${separator}bench=${++asked}` }) };
}

type Condition = { name: string; app: App; planId: string };

/**
 * Waits until the app has finished what a burst left behind (the load generator stops waiting
 * after its round; the server renders on): its health check answered within 20 ms three times
 * running, or a minute at most.
 */
async function idle(app: App): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (let quick = 0; quick < 3 && Date.now() < deadline;) {
    const started = performance.now();
    await fetch(`${app.origin}/healthz`).then(
      (r) => r.text(),
      () => "",
    );
    quick = performance.now() - started < 20 ? quick + 1 : 0;
  }
}
type BurstRow = { name: string; renders: Measured; api: Measured };

/**
 * BURST.renders connections on a result page and BURST.api on GET /api/plans/<id> at once, against
 * each condition in turn for ROUNDS rounds (after one unmeasured warm-up), each row the median round.
 */
async function renderBurst(conditions: Condition[], resultPath: string): Promise<BurstRow[]> {
  const once = ({ app, planId }: Condition, seconds: number) =>
    Promise.all([
      // Results nobody asked for before: each one rendered, none served from memory.
      run(uncached(resultPath, "&"), false, app.origin, seconds, BURST.renders),
      run(get(planApiPath(planId)), false, app.origin, seconds, BURST.api),
    ]);
  console.log(
    `\nRender burst: ${BURST.renders} connections on GET /result?<answers> (each at a new address) beside ${BURST.api} on GET /api/plans/<id>, ` +
      `${BURST.seconds} s per round, ${ROUNDS} rounds, admission control off and on in turn`,
  );
  for (const condition of conditions) {
    await once(condition, WARM_UP_SECONDS);
    await idle(condition.app);
  }
  const rounds = conditions.map(() => ({ renders: [] as Measured[], api: [] as Measured[] }));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, condition] of conditions.entries()) {
      const [renders, api] = await once(condition, BURST.seconds);
      rounds[i]!.renders.push(renders);
      rounds[i]!.api.push(api);
      // Both servers share the machine: the next round starts once this one's backlog is gone.
      await idle(condition.app);
    }
  }
  const rows = conditions.map(({ name }, i) => ({ name, renders: medianOf(rounds[i]!.renders), api: medianOf(rounds[i]!.api) }));
  const perSecond = (n: number) => (n / (BURST.seconds * ROUNDS)).toFixed(0);
  const head = [
    "admission control",
    "results rendered/s",
    "503/s",
    "results p50 / p99 ms",
    "errors + timeouts",
    "API req/s",
    "API p50 ms",
    "API p99 ms",
    "API errors + non-2xx",
  ];
  // A load none of whose requests was answered within its round has no latency to show.
  const latency = (m: Measured, value: number) => (m.rps > 0 ? String(value) : "none answered");
  const body = rows.map(({ name, renders: r, api: a }) => [
    name,
    perSecond(r.ok),
    perSecond(r.busy),
    `${latency(r, r.p50)} / ${latency(r, r.p99)}`,
    String(r.errors + r.timeouts),
    a.rps.toFixed(0),
    latency(a, a.p50),
    latency(a, a.p99),
    String(a.errors + a.timeouts + a.non2xx),
  ]);
  console.log(markdownTable(head, body));
  console.log("(results' latencies cover every answer: renders, and with admission control the 503s answered at once)");
  return rows;
}

await runBenchmark("bench:load", main);
