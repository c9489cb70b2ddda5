// lib/addresses.ts is the one table of the app's addresses: a form's hidden fields land on the
// address the links write, and no page, component or browser code writes a path or one of the
// table's query keys by hand.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OPTION_IDS } from "@/data/ids";
import { carriedFields, planBHref, resultHref, wizardHref } from "@/lib/addresses";

const answers = fc.record(
  {
    employer: fc.constantFrom(...OPTION_IDS.employer),
    constraints: fc.subarray([...OPTION_IDS.constraints]),
    hours: fc.constantFrom(...OPTION_IDS.hours),
  },
  { requiredKeys: [] },
);
const compare = fc.option(fc.string({ minLength: 1, maxLength: 30 }), { nil: null });
const query = (href: string) => [...new URLSearchParams(href.slice(href.indexOf("?") + 1).split("#")[0])];

describe("a form's carried fields", () => {
  it("are the query of the result, the plan-B questions and the wizard for the same answers", () => {
    fc.assert(
      fc.property(answers, compare, (given, plan) => {
        expect(carriedFields(given, plan)).toEqual(query(resultHref(given, plan)));
        expect(carriedFields(given, plan, { planB: true })).toEqual(query(planBHref(given, plan)));
        if (Object.keys(given).length || plan) expect(carriedFields(given, plan)).toEqual(query(wizardHref(given, null, plan)));
      }),
    );
  });
});

describe("addresses written by hand", () => {
  const root = new URL("../../", import.meta.url).pathname;
  const sources = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return sources(path);
      return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
    });
  const files = ["app", "components", "browser", "machines", "lib"]
    .flatMap((folder) => sources(join(root, folder)))
    .map((path) => ({ path: relative(root, path), text: readFileSync(path, "utf8") }))
    .filter(({ path }) => path !== "lib/addresses.ts");
  /** Every line of the code (not a comment) that matches. */
  const lines = (pattern: RegExp) =>
    files.flatMap(({ path, text }) =>
      text
        .split("\n")
        .map((line, i) => ({ line: line.trim(), at: `${path}:${i + 1}` }))
        .filter(({ line }) => !/^(\/\/|\*|\/\*\*)/.test(line) && !/^import /.test(line) && !/ from "/.test(line) && pattern.test(line))
        .map(({ line, at }) => `${at}: ${line}`),
    );

  it("no path literal: pages, the API and its commands come from lib/addresses.ts", () => {
    expect(files.length).toBeGreaterThan(50);
    expect(lines(/["'`]\/(?:$|["'`#?]|(?:api|plans|result|wizard|routes|ladder)\b)/)).toEqual([]);
    // nor a path built on one of the table's ("${planPath(id)}/devices")
    expect(lines(/\$\{[^}]*\}\/\w/)).toEqual([]);
  });

  it("no query key of the table (q, compare, restart, planb) written by hand", () => {
    const key = String.raw`["'](?:q|compare|restart|planb)["']`;
    // in an address, as a form's field ([name, value] or name="..."), or looked up in a query
    const written = new RegExp(
      String.raw`[?&](?:q|compare|restart|planb)=|\[\s*${key}\s*,\s*\w+\s*\]|name=${key}|\.(?:has|get|set)\(${key}`,
    );
    expect(lines(written)).toEqual([]);
  });
});
