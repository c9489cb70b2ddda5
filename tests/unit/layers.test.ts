// The layer table holds: for every row, ESLint (the project's own config) refuses an import of a
// folder the row does not allow, by "@/" or by a relative path from any depth, and of a package
// kind the row never imports, and lets the allowed ones through; a dynamic import() of a literal
// name the same (onepath/dynamic-imports). And the table in docs/architecture.md says what
// layers.js, which the rules are made from, says.
import { readFileSync } from "node:fs";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { LAYERS, PACKAGES, type Layer, type PackageKind } from "../../layers.js";

const root = new URL("../../", import.meta.url).pathname;
// Only the rules under test, and no type information (the probes are files that do not exist).
const eslint = new ESLint({
  cwd: root,
  ruleFilter: ({ ruleId }) => ruleId === "no-restricted-imports" || ruleId === "onepath/dynamic-imports",
  overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
});

const layers = Object.keys(LAYERS) as Layer[];

/** The messages of the layer rules for one import line in a file at this path: a static import, or import() of a string or a template. */
async function refusals(filePath: string, source: string, how: "static" | "dynamic" | "template" = "static"): Promise<string[]> {
  const line = { static: `import "${source}";`, dynamic: `void import("${source}");`, template: `void import(\`${source}\`);` }[how];
  const [result] = await eslint.lintText(`${line}\n`, { filePath: `${root}${filePath}` });
  return result!.messages.map((message) => `${message.ruleId}: ${message.message}`);
}

describe.each(layers)("%s/", (layer) => {
  const { mayImport, neverImports } = LAYERS[layer];

  it.each(layers)(`importing %s/ by "@/" and by relative paths from any depth`, async (target) => {
    const allowed = target === layer || mayImport.includes(target);
    const imports: [string, string][] = [
      [`${layer}/probe.ts`, `@/${target}/module`],
      [`${layer}/probe.tsx`, `@/${target}`],
      [`${layer}/probe.ts`, `../${target}/module`],
      [`${layer}/deeper/still/probe.ts`, `../../../${target}/module`],
      [`${layer}/deeper/probe.ts`, `@/${target}/module`],
    ];
    for (const [file, source] of imports) {
      const messages = await refusals(file, source);
      if (allowed) expect(messages, `${file}: ${source}`).toEqual([]);
      else
        expect(messages, `${file}: ${source}`).toEqual([
          expect.stringMatching(new RegExp(`^no-restricted-imports: .*${layer}/ may import`)),
        ]);
    }
  });

  it("refuses what is outside the app's folders (tests, scripts, the root's files), and leaves its own relative imports alone", async () => {
    for (const source of ["@/tests/fixtures/personas", "@/scripts/app-server", "@/next.config", "../tests/fixtures/personas", "../../x"]) {
      expect(await refusals(`${layer}/probe.ts`, source), source).toHaveLength(1);
    }
    for (const source of ["./sibling", "../sibling"]) expect(await refusals(`${layer}/deeper/probe.ts`, source), source).toEqual([]);
  });

  it.each(Object.keys(PACKAGES) as PackageKind[])("packages: %s", async (kind) => {
    const examples = PACKAGES[kind].flatMap((name) => (name === "node:" ? ["node:fs", "fs/promises", "path"] : [name, `${name}/sub`]));
    for (const source of examples) {
      const messages = await refusals(`${layer}/probe.ts`, source);
      if (neverImports.includes(kind))
        expect(messages, source).toEqual([expect.stringContaining(`${layer}/ never imports ${kind} packages`)]);
      else expect(messages, source).toEqual([]);
    }
  });
});

describe("dynamic import()", () => {
  it.each(layers)("%s/: refused where a static import is, allowed where it is", async (layer) => {
    const { mayImport, neverImports } = LAYERS[layer];
    for (const target of layers) {
      const allowed = target === layer || mayImport.includes(target);
      for (const [file, source] of [
        [`${layer}/probe.tsx`, `@/${target}/module`],
        [`${layer}/deeper/probe.ts`, `../../${target}/module`],
      ]) {
        for (const how of ["dynamic", "template"] as const) {
          const messages = await refusals(file!, source!, how);
          if (allowed) expect(messages, `${file}: ${how} ${source}`).toEqual([]);
          else
            expect(messages, `${file}: ${how} ${source}`).toEqual([
              expect.stringMatching(new RegExp(`^onepath/dynamic-imports: .*${layer}/ may import`)),
            ]);
        }
      }
    }
    for (const kind of Object.keys(PACKAGES) as PackageKind[]) {
      const messages = await refusals(`${layer}/probe.ts`, PACKAGES[kind][0] === "node:" ? "node:fs" : PACKAGES[kind][0]!, "dynamic");
      if (neverImports.includes(kind))
        expect(messages, kind).toEqual([expect.stringContaining(`${layer}/ never imports ${kind} packages`)]);
      else expect(messages, kind).toEqual([]);
    }
  });

  it("fails npm run lint's config on a component that loads the database on demand", async () => {
    expect(await refusals("components/plans/probe.tsx", "@/server/plans/load-plan", "dynamic")).toEqual([
      expect.stringMatching(/^onepath\/dynamic-imports: '@\/server\/plans\/load-plan' import is restricted .*components\/ may import/),
    ]);
  });
});

it("leaves tests/, scripts/ and the root's config free to import anything", async () => {
  for (const file of ["tests/unit/probe.test.ts", "scripts/probe.ts", "next.config.ts"]) {
    expect(await refusals(file, "@/server/db/connect"), file).toEqual([]);
    expect(await refusals(file, "@/server/db/connect", "dynamic"), file).toEqual([]);
    expect(await refusals(file, "node:fs"), file).toEqual([]);
  }
});

describe("docs/architecture.md", () => {
  const doc = readFileSync(`${root}docs/architecture.md`, "utf8");
  const section = doc.slice(doc.indexOf("## The layers"), doc.indexOf("\n## ", doc.indexOf("## The layers") + 1));
  const ticked = (text: string) => [...text.matchAll(/`([^`]+)`/g)].map((match) => match[1]!);
  const rows = new Map(
    section
      .split("\n")
      .filter((line) => line.startsWith("| `"))
      .map((line) => {
        const [folder, , may, never] = line
          .split("|")
          .slice(1, -1)
          .map((cell) => cell.trim());
        return [ticked(folder!)[0]!.replace(/\/$/, ""), { may: may!, never: never! }];
      }),
  );

  it("has a row for every layer, saying the folders it may import and the packages it never imports, as layers.js does", () => {
    expect([...rows.keys()]).toEqual([...layers, "tests", "scripts"]);
    for (const layer of layers) {
      const { may, never } = rows.get(layer)!;
      const folders =
        may === "everything above" ? layers.slice(0, layers.indexOf(layer)) : ticked(may).map((folder) => folder.replace(/\/$/, ""));
      expect(
        folders.filter((folder) => folder !== layer),
        layer,
      ).toEqual(LAYERS[layer].mayImport);
      expect(never === "nothing" ? [] : never.split(", "), layer).toEqual(LAYERS[layer].neverImports);
    }
    for (const free of ["tests", "scripts"]) expect(rows.get(free)).toEqual({ may: "everything", never: "nothing" });
  });

  it("names the packages of each kind as layers.js does", () => {
    for (const [kind, names] of Object.entries(PACKAGES)) {
      const line = new RegExp(`\\*\\*${kind}\\*\\*: ([^;.]*)`).exec(section)?.[1] ?? "";
      expect(ticked(line), kind).toEqual(names);
    }
  });
});
