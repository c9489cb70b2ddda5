// The benchmarks' tables, as Markdown a closing note or a pull request can quote: the first column
// left-aligned, the figures right-aligned.
export function markdownTable(head: string[], rows: string[][]): string {
  const widths = head.map((_, c) => Math.max(...[head, ...rows].map((r) => (r[c] ?? "").length)));
  const line = (r: string[]) => `| ${widths.map((w, c) => (c === 0 ? (r[c] ?? "").padEnd(w) : (r[c] ?? "").padStart(w))).join(" | ")} |`;
  const rule = `|${widths.map((w, c) => "-".repeat(w + 1) + (c === 0 ? "-" : ":")).join("|")}|`;
  return [line(head), rule, ...rows.map(line)].join("\n");
}
