// Pages kept rendered and served many times: a result, the wizard with answers, and a saved plan's
// page. Each is a pure function of what its key holds, so the door keeps what Next rendered
// (render-cache.ts) and serves it again without Next:
//
// - the address exactly as asked for (Next writes it into the page, so it is not rewritten),
//   the host and scheme the request named, and which kind of bot Next took the client for;
// - the day (the server's own, as the pages' today() reads it) and the catalog's version;
// - for a saved plan's page, and a result compared with a saved plan, that plan's version, read
//   from the database on every request for an address asked for before: any change (a tick, a
//   rename, a move, a check-in, a switch) makes it one more, and after a new link or a delete
//   there is no plan at that id, and nothing is served from here. Read per request, it holds for
//   every app server on one PostgreSQL without telling the others.
//
// Nothing that could make the same address render differently is served from here: a request
// with a cookie or an Authorization header, or one of Next's router requests (RSC, prefetches).
// The owner and people with the link get the same HTML (the owner's own view is loaded by the
// browser, with its token, after the page), so they share an entry.
//
// A page is kept at the second request for its address (render-cache.ts, createAskedBefore): the
// first costs what a render costs and nothing more, not even the plan's version read.
//
// A page Next renders goes out as it is, with its nonce. If it is kept, the nonce is taken out of
// it, and it is served again with a policy that allows exactly its own inline scripts and styles
// by their hashes (server/csp.ts), computed once as it is kept.
import type { IncomingMessage, ServerResponse } from "node:http";
import { getBotType } from "next/dist/shared/lib/router/utils/is-bot.js";
import { CATALOG_VERSION } from "@/data/catalog";
import { today } from "@/lib/dates";
import { contentSecurityPolicy, inlineHashes } from "../csp";
import { asBuffer } from "./inline-css";
import { createAskedBefore, createRenderCache, type Kept } from "./render-cache";
import { rewritesWizard, type Target } from "./request-kind";
import { SECURITY_HEADERS } from "./security-headers";

/** Reads a saved plan's version (null: no plan at that id); throws when the store fails. */
type PlanVersions = { version(id: string): Promise<number | null> };

/** Request headers with which the same address may render another page, or none. */
const VARYING = [
  "cookie",
  "authorization",
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-url",
];

/** Headers the door writes on every answer itself, never kept with a page. */
const NOT_KEPT = new Set([
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "date",
  "content-security-policy",
  ...SECURITY_HEADERS.map(([name]) => name.toLowerCase()),
]);

/** The saved plan a page depends on, if any: a plan's page, or a result compared with a plan. */
function planOf(target: Target): string | null | undefined {
  const [first, second] = target.segments;
  if (first === "plans" && target.segments.length === 2) return second!;
  if (first === "result" && target.segments.length === 1) return target.search.get("compare")?.slice(0, 100) ?? null;
  if (first === "wizard" && target.segments.length === 1 && rewritesWizard(target.search)) return null;
  return undefined; // not a page kept here
}

/** Whether the client takes gzip (Accept-Encoding names it, or *, with a weight above 0). */
export function acceptsGzip(header: string | undefined): boolean {
  let gzip: boolean | undefined;
  let any = false;
  for (const part of (header ?? "").split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const wanted = q === undefined || Number(q.slice(2)) > 0;
    if (name === "gzip") gzip = wanted;
    else if (name === "*") any = wanted;
  }
  return gzip ?? any;
}

type Options = {
  maxBytes: number;
  versions: PlanVersions;
  /** the build's stylesheets' hashes, which every page's policy allows */
  styles: readonly string[];
  now?: () => Date;
};

/** What cachedPages().lookup() found for a request: serve it, or render and perhaps keep it. */
type Lookup = { served: true } | { served: false; keep: (response: ServerResponse, nonce: string | null) => void };

