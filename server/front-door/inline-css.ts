// The site's stylesheet inside every page, so that the first paint waits for no stylesheet. Next
// links the app's CSS in the head of every page (`<link rel="stylesheet" href="/_next/static/….css"
// data-precedence="next"/>`), and a browser paints nothing until it has fetched it. The door
// writes the stylesheet's text in a <style> just before that link, and disables the link: a
// browser fetches no disabled stylesheet, so nothing holds up the page or is fetched twice, and
// React, which looks for the stylesheet by that link when it hydrates and when the client router
// moves between pages, finds it there and adds none. Next's own experimental.inlineCss does the same, but also writes the whole stylesheet
// twice more into the page's RSC payload (it tripled a page's HTML here).
//
// Only the build's own stylesheets go inline: those whose hash scripts/csp-hashes.ts listed, which
// every page's policy allows in style-src-elem (server/csp.ts). Anything else is left as it is.
import { readFileSync } from "node:fs";
import type { ServerResponse } from "node:http";
import { join } from "node:path";
import { sha256 } from "../csp";

const LINK = /<link rel="stylesheet" href="(\/_next\/static\/[\w./-]+\.css)"([^>]*?)\/?>/g;
const HEAD_END = "</head>";
/** How far into a page the door looks for the end of its head before it lets the page through as it is. */
const HEAD_LIMIT = 256 * 1024;

export type Inliner = (head: string) => string;

/**
 * Rewrites a page's head: each link to one of the allowed stylesheets (by hash) becomes the
 * stylesheet inline, followed by the link, disabled. dir: the app's folder (the build is in .next).
 */
export function stylesheetInliner(allowed: readonly string[], dir = process.cwd()): Inliner {
  const hashes = new Set(allowed);
  const texts = new Map<string, string | null>();
  function textOf(href: string): string | null {
    if (!texts.has(href)) {
      let text: string | null;
      try {
        const bytes = readFileSync(join(dir, ".next", href.slice("/_next/".length)));
        text = bytes.toString("utf8");
        if (!hashes.has(sha256(bytes)) || /<\/style/i.test(text)) text = null;
      } catch {
        text = null; // not a file of this build
      }
      texts.set(href, text);
    }
    return texts.get(href)!;
  }
  return (head) =>
    head.replace(LINK, (link, href: string, attributes: string) => {
      const text = textOf(href);
      if (text === null || /\s(media|disabled)\b/.test(attributes)) return link;
      return `<style>${text}</style><link rel="stylesheet" href="${href}"${attributes} disabled=""/>`;
    });
}

/** A chunk as written to a response (a string in an encoding, or bytes), as bytes. */
export function asBuffer(chunk: unknown, encoding?: unknown): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (typeof chunk === "string") return Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
  return Buffer.from(chunk as Uint8Array);
}

/**
 * Passes an HTML answer's head through inline on its way out: what Next writes is held until the
 * end of the head has arrived (or the answer ends), rewritten, then everything flows as written.
 * Its length changes, so an HTML answer loses any Content-Length Next set; one whose headers went
 * out before its first byte, with a length, is left alone.
 */
export function inlineStylesheets(response: ServerResponse, inline: Inliner): void {
  const write = response.write.bind(response) as (chunk: Buffer, callback?: (error?: Error | null) => void) => boolean;
  const end = response.end.bind(response) as (chunk?: Buffer, callback?: () => void) => ServerResponse;
  let state: "undecided" | "holding" | "passing" = "undecided";
  const held: Buffer[] = [];
  let size = 0;

  function decide() {
    if (state !== "undecided") return;
    const html = String(response.getHeader("content-type") ?? "").startsWith("text/html");
    const lengthSent = response.headersSent && response.getHeader("content-length") !== undefined;
    state = html && !lengthSent ? "holding" : "passing";
    if (state === "holding" && !response.headersSent) response.removeHeader("content-length");
  }

  /** The held bytes, their head rewritten when it is complete (or when nothing more will come). */
  function release(): Buffer {
    const all = Buffer.concat(held);
    held.length = 0;
    state = "passing";
    const at = all.indexOf(HEAD_END);
    if (at === -1) return all;
    return Buffer.concat([Buffer.from(inline(all.subarray(0, at).toString("utf8"))), all.subarray(at)]);
  }

  response.write = function (chunk: unknown, encoding?: unknown, callback?: unknown) {
    decide();
    const done = typeof encoding === "function" ? encoding : callback;
    if (state === "passing") return write(asBuffer(chunk, encoding), done as never);
    const bytes = asBuffer(chunk, encoding);
    held.push(bytes);
    size += bytes.length;
    if (size > HEAD_LIMIT || Buffer.concat(held).includes(HEAD_END)) {
      return write(release(), done as never);
    }
    if (typeof done === "function") process.nextTick(done);
    return true;
  } as ServerResponse["write"];

  response.end = function (chunk?: unknown, encoding?: unknown, callback?: unknown) {
    decide();
    const done = [chunk, encoding, callback].find((a) => typeof a === "function") as (() => void) | undefined;
    const last = chunk !== undefined && chunk !== null && typeof chunk !== "function" ? asBuffer(chunk, encoding) : undefined;
    if (state === "passing") return end(last, done);
    if (last) held.push(last);
    const body = release();
    return end(body.length ? body : undefined, done);
  } as ServerResponse["end"];
}
