import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      "@": here("./"),
      // "server-only" throws outside a React Server environment; route handler tests run in Node.
      "server-only": here("./tests/fixtures/empty.ts"),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    environment: "node",
    // One real PostgreSQL server for the integration tests (SQLite needs none).
    globalSetup: ["tests/integration/postgres-setup.ts"],
    testTimeout: 120_000,
  },
});
