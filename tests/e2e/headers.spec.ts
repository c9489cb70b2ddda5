// Every HTML response carries a strict CSP that allows exactly the page's own inline scripts: by
// hash on prerendered pages (the same HTML for everyone), by a fresh nonce on pages rendered per
// request. Also nosniff and no X-Powered-By; plan pages are unindexed, uncached and referrer-free.
import { readFileSync } from "node:fs";
import { expect, test, type APIResponse } from "@playwright/test";
import { answersToSearch } from "@/lib/answers-url";
import type { BuildHashes } from "@/server/csp";
import { blockedInlineScripts, blockedInlineStyles, scriptSources, strictnessProblem } from "../fixtures/csp";
import { personas } from "../fixtures/personas";
import { type RawRequest, send } from "../fixtures/raw-http";

/** Every page the build prerendered, as scripts/csp-hashes.ts listed them (read once the suite's build exists). */
const prerendered = () => Object.keys((JSON.parse(readFileSync(".next/csp-hashes.json", "utf8")) as BuildHashes).pages);

async function checkHtml(response: APIResponse) {
  expect(response.status()).toBe(200);
  const headers = response.headers();
  const csp = headers["content-security-policy"] ?? "";
  expect(strictnessProblem(csp)).toBeNull();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-powered-by"]).toBeUndefined();
  const html = await response.text();
  expect(html).toMatch(/<script\b[^>]*>[^<]+<\/script>/); // inline scripts are there, and...
  expect(blockedInlineScripts(html, csp)).toEqual([]); // ...every one of them is allowed
  // The stylesheet is in the page, allowed by its hash, and its link, disabled, neither holds up the first paint nor is fetched.
  expect(/<style>[\s\S]+?<\/style><link rel="stylesheet" href="[^"]+\.css"[^>]* disabled=""\/>/.test(html)).toBe(true);
  expect(/<link rel="stylesheet"(?![^>]*disabled)/.test(html)).toBe(false);
  expect(blockedInlineStyles(html, csp)).toEqual([]);
  return headers;
}

const nonceOf = (response: APIResponse) => /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];

test("prerendered pages allow their inline scripts by hash, and nothing else", async ({ request }) => {
  for (const path of ["/", "/wizard", "/routes", "/ladder", "/plans"]) {
    const response = await request.get(path);
    await checkHtml(response);
    expect(nonceOf(response), path).toBeUndefined();
    expect(
      scriptSources(response.headers()["content-security-policy"])!.some((s) => s.startsWith("'sha256-")),
      path,
    ).toBe(true);
  }
});

test("pages rendered per request carry a fresh nonce on every inline script", async ({ request }) => {
  const result = `/result?${answersToSearch(personas[0]!.answers)}`;
  const wizard = `/wizard?${answersToSearch({ employer: "no-pm-team" })}`;
  for (const path of [result, wizard]) {
    // Two addresses, each rendered (a page asked for again is served with hashes: render-cache.spec.ts).
    const first = await request.get(`${path}&render=1`);
    const second = await request.get(`${path}&render=2`);
    await checkHtml(first);
    await checkHtml(second);
    expect(nonceOf(first), path).toBeTruthy();
    expect(nonceOf(first)).not.toBe(nonceOf(second)); // a new nonce per request
  }
});

test("a plan page is not indexed, not cached and sends no referrer", async ({ request, baseURL }) => {
  const saved = await request.post("/api/plans", {
    data: { answers: personas[0]!.answers },
    headers: { origin: baseURL! },
  });
  expect(saved.status()).toBe(201);
  const { url, editToken } = (await saved.json()) as { url: string; editToken: string };
  const response = await request.get(url);
  const headers = await checkHtml(response);
  expect(nonceOf(response)).toBeTruthy();
  expect(headers["x-robots-tag"]).toContain("noindex");
  expect(headers["cache-control"]).toContain("no-store");
  expect(headers["referrer-policy"]).toBe("no-referrer");
  const html = await (await request.get(url)).text();
  expect(html).not.toContain(editToken);
});