export function cachedPages({ maxBytes, versions, styles, now = () => new Date() }: Options) {
  // A sixteenth of the budget remembers addresses (a few hundred bytes each), the rest keeps pages.
  const asked = createAskedBefore(maxBytes / 16);
  const cache = createRenderCache(maxBytes - maxBytes / 16);
  let day = today(now());

  /**
   * The page's address as the key starts (the address as asked for, the host and scheme it named,
   * the kind of bot Next takes the client for) and the plan it shows, or null when it is not kept.
   */
  function addressOf(request: IncomingMessage, target: Target) {
    if (request.method !== "GET" && request.method !== "HEAD") return null;
    if (VARYING.some((name) => request.headers[name] !== undefined) || target.search.has("_rsc")) return null;
    const planId = planOf(target);
    if (planId === undefined) return null;
    const parts = [
      request.url,
      request.headers.host ?? "",
      request.headers["x-forwarded-proto"] ?? "",
      getBotType(request.headers["user-agent"] ?? "") ?? "",
    ];
    return { address: JSON.stringify(parts), planId };
  }

  /** The key of the page at address: the day, the catalog version and the plan's version added; null when it cannot be kept. */
  async function keyOf({ address, planId }: { address: string; planId: string | null }, target: Target) {
    let plan: { id: string; version: number } | null = null;
    if (planId !== null) {
      const version = await versions.version(planId).catch(() => undefined);
      // The store failed: Next answers (with the store's failure); or there is no such plan: Next's 404.
      if (version === undefined || (version === null && target.segments[0] === "plans")) return null;
      plan = version === null ? null : { id: planId, version };
    }
    const date = today(now());
    const key = JSON.stringify([address, date, CATALOG_VERSION, planId === null ? "" : `${planId}@${plan?.version ?? "none"}`]);
    return { key, plan, day: date };
  }

  return {
    /** Serves the page from here when it is kept; otherwise says how to keep it once rendered (or null: not to). */
    async lookup(request: IncomingMessage, response: ServerResponse, target: Target): Promise<Lookup | null> {
      const address = addressOf(request, target);
      // Asked for the first time (or not kept at all): Next renders it, and nothing more is done.
      if (!address || !asked.check(address.address)) return null;
      const found = await keyOf(address, target);
      if (!found) return null;
      // Every key named the day; a new day has none of them.
      if (found.day !== day) {
        cache.clear();
        day = found.day;
      }
      const gzip = acceptsGzip(request.headers["accept-encoding"]);
      const hit = cache.get(found.key, gzip);
      if (hit) {
        serve(request, response, hit.kept, hit.body, gzip);
        return { served: true };
      }
      return {
        served: false,
        keep: (rendered, nonce) =>
          capture(rendered, maxBytes / 8, async (html) => {
            const headers = rendered.getHeaders();
            if (rendered.statusCode !== 200 || request.method !== "GET" || headers["set-cookie"] !== undefined) return;
            if (!String(headers["content-type"] ?? "").startsWith("text/html")) return;
            let text = html.toString("utf8");
            // A render that failed part way (React's error marker) is not kept.
            if (text.includes("data-dgst")) return;
            if (nonce) text = text.replaceAll(` nonce="${nonce}"`, "").replaceAll(nonce, "");
            // Kept only if nothing it depends on changed while it rendered: the day, and the plan's version.
            const after = await keyOf(address, target);
            if (after?.key !== found.key) return;
            const { scripts, styles: inline } = inlineHashes(text);
            const policy = contentSecurityPolicy({ hashes: scripts, styles: [...new Set([...styles, ...inline])] });
            const kept: Kept = { headers: keptHeaders(rendered), policy, html: Buffer.from(text), plan: found.plan };
            cache.set(found.key, kept);
          }),
      };
    },
    get stats() {
      return { pages: cache.size, bytes: cache.bytes, addresses: asked.size, addressBytes: asked.bytes };
    },
  };
}

/** The headers a page went out with (names in lower case, as Node keeps them), but for those the door sets on every answer. */
function keptHeaders(response: ServerResponse): Kept["headers"] {
  const kept: Kept["headers"] = {};
  for (const [name, value] of Object.entries(response.getHeaders())) {
    if (value === undefined || NOT_KEPT.has(name)) continue;
    kept[name] = typeof value === "number" ? String(value) : value;
  }
  return kept;
}

function serve(request: IncomingMessage, response: ServerResponse, kept: Kept, body: Buffer, gzip: boolean) {
  response.writeHead(200, {
    ...kept.headers,
    "Content-Security-Policy": kept.policy,
    ...(gzip ? { "Content-Encoding": "gzip" } : {}),
    "Content-Length": body.length,
  });
  response.end(request.method === "HEAD" ? undefined : body);
}

/**
 * Collects what is written to response (up to limit bytes) and, once it has all gone out, hands it
 * over. Nothing when the client left before the end, or the page was larger than limit.
 */
function capture(response: ServerResponse, limit: number, done: (html: Buffer) => Promise<void>): void {
  const write = response.write.bind(response) as (...args: unknown[]) => boolean;
  const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
  const chunks: Buffer[] = [];
  let size = 0;
  const keep = (chunk: unknown, encoding: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function" || size > limit) return;
    const bytes = asBuffer(chunk, encoding);
    chunks.push(bytes);
    size += bytes.length;
  };
  response.write = function (chunk: unknown, encoding?: unknown, callback?: unknown) {
    keep(chunk, encoding);
    return write(chunk, encoding, callback);
  } as ServerResponse["write"];
  response.end = function (chunk?: unknown, encoding?: unknown, callback?: unknown) {
    keep(chunk, encoding);
    return end(chunk, encoding, callback);
  } as ServerResponse["end"];
  response.once("finish", () => {
    if (size > limit) return;
    done(Buffer.concat(chunks)).catch(() => undefined);
  });
}
