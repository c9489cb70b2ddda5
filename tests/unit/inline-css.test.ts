// The build's stylesheet inside every page (server/front-door/inline-css.ts), on a real socket:
// however Next splits a page into chunks, the head's link to one of the build's stylesheets
// becomes the stylesheet inline followed by the link, disabled, once; everything else arrives
// byte for byte, and nothing but HTML is touched.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server, type ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sha256 } from "@/server/csp";
import { inlineStylesheets, stylesheetInliner } from "@/server/front-door/inline-css";

const CSS = "body{color:#123}@media print{body{color:#000}}.é::after{content:'→'}";
const HREF = "/_next/static/chunks/site.css";
const LINK = `<link rel="stylesheet" href="${HREF}" data-precedence="next"/>`;
const INLINE = `<style>${CSS}</style><link rel="stylesheet" href="${HREF}" data-precedence="next" disabled=""/>`;
const page = (link: string) =>
  `<!DOCTYPE html><html><head><meta charSet="utf-8"/>${link}<title>Ünïcode ✓</title></head><body><p>Grüße</p></body></html>`;

let dir: string;
let server: Server;
let origin: string;
/** How the next answer is written: its content type and its chunks. */
let next: { type: string; chunks: Buffer[]; length?: boolean } = { type: "text/html", chunks: [] };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "onepath-inline-css-"));
  mkdirSync(join(dir, ".next", "static", "chunks"), { recursive: true });
  writeFileSync(join(dir, ".next", "static", "chunks", "site.css"), CSS);
  writeFileSync(join(dir, ".next", "static", "chunks", "other.css"), "p{}");
  const inline = stylesheetInliner([sha256(Buffer.from(CSS))], dir);
  server = createServer((_request, response: ServerResponse) => {
    inlineStylesheets(response, inline);
    const body = Buffer.concat(next.chunks);
    response.setHeader("Content-Type", next.type);
    if (next.length) response.setHeader("Content-Length", body.length);
    const [last, ...rest] = [...next.chunks].reverse();
    for (const chunk of rest.reverse()) response.write(chunk);
    response.end(last);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

/** Splits text into chunks of n bytes (cutting through characters and tags). */
const split = (text: string, n: number) => {
  const bytes = Buffer.from(text);
  return Array.from({ length: Math.ceil(bytes.length / n) }, (_, i) => bytes.subarray(i * n, (i + 1) * n));
};

async function get(type: string, chunks: Buffer[], length = false) {
  next = { type, chunks, length };
  const response = await fetch(origin);
  return { text: await response.text(), length: response.headers.get("content-length") };
}

describe("inlineStylesheets", () => {
  it("puts the build's stylesheet in the head, before its link disabled, however the page is cut", async () => {
    for (const n of [1, 3, 7, 64, 100_000]) {
      const { text, length } = await get("text/html; charset=utf-8", split(page(LINK), n), true);
      expect(text, `chunks of ${n}`).toBe(page(INLINE));
      // Next's length was the page's before; the answer is sent without one.
      expect(length, `chunks of ${n}`).toBeNull();
    }
  });

  it("leaves a stylesheet that is not the build's, one with a media already, and a link after the head", async () => {
    const others = [
      `<link rel="stylesheet" href="/_next/static/chunks/other.css" data-precedence="next"/>`,
      `<link rel="stylesheet" href="/_next/static/chunks/missing.css" data-precedence="next"/>`,
      `<link rel="stylesheet" href="${HREF}" media="screen"/>`,
    ];
    for (const link of others) expect((await get("text/html", [Buffer.from(page(link))])).text).toBe(page(link));
    const late = `<html><head></head><body>${LINK}</body></html>`;
    expect((await get("text/html", split(late, 5))).text).toBe(late);
  });

  it("touches nothing but HTML, and keeps its length", async () => {
    const json = JSON.stringify({ html: page(LINK) });
    const { text, length } = await get("application/json", split(json, 10), true);
    expect(text).toBe(json);
    expect(Number(length)).toBe(Buffer.byteLength(json));
  });
});
