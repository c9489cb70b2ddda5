// The Content-Security-Policy of every page. Scripts come from this site only; an inline script
// runs only with the page's nonce (pages rendered per request) or its SHA-256 hash (pages
// prerendered at build time, whose HTML cannot carry a per-request nonce: scripts/csp-hashes.ts
// lists their inline scripts' hashes after `next build`). Never 'unsafe-inline' or 'unsafe-eval'
// for scripts, except eval in development, where React uses it to rebuild server error stacks.
// No "server-only" here: scripts/csp-hashes.ts shares the file name outside Next.
import { readFileSync } from "node:fs";
import { join } from "node:path";

const DEVELOPMENT = process.env.NODE_ENV === "development";

export type ScriptSources = { nonce?: string; hashes: readonly string[] };

export function contentSecurityPolicy({ nonce, hashes }: ScriptSources): string {
  const scripts = ["'self'", ...(nonce ? [`'nonce-${nonce}'`] : []), ...hashes.map((h) => `'${h}'`)];
  if (DEVELOPMENT) scripts.push("'unsafe-eval'");
  return [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    // Next and React inject style attributes and <style> tags without a nonce.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join("; ");
}

/** Where scripts/csp-hashes.ts writes the hashes, inside the build output. */
export const HASHES_FILE = "csp-hashes.json";

/** Route -> hashes of its inline scripts, for every prerendered page ({} before a build, or in development). */
export type PageHashes = Record<string, string[]>;

let cached: PageHashes | null = null;

export function prerenderedPageHashes(): PageHashes {
  if (cached) return cached;
  // `npm run dev` renders every page on request, whatever an earlier production build left in .next.
  if (DEVELOPMENT) return (cached = {});
  try {
    cached = JSON.parse(readFileSync(join(process.cwd(), ".next", HASHES_FILE), "utf8")) as PageHashes;
  } catch {
    cached = {}; // a build without the hashes step: every page gets a nonce
  }
  return cached;
}
