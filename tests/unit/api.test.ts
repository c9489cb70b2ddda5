// The public JSON API, through its route handlers called with real Request objects: the contract
// for valid bodies, a table of malformed ones, the body limit, and properties over random bodies.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GET as getCatalog } from "@/app/api/catalog/route";
import { POST as postRecommendation } from "@/app/api/recommendation/route";
import { POST as postWizardNext } from "@/app/api/wizard/next/route";
import type { Answers } from "@/data/answers";
import { CATALOG_VERSION } from "@/data/catalog";
import { MULTI_QUESTION, OPTION_IDS, QUESTION_IDS, ROUTE_IDS, type QuestionId } from "@/data/ids";
import {
  ApiError,
  CatalogResponse,
  MAX_BODY_BYTES,
  RecommendationResponse,
  UndecidedResponse,
  WizardNextResponse,
} from "@/lib/api-contract";
import { ADDED_STEPS, MIN_PLAN_STEPS } from "@/data/plan-rules";
import { nextQuestion } from "@/lib/next-question";
import { recommend } from "@/lib/recommend";
import { POST_ENDPOINTS, casesFor, headersOf, type Endpoint } from "../fixtures/api-cases";
import { personas } from "../fixtures/personas";
import { fullProfile } from "../fixtures/results";

const handlers: Record<Endpoint, (request: Request) => Promise<Response>> = {
  "/api/wizard/next": postWizardNext,
  "/api/recommendation": postRecommendation,
};

type Sent = { status: number; headers: Headers; body: unknown };

async function send(
  endpoint: Endpoint,
  body: BodyInit | null,
  headers: Record<string, string> = { "content-type": "application/json" },
): Promise<Sent> {
  const init: RequestInit & { duplex?: "half" } = { method: "POST", body, headers, duplex: "half" };
  const response = await handlers[endpoint](new Request(`http://127.0.0.1${endpoint}`, init));
  return { status: response.status, headers: response.headers, body: await response.json() };
}

const post = (endpoint: Endpoint, value: unknown) => send(endpoint, JSON.stringify(value));

/** A short JSON error that names the field first. */
function expectError(sent: Sent, status: number, field: string) {
  expect(sent.status).toBe(status);
  const { error } = ApiError.parse(sent.body);
  expect(error.startsWith(`${field}: `), error).toBe(true);
  expect(error.length).toBeLessThanOrEqual(260);
  expect(error).not.toMatch(/\n\s+at /);
}

/** A profile with some questions left out. */
const partialProfile = fullProfile.chain((full) =>
  fc.subarray([...QUESTION_IDS]).map((kept) => Object.fromEntries(kept.map((q) => [q, full[q]])) as Answers),
);

describe("GET /api/catalog", () => {
  it("lists every question with its options and every route", async () => {
    const response = getCatalog();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const catalog = CatalogResponse.parse(await response.json());
    expect(catalog.version).toBe(CATALOG_VERSION);
    expect(catalog.questions.map((q) => q.id)).toEqual(QUESTION_IDS);
    for (const q of catalog.questions) {
      expect(q.options.map((o) => o.id)).toEqual(OPTION_IDS[q.id]);
      expect(q.multiple).toBe(q.id === MULTI_QUESTION);
    }
    expect(catalog.routes.map((r) => r.id)).toEqual(ROUTE_IDS);
  });

  it("lets shared caches keep it for minutes, tagged with the catalog version", () => {
    const response = getCatalog();
    const cacheControl = response.headers.get("cache-control") ?? "";
    expect(cacheControl).toMatch(/\bpublic\b/);
    expect(Number(/max-age=(\d+)/.exec(cacheControl)?.[1])).toBeLessThanOrEqual(300);
    expect(cacheControl).not.toMatch(/s-maxage|immutable/);
    expect(response.headers.get("etag")).toContain(CATALOG_VERSION);
  });
});

