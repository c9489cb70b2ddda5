// npm run bench:pages (it builds first): what a person's browser gets from the pages that matter.
// Lighthouse 12 with its mobile defaults (a mid-range phone on a slow 4G connection, simulated) in
// Chromium, five runs per page (BENCH_RUNS), each figure the median of its runs: performance,
// accessibility, best practices, SEO, LCP, TBT and CLS for /, /wizard, a result and a saved plan,
// next to each page's first-load JavaScript (gzipped). Then each page's LCP as a throttled load
// observes it (Lighthouse's "devtools" throttling: the same phone and connection applied to the
// browser, not simulated), three runs per page (BENCH_APPLIED_RUNS), the median: the simulated
// LCP moves by a second with a race this machine's unthrottled load runs, the applied one does not.
// The same for an empty Next.js page built with the same versions in the same run: the
// framework's floor on this machine. Prints one table and writes bench-results/pages.json.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { planPath, resultHref, WIZARD } from "@/lib/addresses";
import { personas } from "@/tests/fixtures/personas";
import { planToMeasure, startBenchApp, startEmptyNext } from "./bench-api/app";
import { assertPortFree, atEnd, benchPort, runBenchmark } from "./bench-api/processes";
import { markdownTable } from "./bench/markdown-table";
import { median } from "./bench/median";
import { emptyPageFloor, firstLoadJs } from "./bench/first-load-js";

const PORT = benchPort(3523);
const FLOOR_PORT = benchPort(3524);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const APPLIED_RUNS = Number(process.env.BENCH_APPLIED_RUNS ?? 3);
const DEBIAN_CHROMIUM = "/usr/bin/chromium";
const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

type Scores = Record<(typeof CATEGORIES)[number], number>;
type Run = Scores & { lcpMs: number; tbtMs: number; cls: number };
type Row = { page: string; path: string; route: string; firstLoadJs: number; runs: Run[]; median: Run; appliedLcpMs: number[] };

async function audit(url: string, port: number): Promise<Run> {
  const result = await lighthouse(url, { port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] });
  const lhr = result?.lhr;
  if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
  if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.message}`);
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    "best-practices": score("best-practices"),
    seo: score("seo"),
    lcpMs: Math.round(metric("largest-contentful-paint")),
    tbtMs: Math.round(metric("total-blocking-time")),
    cls: Number(metric("cumulative-layout-shift").toFixed(3)),
  };
}

/** The LCP of a load with the phone's CPU and connection applied to the browser (not simulated). */
async function appliedLcp(url: string, port: number): Promise<number> {
  const config = { extends: "lighthouse:default", settings: { throttlingMethod: "devtools" as const } };
  const result = await lighthouse(url, { port, output: "json", logLevel: "error", onlyCategories: ["performance"] }, config);
  const lcp = result?.lhr.audits["largest-contentful-paint"]?.numericValue;
  if (lcp === undefined) throw new Error(`Lighthouse measured no LCP for ${url}`);
  return Math.round(lcp);
}

/**
 * Each figure's median over the runs. Lighthouse's simulated LCP moves by a second on this page from
 * one run to the next (it counts the scripts that happened to arrive before the first paint), so
 * the median of each figure says more than one whole run does.
 */
function medianRun(runs: Run[]): Run {
  return Object.fromEntries((Object.keys(runs[0]!) as (keyof Run)[]).map((key) => [key, median(runs.map((r) => r[key]))])) as Run;
}

async function main() {
  if (!existsSync(".next/BUILD_ID")) throw new Error("no production build: run `npm run build` first");
  await Promise.all([assertPortFree(PORT), assertPortFree(FLOOR_PORT)]);

  console.log("building an empty Next.js page for the floor…");
  const floorJs = emptyPageFloor();
  const js = firstLoadJs();

  const dir = mkdtempSync(join(tmpdir(), "onepath-bench-pages-"));
  atEnd(() => rmSync(dir, { recursive: true, force: true }));
  const app = await startBenchApp(PORT, { ONEPATH_SQLITE_FILE: join(dir, "plans.sqlite") });
  const answers = personas[3]!.answers;
  const { id } = await planToMeasure(app, answers);
  const floor = await startEmptyNext(join("bench-results", "empty-next"), FLOOR_PORT);

  const pages = [
    { page: "empty Next.js page (floor)", url: floor.origin, path: "/", route: "", firstLoadJs: floorJs },
    { page: "home", path: "/", route: "/" },
    { page: "wizard", path: WIZARD, route: "/wizard" },
    { page: "a result", path: `${resultHref(answers)}&start=2026-11-30`, route: "/result" },
    { page: "a saved plan", path: planPath(id), route: "/plans/[id]" },
  ].map((p) => {
    const bytes = p.firstLoadJs ?? js[p.route];
    if (bytes === undefined) throw new Error(`the build has no bundle figures for ${p.route}`);
    return { ...p, url: p.url ?? `${app.origin}${p.path}`, firstLoadJs: bytes };
  });

  const chrome = await chromeLauncher.launch({
    chromePath: existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined,
    chromeFlags: CHROME_FLAGS,
  });
  atEnd(() => void chrome.kill());
  console.log(
    `Lighthouse (mobile defaults), ${RUNS} runs per page, then ${APPLIED_RUNS} with the throttling applied; the median of each figure`,
  );
  const rows: Row[] = [];
  for (const { url, ...page } of pages) {
    const runs: Run[] = [];
    // One unmeasured load first, so that no page pays for the server's first compile of its code.
    await fetch(url);
    for (let i = 0; i < RUNS; i++) runs.push(await audit(url, chrome.port));
    const appliedLcpMs: number[] = [];
    for (let i = 0; i < APPLIED_RUNS; i++) appliedLcpMs.push(await appliedLcp(url, chrome.port));
    const row = { ...page, runs, median: medianRun(runs), appliedLcpMs };
    rows.push(row);
    const each = (key: keyof Run) => runs.map((r) => r[key]).join(", ");
    console.log(
      `  ${page.page}: performance ${each("performance")}; LCP ${each("lcpMs")} ms; TBT ${each("tbtMs")} ms; LCP applied ${appliedLcpMs.join(", ")} ms`,
    );
  }

  const kib = (bytes: number) => (bytes / 1024).toFixed(1);
  const head = [
    "page",
    "perf",
    "a11y",
    "best pr.",
    "SEO",
    "LCP ms",
    "TBT ms",
    "CLS",
    "LCP applied ms",
    "first-load JS KiB",
    "vs floor KiB",
  ];
  const body = rows.map(({ page, median: m, firstLoadJs: bytes, appliedLcpMs }, i) => [
    page,
    String(m.performance),
    String(m.accessibility),
    String(m["best-practices"]),
    String(m.seo),
    String(m.lcpMs),
    String(m.tbtMs),
    String(m.cls),
    String(median(appliedLcpMs)),
    kib(bytes),
    i === 0 ? "" : `+${kib(bytes - floorJs)}`,
  ]);
  console.log(markdownTable(head, body));
  mkdirSync("bench-results", { recursive: true });
  writeFileSync(
    "bench-results/pages.json",
    `${JSON.stringify({ at: new Date().toISOString(), runs: RUNS, appliedRuns: APPLIED_RUNS, floorJs, pages: rows }, null, 2)}\n`,
  );
  console.log("figures in bench-results/pages.json");
}

await runBenchmark("bench:pages", main);
