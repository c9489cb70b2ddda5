// The public JSON API against the running production server: the contract, the error format, the
// body limit and the response headers that only the real server sets (or leaves out).
import { ADDED_STEPS, MIN_PLAN_STEPS } from "@/data/plan-rules";
import { expect, test, type APIResponse } from "@playwright/test";
import { CATALOG_VERSION } from "@/data/catalog";
import { QUESTION_IDS, ROUTE_IDS } from "@/data/ids";
import * as api from "@/lib/api-contract";
import { nextQuestion } from "@/lib/next-question";
import { POST_ENDPOINTS, casesFor, headersOf } from "../fixtures/api-cases";
import { personas } from "../fixtures/personas";

/** Every API response is JSON and never says which framework served it. */
async function bodyOf(response: APIResponse): Promise<unknown> {
  expect(response.headers()["content-type"]).toMatch(/^application\/json\b/);
  expect(response.headers()["x-powered-by"]).toBeUndefined();
  return response.json();
}

function expectNoStore(response: APIResponse) {
  expect(response.headers()["cache-control"]).toBe("no-store");
}

async function expectError(response: APIResponse, status: number, field: string) {
  expect(response.status()).toBe(status);
  expectNoStore(response);
  const { error } = api.ApiError.parse(await bodyOf(response));
  expect(error.startsWith(`${field}: `), error).toBe(true);
}

test("GET /api/catalog lists the questions and routes, cacheable for minutes", async ({ request }) => {
  const response = await request.get("/api/catalog");
  expect(response.status()).toBe(200);
  const catalog = api.CatalogResponse.parse(await bodyOf(response));
  expect(catalog.version).toBe(CATALOG_VERSION);
  expect(catalog.questions.map((q) => q.id)).toEqual(QUESTION_IDS);
  expect(catalog.routes.map((r) => r.id)).toEqual(ROUTE_IDS);
  // Shared caches may keep it, but only for minutes: a new catalog version must reach clients.
  const cacheControl = response.headers()["cache-control"] ?? "";
  expect(cacheControl).toMatch(/\bpublic\b/);
  expect(cacheControl).not.toMatch(/s-maxage|no-store/);
  expect(Number(/max-age=(\d+)/.exec(cacheControl)?.[1])).toBeLessThanOrEqual(300);
  const etag = response.headers()["etag"]!;
  expect(etag).toContain(CATALOG_VERSION);
  // A client that already holds this version revalidates for nothing more than a 304.
  const again = await request.get("/api/catalog", { headers: { "if-none-match": `W/${etag}, "other"` } });
  expect(again.status()).toBe(304);
  expect(await again.body()).toHaveLength(0);
  // ...which varies as the 200 does (RFC 9110, 15.4.5), so a cache keeps the variants apart.
  expect(again.headers()["vary"]).toBe(response.headers()["vary"]);
  const older = await request.get("/api/catalog", { headers: { "if-none-match": '"catalog-2020-01-01.1"' } });
  expect(older.status()).toBe(200);
});

test("POST /api/wizard/next names the next question and the eliminated routes", async ({ request }) => {
  const answers = { employer: "no-pm-team", funding: "no" } as const;
  const response = await request.post("/api/wizard/next", { data: { answers } });
  expect(response.status()).toBe(200);
  expectNoStore(response);
  const body = api.WizardNextResponse.parse(await bodyOf(response));
  expect(body.next).toBe(nextQuestion(answers));
  expect(body.eliminated.map((e) => e.route)).toEqual(["internal-transfer", "shadowing", "masters"]);
  for (const e of body.eliminated) expect(e.reason.length).toBeGreaterThan(3);
});

for (const { name, answers, route, level, added, warnings } of personas) {
  test(`POST /api/recommendation recommends ${route} for the ${name}`, async ({ request }) => {
    const response = await request.post("/api/recommendation", { data: { answers, startDate: "2026-12-07" } });
    expect(response.status()).toBe(200);
    expectNoStore(response);
    const body = api.RecommendationResponse.parse(await bodyOf(response));
    expect(body.route.id).toBe(route);
    expect(body.plan.level).toBe(level);
    const ids = body.plan.steps.map((s) => s.id);
    expect(ids.filter((id) => (ADDED_STEPS as readonly string[]).includes(id)).sort()).toEqual([...added].sort());
    expect(body.warnings.map((w) => w.id)).toEqual(warnings);
    expect(body.plan.steps.length).toBeGreaterThanOrEqual(MIN_PLAN_STEPS);
    expect(body.plan.steps[0]!.dates.start).toBe("2026-12-07");
  });
}

test("POST /api/recommendation answers 422 with the question that could still change it", async ({ request }) => {
  const answers = { employer: "pm-team-settled" } as const;
  const response = await request.post("/api/recommendation", { data: { answers } });
  expect(response.status()).toBe(422);
  expectNoStore(response);
  const body = api.UndecidedResponse.parse(await bodyOf(response));
  expect(body.next).toBe(nextQuestion(answers));
});

for (const endpoint of POST_ENDPOINTS) {
  test(`POST ${endpoint}: malformed bodies get 400 naming the field`, async ({ request }) => {
    for (const c of casesFor(endpoint)) {
      await test.step(c.name, async () => {
        await expectError(await request.post(endpoint, { data: c.body, headers: headersOf(c) }), 400, c.field);
      });
    }
  });

  test(`POST ${endpoint}: a body over ${api.MAX_BODY_BYTES} bytes gets 413`, async ({ request }) => {
    const data = JSON.stringify({ answers: {}, padding: "x".repeat(4 * api.MAX_BODY_BYTES) });
    const response = await request.post(endpoint, { data, headers: { "content-type": "application/json" } });
    await expectError(response, 413, "body");
  });

  test(`GET ${endpoint} is not allowed`, async ({ request }) => {
    const response = await request.get(endpoint);
    expect(response.status()).toBe(405);
    expect(response.headers()["x-powered-by"]).toBeUndefined();
  });
}
