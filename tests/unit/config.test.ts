// The environment, parsed by the one Env schema: a typo in a limit, a bad public URL or a database
// file in /proc stops the server with one line naming the variable, instead of meaning something
// else (NaN: no limit at all; "": a limit of zero).
import { mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { publicOrigin, readEnv } from "@/server/config";

const dir = mkdtempSync(join(tmpdir(), "onepath-config-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const refused = (env: Record<string, string>) => {
  try {
    readEnv(env);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`accepted ${JSON.stringify(env)}`);
};

describe("the environment", () => {
  it("has defaults for everything but the database", () => {
    expect(readEnv({})).toEqual({
      ONEPATH_SQLITE_FILE: "data-local/onepath.sqlite",
      ONEPATH_LOOKUPS_PER_MINUTE: 240,
      ONEPATH_WRITES_PER_MINUTE: 120,
      ONEPATH_COMPUTED_PER_MINUTE: 300,
      ONEPATH_RENDERS_AT_ONCE: 4,
      ONEPATH_TRUSTED_PROXY_HOPS: 0,
      ONEPATH_PROXY_HEADER: "x-forwarded-for",
      ONEPATH_RENDER_CACHE_MB: 64,
      ONEPATH_CONNECTIONS_PER_CLIENT: 64,
      PORT: 3000,
    });
  });

  it.each([
    ["ONEPATH_WRITES_PER_MINUTE", "12O", "must be a whole number, like 120"],
    ["ONEPATH_WRITES_PER_MINUTE", "1e3", "must be a whole number, like 120"],
    ["ONEPATH_LOOKUPS_PER_MINUTE", "-5", "must be a whole number, like 240"],
    ["ONEPATH_LOOKUPS_PER_MINUTE", "0", "must be at least 1"],
    ["ONEPATH_LOOKUPS_PER_MINUTE", "240.5", "must be a whole number, like 240"],
    ["ONEPATH_TRUSTED_PROXY_HOPS", "one", "must be a whole number, like 0"],
    ["ONEPATH_TRUSTED_PROXY_HOPS", "11", "must be at most 10"],
    ["ONEPATH_PROXY_HEADER", "X-Real-IP", 'must be "x-forwarded-for" or "forwarded"'],
    ["ONEPATH_CONNECTIONS_PER_CLIENT", "0", "must be at least 1"],
    ["ONEPATH_COMPUTED_PER_MINUTE", "300/min", "must be a whole number, like 300"],
    ["ONEPATH_RENDERS_AT_ONCE", "0", "must be at least 1"],
    ["ONEPATH_RENDER_CACHE_MB", "64MB", "must be a whole number, like 64"],
    ["ONEPATH_RENDER_CACHE_MB", "70000", "must be at most 65536"],
    ["PORT", "70000", "must be at most 65535"],
  ])("stops on %s=%s, naming the variable and the value", (name, value, message) => {
    expect(refused({ [name]: value })).toBe(`OnePath cannot start: bad environment (${name}: ${message} (got ${JSON.stringify(value)}))`);
  });

  it("reads a blank limit as unset (the default), never as zero", () => {
    expect(readEnv({ ONEPATH_LOOKUPS_PER_MINUTE: "", ONEPATH_WRITES_PER_MINUTE: "  " })).toMatchObject({
      ONEPATH_LOOKUPS_PER_MINUTE: 240,
      ONEPATH_WRITES_PER_MINUTE: 120,
    });
    expect(readEnv({ ONEPATH_WRITES_PER_MINUTE: "1000000000", ONEPATH_TRUSTED_PROXY_HOPS: "2" })).toMatchObject({
      ONEPATH_WRITES_PER_MINUTE: 1_000_000_000,
      ONEPATH_TRUSTED_PROXY_HOPS: 2,
    });
  });

  it.each([
    ["https://plans.example.org", "https://plans.example.org"],
    ["https://plans.example.org/", "https://plans.example.org"],
    ["http://127.0.0.1:3000", "http://127.0.0.1:3000"],
    ["HTTPS://Plans.Example.ORG:443", "https://plans.example.org"],
  ])("takes ONEPATH_PUBLIC_URL=%s as the origin %s", (value, origin) => {
    expect(readEnv({ ONEPATH_PUBLIC_URL: value }).ONEPATH_PUBLIC_URL).toBe(origin);
  });

  it.each([
    ["plans.example.org", "not a URL"],
    ["ftp://plans.example.org", "must start with https:// or http://"],
    ["javascript:alert(1)", "must start with https:// or http://"],
    ["https://plans.example.org/app", "must be an origin only"],
    ["https://plans.example.org/?x=1", "must be an origin only"],
    ["https://owner:secret@plans.example.org", "must not hold a user name or password"],
  ])("stops on ONEPATH_PUBLIC_URL=%s", (value, message) => {
    const error = refused({ ONEPATH_PUBLIC_URL: value });
    expect(error).toContain(`ONEPATH_PUBLIC_URL: ${message}`);
    expect(error).not.toContain("secret");
  });

  it.each([
    [{}, "http://127.0.0.1:3000"],
    [{ PORT: "4000" }, "http://127.0.0.1:4000"],
    [{ PORT: "4000", ONEPATH_PUBLIC_URL: "https://Plans.Example.org/" }, "https://plans.example.org"],
  ])("the public origin for %o is %s, from the settings alone", (settings, origin) => {
    expect(publicOrigin(readEnv(settings))).toBe(origin);
  });

  it.each(["/proc/self/fd/0", "/proc/1/environ", "/sys/kernel/x.sqlite", "/dev/zero", "/dev/shm/../../proc/x"])(
    "stops on ONEPATH_SQLITE_FILE=%s (kernel interfaces, not files)",
    (file) => {
      expect(refused({ ONEPATH_SQLITE_FILE: file })).toContain("ONEPATH_SQLITE_FILE: must not be in /proc, /sys, /dev");
    },
  );

  it("follows symbolic links before judging a database path", () => {
    symlinkSync("/proc/self", join(dir, "innocent"));
    expect(refused({ ONEPATH_SQLITE_FILE: join(dir, "innocent", "plans.sqlite") })).toContain("ONEPATH_SQLITE_FILE: must not be in");
    expect(readEnv({ ONEPATH_SQLITE_FILE: join(dir, "new", "plans.sqlite") }).ONEPATH_SQLITE_FILE).toBe(join(dir, "new", "plans.sqlite"));
    expect(readEnv({ ONEPATH_SQLITE_FILE: ":memory:" }).ONEPATH_SQLITE_FILE).toBe(":memory:");
  });

  it("never shows DATABASE_URL's value, which holds a password", () => {
    expect(refused({ DATABASE_URL: "mysql://root:hunter2@db/onepath" })).not.toContain("hunter2");
  });
});
