// What the database commands share: the environment parsed exactly as the app parses it, and any
// failure reported as one plain line (no stack) with exit code 1.
import { type Env, readEnv } from "@/server/config";

/** The message, with the error code when the message does not already say it; each cause of an AggregateError. */
export function explain(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return error.errors.map(explain).join("; ");
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && !error.message.includes(code) ? `${error.message || "failed"} (${code})` : error.message;
}

export async function runCommand(name: string, main: (env: Env) => void | Promise<void>): Promise<void> {
  try {
    await main(readEnv());
  } catch (error) {
    console.error(`${name}: ${explain(error)}`);
    process.exitCode = 1;
  }
}
