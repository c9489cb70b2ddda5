// The front door's rendered pages (server/front-door/cached-pages.ts) on the real app: a result, a
// wizard step and a saved plan's page are rendered (with a nonce), kept when asked for a second
// time, and served from then on (with the hashes of exactly their inline scripts and styles), and a saved plan's page is never served as it
// was before a change, a new link or a delete, from this server or another on the same database.
import type { APIRequestContext, APIResponse } from "@playwright/test";
import { planApiPath, planPath, resultHref, wizardHref } from "@/lib/addresses";
import { CreatePlanResponse, NewLinkResponse, SavedPlan } from "@/lib/api-contract";
import { blockedInlineScripts, blockedInlineStyles, strictnessProblem } from "../fixtures/csp";
import { personas } from "../fixtures/personas";
import { appsPerTest } from "./app-server";
import { expect, hydrated, test, watch } from "./fixtures";

const startApp = appsPerTest(test);
const answers = personas[5]!.answers;

const policyOf = (response: APIResponse) => response.headers()["content-security-policy"] ?? "";
const nonceOf = (response: APIResponse) => /'nonce-([^']+)'/.exec(policyOf(response))?.[1];

/** A page as served, checked: 200, a strict policy, and every inline script and style in it allowed. */
async function page(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const html = await response.text();
  const policy = policyOf(response);
  expect(strictnessProblem(policy), path).toBeNull();
  expect(blockedInlineScripts(html, policy), path).toEqual([]);
  expect(blockedInlineStyles(html, policy), path).toEqual([]);
  return { html, nonce: nonceOf(response) };
}

/** Asks for a page until it is served kept (the second request keeps it, the third is served from it). */
async function keep(request: APIRequestContext, path: string) {
  await page(request, path);
  await page(request, path);
  expect((await page(request, path)).nonce, path).toBeUndefined();
}

async function save(request: APIRequestContext, origin: string) {
  const saved = await request.post(`${origin}/api/plans`, { data: { answers }, headers: { origin } });
  expect(saved.status()).toBe(201);
  return CreatePlanResponse.parse(await saved.json());
}

/** An owner command through the API, as the owner's browser sends it. */
function command(request: APIRequestContext, origin: string, token: string, path: string, method: string, data?: object) {
  return request.fetch(`${origin}${path}`, { method, data, headers: { origin, authorization: `Bearer ${token}` } });
}

test("a result, a wizard step and a saved plan's page asked for twice are kept, then served with hashes for exactly their inline scripts", async ({
  request,
  baseURL,
}) => {
  const { id } = await save(request, baseURL!);
  for (const path of [`${resultHref(answers)}&start=2026-12-01`, wizardHref({ employer: answers.employer }, null), planPath(id)]) {
    expect((await page(request, path)).nonce, path).toBeTruthy();
    // Asked for a second time: rendered again, and kept.
    const first = await page(request, path);
    expect(first.nonce, path).toBeTruthy();
    const again = await page(request, path);
    // Served again: no nonce in its policy or anywhere in it, the same page otherwise.
    expect(again.nonce, path).toBeUndefined();
    expect(again.html, path).not.toContain(first.nonce!);
    expect(again.html, path).toBe(first.html.replaceAll(` nonce="${first.nonce}"`, "").replaceAll(first.nonce!, ""));
  }
});

test("a page served again runs in the browser as it did when it was rendered", async ({ page: tab, request, baseURL }) => {
  const problems = await watch(tab);
  const { id } = await save(request, baseURL!);
  for (const path of [
    `${resultHref(answers)}&start=2026-12-02`,
    wizardHref({ employer: answers.employer, role: answers.role }, null),
    planPath(id),
  ]) {
    for (const time of ["rendered", "rendered and kept", "served again"]) {
      await tab.goto(path);
      await expect(tab.getByRole("heading", { level: 1 }).first(), `${path}, ${time}`).toBeVisible();
      await hydrated(tab);
      expect(await problems(), `${path}, ${time}`).toEqual([]);
    }
  }
});

test("a saved plan's page is never served as it was before a change, a new link or a delete", async ({ request, baseURL }) => {
  const origin = baseURL!;
  const { id, editToken } = await save(request, origin);
  const compared = `${resultHref(answers, id)}&start=2026-12-01`;
  await keep(request, planPath(id));
  await keep(request, compared);

  // A change: the page, and a result compared with the plan, show it at once.
  const renamed = await command(request, origin, editToken, planApiPath(id), "PATCH", { version: 1, title: "Renamed after it was kept" });
  expect(renamed.status()).toBe(200);
  const version = SavedPlan.parse(await renamed.json()).version;
  expect((await page(request, planPath(id))).html).toContain("Renamed after it was kept");
  expect((await page(request, compared)).html).toContain("Renamed after it was kept");
  // A tick.
  const plan = SavedPlan.parse(await (await request.get(`${origin}${planApiPath(id)}`)).json());
  const step = plan.snapshot.plan.steps[0]!;
  const before = await page(request, planPath(id));
  const ticked = await command(request, origin, editToken, planApiPath(id), "PATCH", { version, steps: { [step.id]: true } });
  expect(ticked.status()).toBe(200);
  const after = await page(request, planPath(id));
  expect(after.nonce).toBeTruthy(); // rendered again, not served from before
  expect(after.html).not.toBe(before.html);

  // A new link: the old address is gone at once, the new one shows the plan.
  const moved = await command(request, origin, editToken, `${planApiPath(id)}/new-link`, "POST");
  expect(moved.status()).toBe(200);
  const { id: newId, editToken: newToken } = NewLinkResponse.parse(await moved.json());
  expect((await request.get(`${origin}${planPath(id)}`)).status()).toBe(404);
  expect((await page(request, planPath(newId))).html).toContain("Renamed after it was kept");
  await keep(request, planPath(newId));

  // A delete: gone at once.
  expect((await command(request, origin, newToken, planApiPath(newId), "DELETE")).status()).toBe(204);
  expect((await request.get(`${origin}${planPath(newId)}`)).status()).toBe(404);
});

test("a change made through another app server on the same database is never missed", async ({ request, baseURL }) => {
  // A second server on this suite's SQLite file: each keeps its own pages, and reads the version per request.
  const other = await startApp({ ONEPATH_SQLITE_FILE: process.env.ONEPATH_E2E_SQLITE_FILE! });
  const { id, editToken } = await save(request, baseURL!);
  await keep(request, planPath(id));
  const renamed = await command(request, other.origin, editToken, planApiPath(id), "PATCH", {
    version: 1,
    title: "Renamed on the other server",
  });
  expect(renamed.status()).toBe(200);
  expect((await page(request, planPath(id))).html).toContain("Renamed on the other server");
  expect((await command(request, other.origin, editToken, planApiPath(id), "DELETE")).status()).toBe(204);
  expect((await request.get(planPath(id))).status()).toBe(404);
});
