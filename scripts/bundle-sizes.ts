// npm run bench:pages (after npm run build): the JavaScript each page loads on first visit,
// gzipped, from Turbopack's route bundle stats, beside the chunks every route shares (React and
// Next: the framework's floor for this build).
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

type Stat = { route: string; firstLoadUncompressedJsBytes: number; firstLoadChunkPaths: string[] };
const stats: Stat[] = JSON.parse(readFileSync(".next/diagnostics/route-bundle-stats.json", "utf8"));
const gz = (paths: string[]) => paths.reduce((sum, p) => sum + gzipSync(readFileSync(p)).length, 0);
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;

// The framework's floor: the chunks every route shares.
const shared = stats.map((s) => new Set(s.firstLoadChunkPaths)).reduce((a, b) => new Set([...a].filter((p) => b.has(p))));
const floor = gz([...shared]);
console.log(`first-load JS, gzipped (shared by every route: ${kb(floor)})`);
for (const s of stats.filter((x) => !x.route.startsWith("/api") && !x.route.startsWith("/_")).sort((a, b) => a.route.localeCompare(b.route))) {
  const total = gz(s.firstLoadChunkPaths);
  console.log(`${s.route.padEnd(32)} ${kb(total).padStart(9)}  (+${kb(total - floor)} over the shared floor)`);
}
