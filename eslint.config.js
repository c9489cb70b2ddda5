// ESLint (flat config): type-aware TypeScript rules, the Rules of React (with the React Compiler's
// checks), Next.js's own rules, and the layer table (layers.js): which folder may import which.
// `npm run lint` runs it with --max-warnings=0.
import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";
import { defineConfig, globalIgnores } from "eslint/config";
import tseslint from "typescript-eslint";
import { layerRules } from "./layers.js";

export default defineConfig([
  globalIgnores([".next/", "out/", "next-env.d.ts", "test-results/", "playwright-report/", "bench-results/", "data-local/"]),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // The two config files tsconfig.json leaves out are checked with the default project.
        projectService: { allowDefaultProject: ["eslint.config.js", "postcss.config.mjs"] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // The code base's convention (and tsc's noUnusedLocals'): a leading underscore marks a value
      // that is deliberately left unused, such as a key taken out of an object before a spread.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  reactHooks.configs.flat.recommended,
  nextPlugin.configs.recommended,
  nextPlugin.configs["core-web-vitals"],
  {
    // Playwright hands each fixture a callback named `use`; these files hold no React.
    files: ["tests/e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  // An import that breaks the layer table (docs/architecture.md, "The layers") fails.
  ...layerRules(),
]);
