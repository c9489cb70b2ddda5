// Bad input gets a clear answer and changes nothing: a property, in-process, over every route
// handler on a real SQLite file. Random invalid requests (ids that are not plans, tokens that are
// not the plan's, bodies of every shape, foreign origins, stale versions) get a 4xx with a short
// answer, never a 5xx, never a stack trace, nothing in the error log, and never a change to the
// database. The running server gets the same, pages included, in tests/e2e/bad-input.spec.ts.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import fc from "fast-check";
import { afterAll, beforeAll, expect, it, type MockInstance, vi } from "vitest";
import { GET as catalog } from "@/app/api/catalog/route";
import { DELETE as remove, GET as read, PATCH as patch } from "@/app/api/plans/[id]/route";
import { POST as create } from "@/app/api/plans/route";
import { POST as recommendation } from "@/app/api/recommendation/route";
import { POST as wizardNext } from "@/app/api/wizard/next/route";
import { GET as planIcs } from "@/app/plans/[id]/plan.ics/route";
import { GET as planMd } from "@/app/plans/[id]/plan.md/route";
import { CheckInBody, CreatePlanBody, CreatePlanResponse, PatchPlanBody, RescheduleBody, SwitchBody } from "@/lib/api-contract";
import { anyBodyText, foreignOrigin, notAnId, notTheToken } from "../fixtures/bad-input";
import { STACK_LINE } from "../fixtures/stack-trace";
import { personas } from "../fixtures/personas";
import { ORIGIN, params, planRequest, type Call, commandRoute } from "../fixtures/plan-requests";

const newLink = commandRoute("new-link");
const checkOwner = commandRoute("owner");
const checkIn = commandRoute("check-in");
const reschedule = commandRoute("reschedule");
const switchPlan = commandRoute("switch");

const RUNS = 8000;
const dir = mkdtempSync(join(tmpdir(), "onepath-bad-input-"));
const file = join(dir, "plans.sqlite");
const holder = globalThis as unknown as { onepathPlans?: Promise<{ close(): Promise<void> }> };

type Plan = { id: string; token: string };
let plans: Plan[] = [];
let log: MockInstance<typeof console.error>;

/** Bad-input requests name their Origin themselves: none unless given. */
const request = (path: string, init: Omit<Call, "origin" | "raw"> & { body?: string; origin?: string | null } = {}) =>
  planRequest(path, { ...init, body: undefined, raw: init.body, origin: init.origin ?? null });
/** The id in the request's path (cosmetic here: handlers get it from params, as Next decodes it). */
const path = (id: string) => {
  try {
    return encodeURIComponent(id);
  } catch {
    return "not-encodable"; // a lone surrogate
  }
};

/** Every stored row, as text: equal before and after means nothing was written. */
function snapshot(): string {
  const db = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    return JSON.stringify(db.prepare("select * from plans order by id").all());
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  delete process.env.DATABASE_URL;
  process.env.ONEPATH_SQLITE_FILE = file;
  holder.onepathPlans = undefined;
  for (const persona of personas.slice(0, 3)) {
    const response = await create(
      request("/api/plans", { method: "POST", origin: ORIGIN, body: JSON.stringify({ answers: persona.answers }) }),
    );
    const { id, editToken } = CreatePlanResponse.parse(await response.json());
    plans.push({ id, token: editToken });
  }
  log = vi.spyOn(console, "error");
});
afterAll(async () => {
  log.mockRestore();
  await (await holder.onepathPlans)?.close();
  holder.onepathPlans = undefined;
  rmSync(dir, { recursive: true, force: true });
  plans = [];
});

type BodySchema = typeof CreatePlanBody | typeof PatchPlanBody | typeof RescheduleBody | typeof CheckInBody | typeof SwitchBody;
const isValid = (schema: BodySchema, text: string) => {
  try {
    return schema.safeParse(JSON.parse(text)).success;
  } catch {
    return false;
  }
};

/** One request to one route handler, invalid by construction; named for the summary. */
type Case = { route: string; send: () => Promise<Response> };

