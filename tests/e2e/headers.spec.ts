// Every HTML response carries a strict CSP with a per-request nonce on every
// script, nosniff and no X-Powered-By; plan pages are also unindexed, uncached and referrer-free.
import { expect, test } from "@playwright/test";
import { personas } from "../fixtures/personas";

async function checkHtml(response: Awaited<ReturnType<import("@playwright/test").APIRequestContext["get"]>>) {
  expect(response.status()).toBe(200);
  const headers = response.headers();
  const csp = headers["content-security-policy"] ?? "";
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "default-src 'self'"]) {
    expect(csp).toContain(directive);
  }
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-powered-by"]).toBeUndefined();
  const html = await response.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  return headers;
}

test("pages carry a nonce-based CSP and the basic security headers", async ({ request }) => {
  const first = await request.get("/");
  const second = await request.get("/");
  await checkHtml(first);
  await checkHtml(second);
  // a new nonce per request
  expect(first.headers()["content-security-policy"]).not.toBe(second.headers()["content-security-policy"]);
  await checkHtml(await request.get("/wizard"));
});

test("a plan page is not indexed, not cached and sends no referrer", async ({ request, baseURL }) => {
  const saved = await request.post("/api/plans", {
    data: { answers: personas[0]!.answers },
    headers: { origin: baseURL! },
  });
  expect(saved.status()).toBe(201);
  const { url, editToken } = await saved.json();
  const headers = await checkHtml(await request.get(url));
  expect(headers["x-robots-tag"]).toContain("noindex");
  expect(headers["cache-control"]).toContain("no-store");
  expect(headers["referrer-policy"]).toBe("no-referrer");
  const html = await (await request.get(url)).text();
  expect(html).not.toContain(editToken);
});