test("a plan's calendar: never cached, and with the security headers on its 200, its 304 and its HEAD", async ({ request, baseURL }) => {
  // (What the calendar holds, its ETag, and a new link ending its address: tests/integration/plan-calendar.test.ts.)
  const saved = await request.post("/api/plans", { data: { answers: personas[0]!.answers }, headers: { origin: baseURL! } });
  const calendar = `${((await saved.json()) as { url: string }).url}/plan.ics`;
  const first = await request.get(calendar);
  expect(first.status()).toBe(200);
  const headers = first.headers();
  expect(headers["content-type"]).toBe("text/calendar; charset=utf-8");
  expect(headers["cache-control"]).toBe("no-store");
  expect(headers["x-robots-tag"]).toContain("noindex");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("no-referrer");

  const poll = await request.get(calendar, { headers: { "if-none-match": headers.etag! } });
  expect(poll.status()).toBe(304);
  expect(poll.headers()["cache-control"]).toBe("no-store");
  expect(poll.headers()["x-content-type-options"]).toBe("nosniff");
  const head = await request.head(calendar);
  expect(head.status()).toBe(200);
  expect(head.headers().etag).toBe(headers.etag);
});

test("Next's not-found pages carry a policy that allows exactly their scripts, at every address", async ({ baseURL }) => {
  // Addresses under /api and /_next that no handler serves, and prerendered pages' addresses
  // written another way (Next serves the prerendered file only at its literal path).
  for (const path of [
    "/nope",
    "/api",
    "/_next",
    "/_next/foo",
    "/_next/data/build/page.json",
    "/wiz%61rd",
    "/%77izard",
    "/res%75lt",
    "/wiz%61rd?hours=3-8",
  ]) {
    const response = await send(baseURL!, { path });
    expect(response.status, path).toBe(404);
    expect(response.headers["content-type"], path).toMatch(/^text\/html/);
    const csp = response.headers["content-security-policy"] as string | undefined;
    expect(strictnessProblem(csp), path).toBeNull();
    expect(response.body, path).toMatch(/<script\b[^>]*>[^<]+<\/script>/);
    expect(blockedInlineScripts(response.body, csp!), path).toEqual([]);
  }
});

test("shared caches keep a prerendered page minutes, not a year, and must ask again", async ({ baseURL }) => {
  const pages = prerendered();
  expect(pages).toEqual(expect.arrayContaining(["/", "/wizard", "/routes", "/ladder", "/plans", "/_not-found"]));
  const requests = pages.flatMap((path): RawRequest[] => [
    { path },
    { path, headers: { rsc: "1" } }, // its payload for client-side navigation
    { path, headers: { rsc: "1", "next-router-prefetch": "1" } },
  ]);
  for (const request of [...requests, { path: "/wiz%61rd" }]) {
    let response = await send(baseURL!, request);
    // Next first redirects an RSC request to the address with its cache-busting parameter.
    if (response.status === 307) response = await send(baseURL!, { ...request, path: String(response.headers.location) });
    const label = `${request.path} ${JSON.stringify(request.headers ?? {})}: ${response.status}`;
    const cacheControl = String(response.headers["cache-control"]);
    const shared = /s-maxage=(\d+)/.exec(cacheControl);
    if (shared) {
      expect(Number(shared[1]), label).toBeLessThanOrEqual(300);
      expect(cacheControl, label).toMatch(/must-revalidate/);
      expect(cacheControl, label).toMatch(/(^|[ ,])max-age=0\b/);
    } else expect(cacheControl, label).toMatch(/no-store|private/);
  }
});

test("a result compared with a saved plan is not indexed", async ({ request, baseURL }) => {
  const saved = await request.post("/api/plans", { data: { answers: personas[0]!.answers }, headers: { origin: baseURL! } });
  const { id } = (await saved.json()) as { id: string };
  const response = await request.get(`/result?${answersToSearch(personas[0]!.answers)}&compare=${id}`);
  const headers = await checkHtml(response);
  expect(headers["x-robots-tag"]).toContain("noindex");
  expect(await response.text()).toContain(`/plans/${id}`);
});
