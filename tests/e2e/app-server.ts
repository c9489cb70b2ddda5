// Extra app servers for the end-to-end tests that need settings of their own (small limits, a
// trusted proxy, a public URL, PostgreSQL): `npm start`'s server/main.ts on a free loopback port,
// on the production build the suite's web server made, with a fresh SQLite file unless
// DATABASE_URL is given. The output is kept, so a test can check that nothing was logged.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "../fixtures/free-port";
import { APP_DIR_PREFIX } from "./global-teardown";
import { personas } from "../fixtures/personas";

export type AppServer = {
  origin: string;
  sqliteFile: string | null;
  output: () => string;
  /** sends the server process a signal (SIGTERM: the graceful stop a process manager asks for) */
  signal: (name: NodeJS.Signals) => void;
  /** its exit code, once it has exited */
  exited: Promise<number | null>;
  stop: () => Promise<void>;
};

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once("exit", () => resolve()));
}

export async function startApp(settings: Record<string, string> = {}): Promise<AppServer> {
  // In the run's temporary folder, which the global teardown removes (and checks for leftovers).
  const dir = settings.DATABASE_URL ? null : mkdtempSync(join(process.env.ONEPATH_E2E_TMP ?? tmpdir(), APP_DIR_PREFIX));
  const sqliteFile = dir ? join(dir, "plans.sqlite") : null;
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts", "-p", String(port)], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: undefined,
      ...(sqliteFile && { ONEPATH_SQLITE_FILE: sqliteFile }),
      ...settings,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited(child);
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
  // Ready when it says so (it listens only after Next is prepared); failed if it exits first.
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the app did not start within 60 s:\n${output}`)), 60_000);
    const check = () => {
      if (!output.includes(`on http://127.0.0.1:${port}`)) return;
      clearTimeout(timer);
      resolve();
    };
    child.stdout?.on("data", check);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the app exited (${code}) while starting:\n${output}`));
    });
  }).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  const code = new Promise<number | null>((resolve) =>
    child.exitCode !== null || child.signalCode !== null ? resolve(child.exitCode) : child.once("exit", (c) => resolve(c)),
  );
  return { origin: `http://127.0.0.1:${port}`, sqliteFile, output: () => output, signal: (name) => void child.kill(name), exited: code, stop };
}

/** startApp for one spec file: every server a test starts is stopped after that test. */
export function appsPerTest(test: { afterEach: (hook: () => Promise<void>) => void }) {
  const apps: AppServer[] = [];
  test.afterEach(async () => {
    for (const app of apps.splice(0)) await app.stop();
  });
  return async (settings: Record<string, string> = {}) => {
    const app = await startApp(settings);
    apps.push(app);
    return app;
  };
}

/** POST /api/plans with a persona's answers, as a page of that origin would send it. */
export async function savePlan(origin: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${origin}/api/plans`, {
    method: "POST",
    headers: { origin, "content-type": "application/json", ...headers },
    body: JSON.stringify({ answers: personas[0]!.answers }),
  });
  return { status: response.status, body: await response.text() };
}
