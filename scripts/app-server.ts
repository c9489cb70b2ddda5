// The app as `npm start` runs it, started from code, for the end-to-end tests that need settings
// of their own (small limits, a trusted proxy, a public URL, PostgreSQL) and for the benchmarks:
// server/main.ts in production mode on 127.0.0.1, on the build `npm run build` made, on a free
// port unless one is given, with a fresh SQLite file unless the settings name a database. Its
// output is kept, so a caller can show it or check that nothing was logged.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Answers } from "@/data/answers";
import { freePort } from "@/tests/fixtures/free-port";
import { personas } from "@/tests/fixtures/personas";

/** How startApp names its folders: in an end-to-end run, inside the run's folder (ONEPATH_E2E_TMP), whose teardown removes them and reports any left behind. */
export const APP_DIR_PREFIX = "onepath-app-";

export type AppServer = {
  origin: string;
  sqliteFile: string | null;
  output: () => string;
  /** sends the server process a signal (SIGTERM: the graceful stop a process manager asks for) */
  signal: (name: NodeJS.Signals) => void;
  /** its exit code, once it has exited */
  exited: Promise<number | null>;
  /** stops it gracefully (SIGKILL if it has not stopped after 10 s) and removes its SQLite file */
  stop: () => Promise<void>;
};

const hasExited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

function exited(child: ChildProcess, ms = Infinity): Promise<boolean> {
  if (hasExited(child)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = Number.isFinite(ms) ? setTimeout(() => resolve(false), ms) : undefined;
    child.once("exit", () => (clearTimeout(timer), resolve(true)));
  });
}

export async function startApp(settings: Record<string, string> = {}, port?: number): Promise<AppServer> {
  const dir =
    settings.DATABASE_URL || settings.ONEPATH_SQLITE_FILE
      ? null
      : mkdtempSync(join(process.env.ONEPATH_E2E_TMP ?? tmpdir(), APP_DIR_PREFIX));
  const sqliteFile = dir ? join(dir, "plans.sqlite") : (settings.ONEPATH_SQLITE_FILE ?? null);
  const listen = port ?? (await freePort());
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts", "-p", String(listen)], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: undefined,
      ...(dir && { ONEPATH_SQLITE_FILE: sqliteFile! }),
      ...settings,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      if (!hasExited(child)) child.kill("SIGTERM");
      if (!(await exited(child, 10_000))) child.kill("SIGKILL");
      await exited(child);
      if (dir) rmSync(dir, { recursive: true, force: true });
    })());
  // Ready when it says so (it listens only after Next is prepared); failed if it exits first.
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the app did not start within 60 s:\n${output}`)), 60_000);
    const check = () => {
      if (!output.includes(`on http://127.0.0.1:${listen}`)) return;
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
    hasExited(child) ? resolve(child.exitCode) : child.once("exit", (c) => resolve(c)),
  );
  return {
    origin: `http://127.0.0.1:${listen}`,
    sqliteFile,
    output: () => output,
    signal: (name) => void child.kill(name),
    exited: code,
    stop,
  };
}

/** POST /api/plans with answers (a persona's unless given), as a page of that origin would send it. */
export async function savePlan(origin: string, headers: Record<string, string> = {}, answers: Answers = personas[0]!.answers) {
  const response = await fetch(`${origin}/api/plans`, {
    method: "POST",
    headers: { origin, "content-type": "application/json", ...headers },
    body: JSON.stringify({ answers }),
  });
  return { status: response.status, body: await response.text() };
}
