// The app's layers (docs/architecture.md, "The layers") as data, in one place: which folders each
// folder may import, and which kinds of package it never imports. eslint.config.js turns this into
// no-restricted-imports rules, so `npm run lint` fails on an import that breaks the table, and
// tests/unit/layers.test.ts checks that the rules catch every such import and that the table in the
// docs says what this file says. Plain JavaScript: ESLint loads its config with Node as it is.
import { builtinModules } from "node:module";

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

/**
 * ESLint flat-config entries, one per layer and depth: an import through "@/" or through enough
 * "../" to reach the root that does not go to the layer itself or to a folder it may import fails,
 * and so does an import of a package it never imports. (Imports inside the folder, "./x" or
 * "../x" below the root, are the layer's own.)
 * @returns {import("eslint").Linter.Config[]}
 */
export function layerRules() {
  return Object.entries(LAYERS).flatMap(([layer, { mayImport, neverImports }]) => {
    const allowed = [layer, ...mayImport];
    const folders = mayImport.length ? mayImport.map((name) => `${name}/`).join(", ") : "nothing outside itself";
    return Array.from({ length: DEPTH }, (_, level) => {
      /** @type {{ regex: string; message: string }[]} */
      const patterns = [
        {
          regex: `^(?:@/|(?:\\.\\./){${level + 1}})(?!(?:${allowed.join("|")})(?:/|$))`,
          message: `${layer}/ may import ${folders} (docs/architecture.md, "The layers").`,
        },
        ...neverImports.map((kind) => ({
          regex: packagePattern(PACKAGES[kind]),
          message: `${layer}/ never imports ${kind} packages (docs/architecture.md, "The layers").`,
        })),
      ];
      return {
        name: `onepath/layers/${layer}/${level + 1}`,
        files: [`${layer}/${"*/".repeat(level)}*.${SOURCES}`],
        rules: { "no-restricted-imports": ["error", { patterns }] },
      };
    });
  });
}
