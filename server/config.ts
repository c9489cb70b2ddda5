// The server's configuration: every environment variable OnePath reads, parsed once with zod. A bad
// value stops the server (and the database commands) with one line naming the variable, rather
// than silently meaning something else: a limit of "12O" is not "no limit", and "" is not zero.
// No "server-only" here: the front door (server/main.ts) and the database commands in scripts/
// parse the same environment outside Next.
import { realpathSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { z } from "zod";

const blankIsUnset = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** The most a per-minute limit may be set to: as good as no limit. */
export const MAX_PER_MINUTE = 1_000_000_000;

/** A whole number from min to max; unset or blank means the default. */
const wholeNumber = (fallback: number, min: number, max: number) =>
  z.preprocess(
    blankIsUnset,
    z
      .string()
      .regex(/^\d+$/, `must be a whole number, like ${fallback}`)
      .transform(Number)
      .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`))
      .default(fallback),
  );

// Files there are kernel interfaces, not files: SQLite on /proc spins at 100% CPU.
const SYSTEM_FOLDERS = ["/proc", "/sys", "/dev"];
const inSystemFolder = (path: string) => SYSTEM_FOLDERS.some((root) => path === root || path.startsWith(`${root}/`));

/** The path with symbolic links resolved as far as it exists (the file itself may not exist yet). */
function realPath(path: string): string {
  const rest: string[] = [];
  for (let head = path; ; head = dirname(head)) {
    try {
      return join(realpathSync(head), ...rest.reverse());
    } catch {
      if (dirname(head) === head) return path;
      rest.push(basename(head));
    }
  }
}

const SqliteFile = z.string().refine((file) => file === ":memory:" || !inSystemFolder(realPath(resolve(file))), {
  message: `must not be in ${SYSTEM_FOLDERS.join(", ")} (those hold kernel interfaces, not files)`,
});

/** The origin people reach the site at, as "https://plans.example.org" (no path, no trailing slash). */
const PublicUrl = z
  .string()
  .refine((text) => URL.canParse(text), { message: "not a URL; expected an origin like https://plans.example.org", abort: true })
  .transform((text) => new URL(text))
  .refine((url) => url.protocol === "https:" || url.protocol === "http:", { message: "must start with https:// or http://", abort: true })
  .refine((url) => !url.username && !url.password, { message: "must not hold a user name or password", abort: true })
  .refine((url) => url.pathname === "/" && !url.search && !url.hash, {
    message: "must be an origin only, without a path, query or fragment (like https://plans.example.org)",
  })
  .transform((url) => url.origin);

export const Env = z.object({
  DATABASE_URL: z.preprocess(
    blankIsUnset,
    z
      .string()
      .regex(/^postgres(ql)?:\/\/\S+$/, "must be a postgres:// or postgresql:// URL")
      .refine((url) => URL.canParse(url), "not a valid URL")
      .optional(),
  ),
  ONEPATH_SQLITE_FILE: z.preprocess(blankIsUnset, SqliteFile.default("data-local/onepath.sqlite")),
  /** Plan look-ups (pages, API reads, exports, preview cards) per client per minute. */
  ONEPATH_LOOKUPS_PER_MINUTE: wholeNumber(240, 1, MAX_PER_MINUTE),
  /** Plan writes (save, tick, rename, new link, delete) per client per minute. */
  ONEPATH_WRITES_PER_MINUTE: wholeNumber(120, 1, MAX_PER_MINUTE),
  /** Computed answers (result pages, the wizard with answers, the recommendation and next-question API) per client per minute. */
  ONEPATH_COMPUTED_PER_MINUTE: wholeNumber(300, 1, MAX_PER_MINUTE),
  /** Pages rendered at once; as many again twice over wait their turn, further ones get 503 at once. */
  ONEPATH_RENDERS_AT_ONCE: wholeNumber(4, 1, 1_000_000_000),
  /** How many reverse proxies in front of OnePath append to X-Forwarded-For (0: clients connect directly). */
  ONEPATH_TRUSTED_PROXY_HOPS: wholeNumber(0, 0, 10),
  /** The header those proxies append to: X-Forwarded-For, or Forwarded (RFC 7239, its for= values). */
  ONEPATH_PROXY_HEADER: z.preprocess(
    blankIsUnset,
    z.enum(["x-forwarded-for", "forwarded"], { error: 'must be "x-forwarded-for" or "forwarded"' }).default("x-forwarded-for"),
  ),
  /** Where people reach the site: share links, preview images, the same-origin check; unset: the address the server listens on. */
  ONEPATH_PUBLIC_URL: z.preprocess(blankIsUnset, PublicUrl.optional()),
  /**
   * MiB of memory for the pages the front door keeps rendered (results, wizard steps, saved plans;
   * front-door/render-cache.ts), a sixteenth of it for the addresses asked for before (a page is
   * kept at its address's second request); 0 keeps none and renders every one.
   */
  ONEPATH_RENDER_CACHE_MB: wholeNumber(64, 0, 65_536),
  /** Connections one client address may hold open at once (not capped behind trusted proxies). */
  ONEPATH_CONNECTIONS_PER_CLIENT: wholeNumber(64, 1, 1_000_000),
  /** The port `npm start` listens on (127.0.0.1 only); `npm start -- -p <port>` overrides it. */
  PORT: wholeNumber(3000, 1, 65_535),
});
export type Env = z.infer<typeof Env>;

/** The one address the server listens on: loopback only (a reverse proxy of yours serves the internet). */
export const LISTEN_HOST = "127.0.0.1";

/**
 * The site's public origin, from the settings alone and never from a request: ONEPATH_PUBLIC_URL,
 * else the address the server listens on (http://127.0.0.1:<PORT>). Share links, the preview
 * image's URL and the same-origin check on writes use it, and the front door refuses requests
 * that name any other host (front-door/host.ts).
 */
export const publicOrigin = (env: Pick<Env, "ONEPATH_PUBLIC_URL" | "PORT">): string =>
  env.ONEPATH_PUBLIC_URL ?? `http://${LISTEN_HOST}:${env.PORT}`;

/** Variables whose value is a secret: named in an error, never shown. */
const SECRET = new Set(["DATABASE_URL"]);

function describeEnvProblems(error: z.ZodError, source: Record<string, string | undefined>): string {
  return error.issues
    .map((issue) => {
      const name = String(issue.path[0] ?? "environment");
      const value = source[name];
      // A URL's user name and password never reach the log, even in a rejected value.
      const safe = value?.slice(0, 80).replace(/\/\/[^/@]*@/, "//…@");
      const shown = SECRET.has(name) || safe === undefined ? "" : ` (got ${JSON.stringify(safe)})`;
      return `${name}: ${issue.message}${shown}`;
    })
    .join("; ");
}

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = Env.safeParse(source);
  if (!parsed.success) throw new Error(`OnePath cannot start: bad environment (${describeEnvProblems(parsed.error, source)})`);
  return parsed.data;
}

const NAMES = Object.keys(Env.shape) as (keyof Env)[];
let cached: { key: string; env: Env } | undefined;

/** readEnv() for code that asks on every request: parsed again only when a variable changed. */
export function currentEnv(): Env {
  const key = JSON.stringify(NAMES.map((name) => process.env[name] ?? null));
  if (cached?.key !== key) cached = { key, env: readEnv() };
  return cached.env;
}
