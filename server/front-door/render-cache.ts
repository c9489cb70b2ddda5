// The front door's store of rendered pages (cached-pages.ts decides what goes in and under which
// key): bounded by bytes, the least recently served page leaving first. A page is kept as HTML,
// and gzipped too once a client has asked for it so, each counted. Pages kept for a saved plan
// carry its id, so a newer version's page takes the place of every older one at once. Beside it,
// the addresses asked for before (createAskedBefore): a page is kept only once its address is
// asked for a second time.
import { gzipSync } from "node:zlib";

export type Kept = {
  /** Next's headers for the page, but for those the door sets on every answer (length, encoding, policy, date) */
  headers: Record<string, string | string[]>;
  /** the Content-Security-Policy that allows exactly the page's inline scripts and styles */
  policy: string;
  html: Buffer;
  /** the saved plan the page shows or compares with, and its version */
  plan: { id: string; version: number } | null;
};

type Entry = Kept & { gzip: Buffer | null };

/** What an entry costs besides its bodies: its key, headers and policy as text, and the bookkeeping. */
const OVERHEAD = 512;
const sizeOf = (key: string, entry: Entry) =>
  OVERHEAD + 2 * key.length + entry.html.length + (entry.gzip?.length ?? 0) + entry.policy.length + JSON.stringify(entry.headers).length;

export type RenderCache = {
  /** The page kept under key, as gzip when gzip is true; marks it as just served. */
  get(key: string, gzip: boolean): { kept: Kept; body: Buffer } | undefined;
  /** Keeps a page (one larger than an eighth of the budget is not kept), dropping older versions of its plan. */
  set(key: string, kept: Kept): void;
  /** Forgets every page (the day has changed: every key named the day before). */
  clear(): void;
  readonly bytes: number;
  readonly size: number;
};

/**
 * A map bounded in bytes (each value's cost given as it is set), the least recently used leaving
 * first; forget hears of every value that leaves but by clear().
 */
function createLru<V>(maxBytes: number, forget: (key: string, value: V) => void = () => {}) {
  // A Map iterates in insertion order: the first entry is the least recently used.
  const entries = new Map<string, { value: V; bytes: number }>();
  let bytes = 0;

  function remove(key: string) {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= entry.bytes;
    forget(key, entry.value);
  }

  return {
    /** The value under key, now the most recently used. */
    get(key: string): V | undefined {
      const entry = entries.get(key);
      if (!entry) return undefined;
      entries.delete(key);
      entries.set(key, entry);
      return entry.value;
    },
    /** The value under key, leaving the order as it was. */
    peek(key: string): V | undefined {
      return entries.get(key)?.value;
    },
    /** Puts value under key as the most recently used, unless it alone costs more than the bound. */
    set(key: string, value: V, cost: number): void {
      remove(key);
      if (cost > maxBytes) return;
      entries.set(key, { value, bytes: cost });
      bytes += cost;
      for (const [oldest] of entries) {
        if (bytes <= maxBytes) break;
        remove(oldest);
      }
    },
    remove,
    clear() {
      entries.clear();
      bytes = 0;
    },
    get bytes() {
      return bytes;
    },
    get size() {
      return entries.size;
    },
  };
}

export function createRenderCache(maxBytes: number): RenderCache {
  /** plan id -> the keys of its pages */
  const byPlan = new Map<string, Set<string>>();
  const entries = createLru<Entry>(maxBytes, (key, entry) => {
    if (!entry.plan) return;
    const keys = byPlan.get(entry.plan.id)!;
    keys.delete(key);
    if (!keys.size) byPlan.delete(entry.plan.id);
  });

  function add(key: string, entry: Entry) {
    const bytes = sizeOf(key, entry);
    // A page over an eighth of the budget is not kept (and drops what was kept under its key).
    if (bytes > maxBytes / 8) return entries.remove(key);
    entries.set(key, entry, bytes);
    if (entry.plan) byPlan.set(entry.plan.id, (byPlan.get(entry.plan.id) ?? new Set()).add(key));
  }

  return {
    get(key, gzip) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (!gzip) return { kept: entry, body: entry.html };
      if (!entry.gzip) {
        const zipped = { ...entry, gzip: gzipSync(entry.html) };
        add(key, zipped);
        return { kept: entry, body: zipped.gzip };
      }
      return { kept: entry, body: entry.gzip };
    },
    set(key, kept) {
      if (kept.plan) {
        const { id, version } = kept.plan;
        for (const other of [...(byPlan.get(id) ?? [])]) if (entries.peek(other)!.plan!.version < version) entries.remove(other);
      }
      add(key, { ...kept, gzip: null });
    },
    clear() {
      entries.clear();
      byPlan.clear();
    },
    get bytes() {
      return entries.bytes;
    },
    get size() {
      return entries.size;
    },
  };
}

export type AskedBefore = {
  /** Whether address was asked for before (and is still remembered); remembers it as asked for now. */
  check(address: string): boolean;
  readonly bytes: number;
  readonly size: number;
};

/**
 * The addresses asked for before, bounded in bytes, the least recently asked for forgotten first.
 * Most addresses are asked for once (a result nobody opens again, a scan of made-up links); keeping
 * their pages would cost each first request the work of keeping it and push out pages that are
 * asked for again, so the door keeps a page at its second request (as nginx's
 * `proxy_cache_min_uses 2` does).
 */
export function createAskedBefore(maxBytes: number): AskedBefore {
  const addresses = createLru<true>(maxBytes);
  return {
    check(address) {
      if (addresses.get(address)) return true;
      addresses.set(address, true, OVERHEAD / 4 + 2 * address.length);
      return false;
    },
    get bytes() {
      return addresses.bytes;
    },
    get size() {
      return addresses.size;
    },
  };
}
