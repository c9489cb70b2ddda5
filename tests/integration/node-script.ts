// Runs one of this project's TypeScript files in a child Node process, as the npm scripts do. It is
// `node --import tsx <file>`, not tsx's CLI, so a signal sent to the child reaches the script itself.
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const projectRoot = fileURLToPath(new URL("../../", import.meta.url));

export type ScriptEnv = Record<string, string | undefined>;

export function startScript(file: string, args: string[] = [], env: ScriptEnv = {}): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ["--import", "tsx", file, ...args], {
    cwd: projectRoot,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
  });
}

export type Finished = { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string };

/** Resolves when the child has exited and its output is read to the end. */
export function finished(child: ChildProcessWithoutNullStreams): Promise<Finished> {
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

export const runScript = (file: string, args: string[] = [], env: ScriptEnv = {}) => finished(startScript(file, args, env));
