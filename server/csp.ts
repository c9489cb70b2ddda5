// The Content-Security-Policy of every page. Scripts come from this site only; an inline script
// runs only with the page's nonce (pages rendered per request) or its SHA-256 hash (pages
// prerendered at build time, and pages the front door serves again from its render cache, whose
// HTML cannot carry a per-request nonce: scripts/csp-hashes.ts lists the prerendered pages' inline
// scripts after `next build`). Never 'unsafe-inline' or 'unsafe-eval' for scripts, except eval in
// development, where React uses it to rebuild server error stacks. A <style> element is allowed
// only by its hash: the build's stylesheets, which the door puts inline in every page
// (front-door/inline-css.ts), and the inline styles of Next's own error pages; style attributes,
// which React writes, stay allowed (style-src-attr).
// No "server-only" here: scripts/csp-hashes.ts shares the file name outside Next.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const DEVELOPMENT = process.env.NODE_ENV === "development";

/** styles: the hashes of the <style> elements any page may hold (none known: no style-src-elem, as in development). */
export type ScriptSources = { nonce?: string; hashes: readonly string[]; styles?: readonly string[] };

export function contentSecurityPolicy({ nonce, hashes, styles = [] }: ScriptSources): string {
  const scripts = ["'self'", ...(nonce ? [`'nonce-${nonce}'`] : []), ...hashes.map((h) => `'${h}'`)];
  if (DEVELOPMENT) scripts.push("'unsafe-eval'");
  return [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    // Browsers without the two directives below fall back to this one.
    "style-src 'self' 'unsafe-inline'",
    ...(styles.length ? [`style-src-elem 'self' ${styles.map((h) => `'${h}'`).join(" ")}`, "style-src-attr 'unsafe-inline'"] : []),
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join("; ");
}

/** The CSP source of some text, as a browser hashes an inline script or style. */
export const sha256 = (text: string | Buffer): string => `sha256-${createHash("sha256").update(text).digest("base64")}`;

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/g;

/** The hashes of a page's inline scripts and <style> elements, each once. */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const all = (pattern: RegExp) => [...new Set([...html.matchAll(pattern)].map(([, body]) => sha256(body!)))];
  return { scripts: all(INLINE_SCRIPT), styles: all(INLINE_STYLE) };
}

/** Where scripts/csp-hashes.ts writes the hashes, inside the build output. */
export const HASHES_FILE = "csp-hashes.json";

/**
 * What the build allows inline: for every prerendered page (route), the hashes of its inline
 * scripts; and the hashes of every <style> element a page may hold (the build's stylesheets, and
 * the inline styles of the prerendered pages, Next's error pages among them).
 */
export type BuildHashes = { pages: Record<string, string[]>; styles: string[] };

/** Route -> hashes of its inline scripts, for every prerendered page. */
export type PageHashes = BuildHashes["pages"];

const NONE: BuildHashes = { pages: {}, styles: [] };
let cached: BuildHashes | null = null;

/** The build's hashes (none before a build, or in development, where every page is rendered on request). */
export function buildHashes(): BuildHashes {
  if (cached) return cached;
  if (DEVELOPMENT) return (cached = NONE);
  try {
    // A build from an older version may lack a field: what it lacks is allowed nothing.
    cached = { ...NONE, ...(JSON.parse(readFileSync(join(process.cwd(), ".next", HASHES_FILE), "utf8")) as Partial<BuildHashes>) };
  } catch {
    cached = NONE; // a build without the hashes step: every page gets a nonce, and no stylesheet goes inline
  }
  return cached;
}

export const prerenderedPageHashes = (): PageHashes => buildHashes().pages;
