// The benchmark's one table: each load on the app, then on the floor, with the app's ratios to the
// floor measured in the same run (the machine is shared, so absolute figures drift between runs).
import { markdownTable } from "../bench/markdown-table";
import type { Load, Measured } from "./load";

type Described = { load: Load; name: string; statement: string; seconds: number };

const HEAD = ["", "s", "req/s", "p50 ms", "p99 ms", "errors", "timeouts", "non-2xx", "409", "req/s vs floor", "p99 vs floor"];

const fixed = (n: number) => n.toFixed(n < 10 ? 1 : 0);

function cells(m: Measured, seconds: number, tick: boolean): string[] {
  return [
    String(seconds),
    fixed(m.rps),
    fixed(m.p50),
    fixed(m.p99),
    String(m.errors),
    String(m.timeouts),
    String(m.non2xx),
    tick ? String(m.conflicts) : "",
  ];
}

export function table(loads: Described[], app: Measured[], floor: Measured[]): string {
  const rows = loads.flatMap(({ load, name, statement, seconds }, i) => {
    const [a, f] = [app[i]!, floor[i]!];
    return [
      [name, ...cells(a, seconds, load === "tick"), `${(a.rps / f.rps).toFixed(3)}x`, `${(a.p99 / f.p99).toFixed(1)}x`],
      [`  floor: bare ${statement}`, ...cells(f, seconds, false), "", ""],
    ];
  });
  const notes = loads
    .flatMap(({ name }, i) => [[name, app[i]!] as const, [`${name} (floor)`, floor[i]!] as const])
    .filter(([, m]) => m.non2xx + m.errors > 0)
    .map(([name, m]) => `  ${name.trim()}: ${m.statuses}`);
  return [markdownTable(HEAD, rows), ...notes].join("\n");
}