function cases(): fc.Arbitrary<Case> {
  const real = fc.constantFrom(...plans);
  const anyId = fc.oneof(
    real.map((p) => p.id),
    notAnId,
  );
  // A plan with a token that is not its own (another plan's, or none, or garbage).
  const wrongToken = real.chain((plan) => fc.tuple(fc.constant(plan.id), notTheToken(plans.filter((p) => p !== plan).map((p) => p.token))));
  const anyIdWrongToken = fc.oneof(wrongToken, fc.tuple(notAnId, notTheToken(plans.map((p) => p.token))));
  const origin = fc.oneof(fc.constant(ORIGIN), foreignOrigin);
  const type = fc.constantFrom("application/json", "application/json; charset=utf-8", "text/plain", "multipart/form-data");

  /** A change with the wrong token, origin or body; `stale` is a valid body on a version the plan is not at. */
  const changes = (
    method: "PATCH" | "DELETE" | "POST",
    target: (id: string) => string,
    handler: (request: Request, context: ReturnType<typeof params>) => Promise<Response>,
    schema?: BodySchema,
    stale?: (version: number) => object,
  ) => {
    const send = (id: string, token: string | null, o: string | null, body?: string, t?: string) => () =>
      handler(request(target(id), { method, token, origin: o, body, type: t }), params(id));
    const body = schema ? anyBodyText : fc.constant(undefined);
    return fc.oneof(
      // Not the plan's token, from anywhere, with anything.
      fc.tuple(anyIdWrongToken, origin, body, type).map(([[id, token], o, b, t]) => send(id, token, o, b, t)),
      // The right token, from a foreign origin (or none).
      fc.tuple(real, foreignOrigin, body).map(([p, o, b]) => send(p.id, p.token, o, b)),
      // The right token and origin, but a body that is not a valid change, or a stale version.
      ...(schema && stale
        ? [
            fc
              .tuple(
                real,
                anyBodyText.filter((b) => !isValid(schema, b)),
                type,
              )
              .map(([p, b, t]) => send(p.id, p.token, ORIGIN, b, t)),
            fc.tuple(real, fc.integer({ min: 2, max: 1_000_000 })).map(([p, v]) => send(p.id, p.token, ORIGIN, JSON.stringify(stale(v)))),
          ]
        : []),
    );
  };

  const named = (route: string, arbitrary: fc.Arbitrary<() => Promise<Response>>) => arbitrary.map((send): Case => ({ route, send }));
  return fc.oneof(
    named(
      "POST /api/plans",
      fc
        .tuple(anyBodyText, origin, type)
        .filter(([b, o, t]) => o !== ORIGIN || !t.startsWith("application/json") || !isValid(CreatePlanBody, b))
        .map(
          ([b, o, t]) =>
            () =>
              create(request("/api/plans", { method: "POST", body: b, origin: o, type: t })),
        ),
    ),
    named(
      "GET /api/plans/<id>",
      fc.tuple(anyId, notTheToken([])).map(
        ([id, token]) =>
          () =>
            read(request(`/api/plans/${path(id)}`, { token }), params(id)),
      ),
    ),
    named(
      "PATCH /api/plans/<id>",
      changes(
        "PATCH",
        (id) => `/api/plans/${path(id)}`,
        patch,
        PatchPlanBody,
        (version) => ({ version, title: "Stale" }),
      ),
    ),
    named(
      "DELETE /api/plans/<id>",
      changes("DELETE", (id) => `/api/plans/${path(id)}`, remove),
    ),
    named(
      "POST /api/plans/<id>/new-link",
      changes("POST", (id) => `/api/plans/${path(id)}/new-link`, newLink),
    ),
    named(
      "POST /api/plans/<id>/owner",
      changes("POST", (id) => `/api/plans/${path(id)}/owner`, checkOwner),
    ),
    // The living plan's actions: each takes a version, and a body a stale version would carry.
    ...(
      [
        ["reschedule", reschedule, RescheduleBody, (version: number) => ({ version })],
        ["check-in", checkIn, CheckInBody, (version: number) => ({ version, answers: [true, true] })],
        ["switch", switchPlan, SwitchBody, (version: number) => ({ version })],
      ] as const
    ).map(([action, handle, body, stale]) =>
      named(
        `POST /api/plans/<id>/${action}`,
        changes("POST", (id) => `/api/plans/${path(id)}/${action}`, handle, body, stale),
      ),
    ),
    named(
      "GET /plans/<id>/plan.md",
      anyId.map((id) => () => planMd(request(`/plans/${path(id)}/plan.md`), params(id))),
    ),
    named(
      "GET /plans/<id>/plan.ics",
      anyId.map((id) => () => planIcs(request(`/plans/${path(id)}/plan.ics`), params(id))),
    ),
    ...(
      [
        ["/api/recommendation", recommendation],
        ["/api/wizard/next", wizardNext],
      ] as const
    ).map(([address, handle]) =>
      named(
        `POST ${address}`,
        fc.tuple(anyBodyText, type).map(
          ([b, t]) =>
            () =>
              handle(request(address, { method: "POST", body: b, type: t })),
        ),
      ),
    ),
    named(
      "GET /api/catalog",
      fc.constant(() => Promise.resolve(catalog())),
    ),
  );
}

it(`${RUNS} invalid requests across every route handler: 4xx, no stack, no log, no write`, async () => {
  const before = snapshot();
  const tried = new Map<string, number>();
  await fc.assert(
    fc.asyncProperty(cases(), async ({ route, send }) => {
      tried.set(route, (tried.get(route) ?? 0) + 1);
      const response = await send();
      expect(response.status, route).toBeLessThan(500);
      expect([201, 204], route).not.toContain(response.status); // a save or a delete: a write
      const text = await response.text();
      expect(text, route).not.toMatch(STACK_LINE);
      expect(text, route).not.toMatch(/node_modules|\.next\/server|Error:/);
      if (response.headers.get("content-type")?.startsWith("application/json") && response.status >= 400) {
        // { error }, plus the current plan with a 409 or the next question with a 422.
        const body = JSON.parse(text) as Record<string, unknown>;
        expect(typeof body.error, route).toBe("string");
        expect(
          Object.keys(body).filter((key) => !["error", "plan", "next"].includes(key)),
          route,
        ).toEqual([]);
      }
      expect(log, route).not.toHaveBeenCalled();
      expect(snapshot(), route).toBe(before);
    }),
    { numRuns: RUNS },
  );
  expect([...tried.keys()].sort()).toHaveLength(14);
  console.info(`bad input, in-process: ${RUNS} cases; ${[...tried].map(([route, n]) => `${route} ${n}`).join(", ")}`);
});
