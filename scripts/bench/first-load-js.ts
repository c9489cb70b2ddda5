// The JavaScript a page loads on a first visit, gzipped, from Turbopack's route bundle stats of a
// build; and the same figure for an empty Next.js page built with the same versions in the same
// run (the framework's floor: React and Next alone).
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export const NEXT_BIN = join("node_modules", "next", "dist", "bin", "next");

type Stat = { route: string; firstLoadChunkPaths: string[] };

const gzipped = (base: string, paths: string[]) => paths.reduce((sum, p) => sum + gzipSync(readFileSync(join(base, p))).length, 0);

/** Route -> first-load JS in bytes, gzipped, for the build in dir (default: this project). */
export function firstLoadJs(dir = "."): Record<string, number> {
  const stats = JSON.parse(readFileSync(join(dir, ".next/diagnostics/route-bundle-stats.json"), "utf8")) as Stat[];
  return Object.fromEntries(stats.map((s) => [s.route, gzipped(dir, s.firstLoadChunkPaths)]));
}

/**
 * Builds a one-page Next.js app (a page of one line in a bare layout) in bench-results/<name>
 * (ignored by git; Node finds this project's node_modules from there, so the versions are the
 * same) and returns its folder. A dynamic one is rendered on every request instead of prerendered.
 */
export function buildEmptyNext(name: string, { dynamic = false } = {}): string {
  const dir = join("bench-results", name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "app"), { recursive: true });
  writeFileSync(join(dir, "next.config.mjs"), "export default {};\n");
  writeFileSync(
    join(dir, "app", "layout.jsx"),
    'export default function Layout({ children }) {\n  return <html lang="en"><body>{children}</body></html>;\n}\n',
  );
  // One line of text: a page that paints nothing cannot be measured by Lighthouse at all.
  writeFileSync(
    join(dir, "app", "page.jsx"),
    `${dynamic ? 'export const dynamic = "force-dynamic";\n' : ""}export const metadata = { title: "Empty", description: "An empty page." };\nexport default function Page() {\n  return <main><p>An empty page.</p></main>;\n}\n`,
  );
  execFileSync(process.execPath, [NEXT_BIN, "build", dir], { env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }, stdio: "pipe" });
  return dir;
}

/** The empty page's first-load JS: the framework's floor. Its build stays in bench-results/empty-next. */
export const emptyPageFloor = (): number => firstLoadJs(buildEmptyNext("empty-next"))["/"]!;
