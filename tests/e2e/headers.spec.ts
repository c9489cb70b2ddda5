// Every HTML response carries a strict CSP that allows exactly the page's own inline scripts: by
// hash on prerendered pages (the same HTML for everyone), by a fresh nonce on pages rendered per
// request. Also nosniff and no X-Powered-By; plan pages are unindexed, uncached and referrer-free.
import { expect, test, type APIResponse } from "@playwright/test";
import { answersToSearch } from "@/lib/answers-url";
import { blockedInlineScripts, scriptSources, strictnessProblem } from "../fixtures/csp";
import { personas } from "../fixtures/personas";

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
  return headers;
}

const nonceOf = (response: APIResponse) => /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];

test("prerendered pages allow their inline scripts by hash, and nothing else", async ({ request }) => {
  for (const path of ["/", "/wizard", "/routes", "/ladder", "/plans"]) {
    const response = await request.get(path);
    await checkHtml(response);
    expect(nonceOf(response), path).toBeUndefined();
    expect(scriptSources(response.headers()["content-security-policy"])!.some((s) => s.startsWith("'sha256-")), path).toBe(true);
  }
});

test("pages rendered per request carry a fresh nonce on every inline script", async ({ request }) => {
  const result = `/result?${answersToSearch(personas[0]!.answers)}`;
  const wizard = `/wizard?${answersToSearch({ employer: "no-pm-team" })}`;
  for (const path of [result, wizard]) {
    const first = await request.get(path);
    const second = await request.get(path);
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
  const { url, editToken } = await saved.json();
  const response = await request.get(url);
  const headers = await checkHtml(response);
  expect(nonceOf(response)).toBeTruthy();
  expect(headers["x-robots-tag"]).toContain("noindex");
  expect(headers["cache-control"]).toContain("no-store");
  expect(headers["referrer-policy"]).toBe("no-referrer");
  const html = await (await request.get(url)).text();
  expect(html).not.toContain(editToken);
});

test("a plan's calendar: never cached, with the security headers, and 304 for a poll that finds nothing new", async ({ request, baseURL }) => {
  const saved = await request.post("/api/plans", { data: { answers: personas[0]!.answers }, headers: { origin: baseURL! } });
  const { url, id, editToken } = await saved.json();
  const calendar = `${url}/plan.ics`;
  const first = await request.get(calendar);
  expect(first.status()).toBe(200);
  const headers = first.headers();
  expect(headers["content-type"]).toBe("text/calendar; charset=utf-8");
  expect(headers["cache-control"]).toBe("no-store");
  expect(headers["x-robots-tag"]).toContain("noindex");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers.etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);

  const poll = await request.get(calendar, { headers: { "if-none-match": headers.etag! } });
  expect(poll.status()).toBe(304);
  expect(await poll.body()).toHaveLength(0);
  expect(poll.headers().etag).toBe(headers.etag);
  expect(poll.headers()["cache-control"]).toBe("no-store");
  expect(poll.headers()["x-content-type-options"]).toBe("nosniff");
  const head = await request.head(calendar);
  expect(head.status()).toBe(200);
  expect(head.headers().etag).toBe(headers.etag);

  // A tick is a new calendar; a new link ends the old address.
  const plan = await (await request.get(`/api/plans/${id}`)).json();
  const auth = { origin: baseURL!, authorization: `Bearer ${editToken}` };
  await request.patch(`/api/plans/${id}`, { headers: auth, data: { version: 1, steps: { [plan.snapshot.plan.steps[0].id]: true } } });
  const changed = await request.get(calendar, { headers: { "if-none-match": headers.etag! } });
  expect(changed.status()).toBe(200);
  expect(changed.headers().etag).not.toBe(headers.etag);
  expect((await request.post(`/api/plans/${id}/new-link`, { headers: auth })).status()).toBe(200);
  expect((await request.get(calendar, { headers: { "if-none-match": changed.headers().etag! } })).status()).toBe(404);
});
