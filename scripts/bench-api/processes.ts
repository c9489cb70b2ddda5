// The processes bench-api starts: each in its own process group, so stopping it stops everything it
// spawned; all are stopped when the benchmark ends, fails or is interrupted.
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";

const stops: (() => Promise<void>)[] = [];

/** Runs every registered stop, newest first; safe to call more than once. */
async function stopAll(): Promise<void> {
  for (const stop of stops.splice(0).reverse()) await stop().catch((error: unknown) => console.error("stopping:", error));
}

/** Runs a benchmark: one plain line and exit code 1 if it fails, and whatever it started stopped. */
export async function runBenchmark(name: string, main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    console.error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  } finally {
    await stopAll();
  }
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void stopAll().finally(() => process.exit(130)));
}

/** Registers a stop to run at the end; returns it so the caller may also run it earlier. */
export function atEnd(stop: () => void | Promise<void>): () => Promise<void> {
  let stopped: Promise<void> | undefined;
  // A stop that throws rejects like one that fails later: stopAll reports either and goes on.
  const once = () => (stopped ??= new Promise<void>((resolve) => resolve(stop())));
  stops.push(once);
  return once;
}

function exited(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once("exit", () => (clearTimeout(timer), resolve(true)));
  });
}

export type Started = { child: ChildProcess; output: () => string; stop: () => Promise<void> };

export function start(command: string, args: string[], env: NodeJS.ProcessEnv): Started {
  const child = spawn(command, args, { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // already gone
    }
  };
  const stop = atEnd(async () => {
    signalGroup("SIGTERM");
    if (!(await exited(child, 5000))) signalGroup("SIGKILL");
    await exited(child, 5000);
  });
  return { child, output: () => output, stop };
}

/** Waits until url answers 200, failing early if the process exits or the deadline passes. */
export async function waitForHttp(url: string, started: Started, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (started.child.exitCode !== null) throw new Error(`it exited (${started.child.exitCode}):\n${started.output()}`);
    const status = await fetch(url).then(
      (r) => (r.body?.cancel(), r.status),
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${ms / 1000} s:\n${started.output()}`);
}

/**
 * A benchmark's port: its default moved by BENCH_PORT_OFFSET (default 0), for a machine where the
 * defaults are taken or another range is set aside.
 */
export function benchPort(port: number): number {
  const offset = Number(process.env.BENCH_PORT_OFFSET ?? 0);
  if (!Number.isInteger(offset) || port + offset < 1024 || port + offset > 65535) {
    throw new Error(`BENCH_PORT_OFFSET must be a whole number that keeps ports in 1024-65535, not ${process.env.BENCH_PORT_OFFSET}`);
  }
  return port + offset;
}

export function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", () => reject(new Error(`port ${port} on 127.0.0.1 is in use`)));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve()));
  });
}