describe("POST /api/recommendation", () => {
  it.each(personas)("gives the persona its whole result: $name", async ({ answers, route, level, added, warnings }) => {
    const sent = await post("/api/recommendation", { answers, startDate: "2026-12-07" });
    expect(sent.status).toBe(200);
    expect(sent.headers.get("cache-control")).toBe("no-store");
    const body = RecommendationResponse.parse(sent.body);
    expect(body.route.id).toBe(route);
    expect(body.plan.level).toBe(level);
    const ids = body.plan.steps.map((s) => s.id);
    expect(ids.filter((id) => (ADDED_STEPS as readonly string[]).includes(id)).sort()).toEqual([...added].sort());
    expect(ids).toContain("checkpoint");
    expect(body.warnings.map((w) => w.id)).toEqual(warnings);
    for (const w of body.warnings) expect(w.text).toMatch(/product operations|product analyst|product marketing/);
    expect(typeof body.plan.pace).toBe("number");
    expect(body.others.map((o) => o.route).sort()).toEqual(ROUTE_IDS.filter((r) => r !== route).sort());
    expect(body.plan.route).toBe(route);
    expect(body.plan.startDate).toBe("2026-12-07");
    expect(body.plan.steps[0]!.dates.start).toBe("2026-12-07");
    expect(body.plan.steps.length).toBeGreaterThanOrEqual(MIN_PLAN_STEPS);
  });

  it("starts the plan today when no startDate is given", async () => {
    const sent = await post("/api/recommendation", { answers: personas[0]!.answers });
    const { plan } = RecommendationResponse.parse(sent.body);
    expect(plan.startDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Math.abs(Date.parse(plan.startDate) - Date.now())).toBeLessThan(2 * 86_400_000);
  });

  it.each<[string, Answers]>([
    ["no answers", {}],
    ["one answer", { employer: "pm-team-settled" }],
    ["two answers", { employer: "no-pm-team", hours: "3-8" }],
    // Every answer the first catalog asked for, but not the product-work question it did not have.
    ["a full answer set from the first catalog", (({ "pm-work": _, ...v1 }) => v1)(personas[9]!.answers)],
  ])("answers 422 with the next question for %s", async (_, answers) => {
    const sent = await post("/api/recommendation", { answers });
    expect(sent.status).toBe(422);
    expect(sent.headers.get("cache-control")).toBe("no-store");
    const body = UndecidedResponse.parse(sent.body);
    expect(body.next).toBe(nextQuestion(answers));
    if (Object.keys(answers).length === QUESTION_IDS.length - 1) expect(body.next).toBe("pm-work");
    expect(body.error.startsWith(`answers.${body.next}: `)).toBe(true);
  });

  it("decides as soon as the wizard would, with the same route as the full profile", async () => {
    for (const { answers, route } of personas) {
      const asked: Answers = {};
      for (let q = nextQuestion(asked); q; q = nextQuestion(asked)) Object.assign(asked, { [q]: answers[q] });
      const sent = await post("/api/recommendation", { answers: asked });
      expect(RecommendationResponse.parse(sent.body).route.id).toBe(route);
    }
  });
});

describe("POST /api/wizard/next", () => {
  it("asks the first question when nothing is answered", async () => {
    const sent = await post("/api/wizard/next", { answers: {} });
    expect(sent.status).toBe(200);
    expect(sent.headers.get("cache-control")).toBe("no-store");
    expect(WizardNextResponse.parse(sent.body)).toEqual({ next: nextQuestion({}), eliminated: [] });
  });

  it("lists the eliminated routes with the reason for each", async () => {
    const answers: Answers = { employer: "no-pm-team", deadline: "under-3-months" };
    const body = WizardNextResponse.parse((await post("/api/wizard/next", { answers })).body);
    expect(body.next).toBe(nextQuestion(answers));
    expect(body.eliminated.map((e) => e.route)).toEqual(["internal-transfer", "shadowing", "side-project", "nonprofit", "masters"]);
    expect(Object.fromEntries(body.eliminated.map((e) => [e.route, e.question]))).toEqual({
      "internal-transfer": "employer",
      shadowing: "employer",
      "side-project": "deadline",
      nonprofit: "deadline",
      masters: "deadline",
    });
    expect(body.eliminated.find((e) => e.route === "internal-transfer")!.reason).toMatch(/no PM team/);
    expect(body.eliminated.find((e) => e.route === "masters")!.reason).toMatch(/two years/);
  });

  it("says null once the answers decide the route", async () => {
    const body = WizardNextResponse.parse((await post("/api/wizard/next", { answers: personas[1]!.answers })).body);
    expect(body.next).toBeNull();
    expect(body.eliminated.map((e) => e.route)).toEqual(["internal-transfer", "shadowing"]);
  });
});

