// The app's layers (docs/architecture.md, "The layers") as data, in one place: which folders each
// folder may import, and which kinds of package it never imports. eslint.config.js turns this into
// no-restricted-imports rules (and the same for dynamic import(), onepath/dynamic-imports), so
// `npm run lint` fails on an import that breaks the table, and tests/unit/layers.test.ts checks
// that the rules catch every such import and that the table in the docs says what this file says. Plain JavaScript: ESLint loads its config with Node as it is.
import { builtinModules } from "node:module";
import { relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

/** Packages by what they would bring into a layer; "node:" stands for every module built into Node, with or without the prefix. */
export const PACKAGES = {
  "server I/O": ["node:", "server-only", "kysely", "pg", "better-sqlite3"],
  React: ["react", "react-dom", "next"],
  xstate: ["xstate"],
};

/** @typedef {keyof typeof PACKAGES} PackageKind */
/** @typedef {"data" | "lib" | "machines" | "components" | "browser" | "server" | "app"} Layer */

/**
 * Each folder of the app, in the table's order: the folders it may import besides itself, and the
 * kinds of package it never imports. tests/ and scripts/ may import everything.
 * @type {Record<Layer, { mayImport: Layer[]; neverImports: PackageKind[] }>}
 */
export const LAYERS = {
  data: { mayImport: [], neverImports: ["server I/O", "React", "xstate"] },
  lib: { mayImport: ["data"], neverImports: ["server I/O", "React", "xstate"] },
  machines: { mayImport: ["data", "lib"], neverImports: ["server I/O", "React"] },
  components: { mayImport: ["data", "lib", "machines", "browser"], neverImports: ["server I/O"] },
  browser: { mayImport: ["data", "lib"], neverImports: ["server I/O", "React", "xstate"] },
  server: { mayImport: ["data", "lib"], neverImports: ["xstate"] },
  app: { mayImport: ["data", "lib", "machines", "components", "browser", "server"], neverImports: [] },
};

/** How deep the rules look for files below a layer's folder (relative imports climb one "../" per level). */
const DEPTH = 6;
const SOURCES = "{js,jsx,mjs,cjs,ts,tsx,mts,cts}";
const escape = (/** @type {string} */ text) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** A pattern matching an import of any of these packages, or of a module inside one. */
function packagePattern(/** @type {string[]} */ names) {
  const modules = names.flatMap((name) => (name === "node:" ? builtinModules : [name]));
  const prefix = names.includes("node:") ? "node:|" : "";
  return `^(?:${prefix}(?:${modules.map(escape).join("|")})(?:/|$))`;
}

/** @typedef {{ regex: string; message: string }} Pattern */

/**
 * What a file `level` folders below the layer's folder may not import: any path through "@/" or
 * through enough "../" to reach the root that does not go to the layer itself or to a folder it may
 * import, and any package it never imports. (Imports inside the folder, "./x" or "../x" below the
 * root, are the layer's own.)
 * @param {Layer} layer
 * @param {number} level
 * @returns {Pattern[]}
 */
function refused(layer, level) {
  const { mayImport, neverImports } = LAYERS[layer];
  const allowed = [layer, ...mayImport];
  const folders = mayImport.length ? mayImport.map((name) => `${name}/`).join(", ") : "nothing outside itself";
  return [
    {
      regex: `^(?:@/|(?:\\.\\./){${level + 1}})(?!(?:${allowed.join("|")})(?:/|$))`,
      message: `${layer}/ may import ${folders} (docs/architecture.md, "The layers").`,
    },
    ...neverImports.map((kind) => ({
      regex: packagePattern(PACKAGES[kind]),
      message: `${layer}/ never imports ${kind} packages (docs/architecture.md, "The layers").`,
    })),
  ];
}

/**
 * @param {string} name
 * @returns {name is Layer}
 */
const isLayer = (name) => Object.hasOwn(LAYERS, name);

/** The folder the layers are in: this file's. */
const ROOT = fileURLToPath(new URL(".", import.meta.url));

/**
 * no-restricted-imports looks at import declarations, export ... from and require() of a static
 * name, not at import(): this rule holds a dynamic import of a literal name (a string, or a
 * template without expressions) to the same patterns, by the layer and depth of the file.
 * @type {import("eslint").Rule.RuleModule}
 */
const dynamicImports = {
  meta: { type: "problem", docs: { description: "The layer table, for dynamic import()" }, schema: [] },
  create(context) {
    const [layer = "", ...below] = relative(ROOT, context.filename).split(sep);
    if (!isLayer(layer)) return {};
    const patterns = refused(layer, below.length - 1).map(({ regex, message }) => ({ regex: new RegExp(regex), message }));
    return {
      ImportExpression(node) {
        const { source } = node;
        const name =
          source.type === "Literal"
            ? source.value
            : source.type === "TemplateLiteral" && !source.expressions.length
              ? source.quasis[0]?.value.cooked
              : null;
        if (typeof name !== "string") return;
        const pattern = patterns.find(({ regex }) => regex.test(name));
        if (pattern)
          context.report({ node: source, message: `'${name}' import is restricted from being used by a pattern. ${pattern.message}` });
      },
    };
  },
};

/** The plugin that holds it: one object, as every config entry must name the same plugin. */
const plugin = { rules: { "dynamic-imports": dynamicImports } };

/**
 * ESLint flat-config entries, one per layer and depth: no-restricted-imports with the patterns
 * refused() gives, and the same for dynamic import() (onepath/dynamic-imports).
 * @returns {import("eslint").Linter.Config[]}
 */
export function layerRules() {
  return /** @type {Layer[]} */ (Object.keys(LAYERS)).flatMap((layer) =>
    Array.from({ length: DEPTH }, (_, level) => ({
      name: `onepath/layers/${layer}/${level + 1}`,
      files: [`${layer}/${"*/".repeat(level)}*.${SOURCES}`],
      plugins: { onepath: plugin },
      rules: { "no-restricted-imports": ["error", { patterns: refused(layer, level) }], "onepath/dynamic-imports": "error" },
    })),
  );
}
