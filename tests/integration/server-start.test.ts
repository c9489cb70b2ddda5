// `npm start` parses the whole environment before it serves anything: a bad value stops it with
// exit code 1 and one line naming the variable, rather than a server that silently runs without
// limits (ONEPATH_WRITES_PER_MINUTE=12O was NaN), blocks everyone ("" was 0), or spins on /proc.
import { describe, expect, it } from "vitest";
import { runScript } from "./node-script";

const start = (env: Record<string, string>, args: string[] = []) =>
  runScript("server/main.ts", args, { NODE_ENV: "production", ONEPATH_SQLITE_FILE: undefined, DATABASE_URL: undefined, ...env });

describe("npm start with a bad setting", () => {
  it.each([
    [{ ONEPATH_WRITES_PER_MINUTE: "12O" }, 'ONEPATH_WRITES_PER_MINUTE: must be a whole number, like 120 (got "12O")'],
    [{ ONEPATH_LOOKUPS_PER_MINUTE: "0" }, 'ONEPATH_LOOKUPS_PER_MINUTE: must be at least 1 (got "0")'],
    [{ ONEPATH_TRUSTED_PROXY_HOPS: "yes" }, 'ONEPATH_TRUSTED_PROXY_HOPS: must be a whole number, like 0 (got "yes")'],
    [{ ONEPATH_PUBLIC_URL: "plans.example.org" }, "ONEPATH_PUBLIC_URL: not a URL; expected an origin like https://plans.example.org"],
    [{ ONEPATH_SQLITE_FILE: "/proc/self/fd/1" }, "ONEPATH_SQLITE_FILE: must not be in /proc, /sys, /dev"],
    [{ PORT: "http" }, 'PORT: must be a whole number, like 3000 (got "http")'],
  ])("%o: exits 1 with one line", async (env, message) => {
    const result = await start(env);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(`OnePath cannot start: bad environment (${message}`);
    expect(result.stderr.trim().split("\n")).toHaveLength(1); // no stack trace
  });

  it("says the same for a bad port or an unknown flag on the command line", async () => {
    const port = await start({}, ["-p", "99999"]);
    expect(port.code).toBe(1);
    expect(port.stderr.trim()).toBe('OnePath cannot start: bad environment (PORT: must be at most 65535 (got "99999"))');
    const flag = await start({}, ["--hostname", "0.0.0.0"]);
    expect(flag.code).toBe(1);
    expect(flag.stderr.trim()).toMatch(
      /^OnePath cannot start: Unknown option '--hostname'.*\(usage: server\/main\.ts \[-p <port>\] \[--dev\]\)$/,
    );
  });
});