describe.each(POST_ENDPOINTS)("malformed requests to %s", (endpoint) => {
  it.each(casesFor(endpoint))("$name: 400 naming $field", async (c) => {
    expectError(await send(endpoint, c.body, headersOf(c)), 400, c.field);
  });

  it("names the first of several problems and counts the other fields", async () => {
    const sent = await post(endpoint, { answers: { employer: "ceo", constraints: "needs-visa", x: 1, y: 2 } });
    expectError(sent, 400, "answers.employer");
    expect(ApiError.parse(sent.body).error).toMatch(/ \(and 3 more\)$/);
  });

  it("invalid UTF-8: 400", async () => {
    expectError(await send(endpoint, new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])), 400, "body");
  });

  it("accepts a charset parameter on the content type", async () => {
    const sent = await send(endpoint, JSON.stringify({ answers: {} }), { "content-type": "application/json; charset=utf-8" });
    expect([200, 422]).toContain(sent.status);
  });

  it("a body over the limit: 413", async () => {
    const big = JSON.stringify({ answers: {}, padding: "x".repeat(MAX_BODY_BYTES) });
    expectError(await send(endpoint, big), 413, "body");
  });

  it("counts the bytes of a streamed body that declares no length: 413", async () => {
    const chunk = new TextEncoder().encode(" ".repeat(1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ === 64) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const result = await send(endpoint, stream);
    expectError(result, 413, "body");
    expect(sent).toBeLessThan(MAX_BODY_BYTES / 1024 + 4); // stopped reading soon after the limit
  });

  it("a body just under the limit is parsed", async () => {
    const value = { answers: {}, x: "" };
    value.x = "y".repeat(MAX_BODY_BYTES - JSON.stringify(value).length);
    expectError(await post(endpoint, value), 400, "x");
  });
});

describe("properties", () => {
  const anyBody = fc.oneof(
    fc.jsonValue(),
    fc.record({ answers: fc.jsonValue() }, { requiredKeys: [] }),
    fc.record({
      answers: fc.dictionary(fc.constantFrom(...QUESTION_IDS, "__proto__", "toString"), fc.jsonValue()),
      startDate: fc.oneof(
        fc.string(),
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      ),
    }),
  );

  it.each(POST_ENDPOINTS)("%s: any JSON body gets 200, 400, 413 or 422, never a 500", async (endpoint) => {
    await fc.assert(
      fc.asyncProperty(anyBody, async (value) => {
        const sent = await post(endpoint, value);
        expect([200, 400, 413, 422]).toContain(sent.status);
        if (sent.status !== 200) ApiError.parse(sent.body);
      }),
      { numRuns: 300 },
    );
  });

  it("any full profile gets a route, a plan of at least 6 steps and at most one warning", async () => {
    await fc.assert(
      fc.asyncProperty(fullProfile, async (answers) => {
        const sent = await post("/api/recommendation", { answers });
        expect(sent.status).toBe(200);
        const body = RecommendationResponse.parse(sent.body);
        expect(ROUTE_IDS).toContain(body.route.id);
        const engine = recommend(answers);
        expect(engine.status === "decided" && engine.recommendation.route).toBe(body.route.id);
        expect(body.plan.steps.length).toBeGreaterThanOrEqual(MIN_PLAN_STEPS);
        expect(body.warnings.length).toBeLessThanOrEqual(1);
        for (const reason of body.reasons) expect(reason).not.toHaveProperty("points");
      }),
      { numRuns: 150 },
    );
  });

  it("any partial profile gets 200, or 422 naming the next question", async () => {
    await fc.assert(
      fc.asyncProperty(partialProfile, async (answers) => {
        const sent = await post("/api/recommendation", { answers });
        const next = nextQuestion(answers);
        if (next === null) expect(sent.status).toBe(200);
        else expect(UndecidedResponse.parse(sent.body).next).toBe(next);
      }),
      { numRuns: 150 },
    );
  });

  it.each(POST_ENDPOINTS)("%s: one answer replaced by a random string gets 400 naming it", async (endpoint) => {
    const broken = fc
      .tuple(fullProfile, fc.constantFrom(...QUESTION_IDS), fc.string({ maxLength: 40 }))
      .filter(([, q, s]) => !(OPTION_IDS[q] as readonly string[]).includes(s));
    await fc.assert(
      fc.asyncProperty(broken, async ([answers, q, value]: [Answers, QuestionId, string]) => {
        expectError(await post(endpoint, { answers: { ...answers, [q]: value } }), 400, `answers.${q}`);
      }),
      { numRuns: 150 },
    );
  });
});
