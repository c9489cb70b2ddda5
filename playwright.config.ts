// End-to-end tests against a production build on 127.0.0.1:3210 (E2E_PORT overrides it, so two
// checkouts can run their suites side by side), one worker (a 2-core machine).
// Uses the system Chromium where Debian installs it, else Playwright's own browser.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://127.0.0.1:${PORT}`;
const systemChromium = "/usr/bin/chromium";

// The server's database file, in a temporary folder for this run (ONEPATH_E2E_TMP), which the
// extra app servers' folders go in too and the global teardown removes. The config runs once in
// the runner (and again in each worker, where the runner's values are inherited), so the tests can
// reach the same file to plant old data.
if (!process.env.ONEPATH_E2E_SQLITE_FILE) {
  process.env.ONEPATH_E2E_TMP = fs.mkdtempSync(path.join(os.tmpdir(), "onepath-e2e-"));
  process.env.ONEPATH_E2E_SQLITE_FILE = path.join(process.env.ONEPATH_E2E_TMP, "plans.sqlite");
}
const sqliteFile = process.env.ONEPATH_E2E_SQLITE_FILE;

export default defineConfig({
  testDir: "tests/e2e",
  globalTeardown: "./tests/e2e/global-teardown.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: "list",
  use: { baseURL },
  webServer: {
    command: `npm run build && npm run start -- -p ${PORT}`,
    url: baseURL,
    timeout: 180_000,
    reuseExistingServer: !process.env.CI,
    // A fresh SQLite file per run, never the developer's data-local/ (ignored when DATABASE_URL is set).
    env: { NEXT_TELEMETRY_DISABLED: "1", ONEPATH_SQLITE_FILE: sqliteFile },
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        ...(fs.existsSync(systemChromium) && {
          launchOptions: {
            executablePath: systemChromium,
            args: [
              "--no-sandbox",
              "--headless=new",
              "--disable-gpu",
              "--disable-dev-shm-usage",
              "--disable-background-networking",
              "--disable-component-update",
              "--no-first-run",
              "--disable-sync",
            ],
          },
        }),
      },
    },
  ],
});
