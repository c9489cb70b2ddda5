// Bad input gets a clear answer and changes nothing: a property against the running app (front
// door, proxy, pages and route handlers together). Random invalid requests to every page and route
// with a parameter, by any method, with malformed percent-encodings, Next's own router headers,
// foreign origins and tokens that are not the plan's: every answer is below 500 and carries the
// security headers, no answer and no log line holds a stack trace, and the database is exactly as
// it was.
import SQLite from "better-sqlite3";
import fc from "fast-check";
import { CreatePlanBody, CreatePlanResponse } from "@/lib/api-contract";
import { anyBodyText, anyQuery, foreignOrigin, notAnId, notTheToken } from "../fixtures/bad-input";
import { personas } from "../fixtures/personas";
import { type RawRequest, send } from "../fixtures/raw-http";
import { strictnessProblem } from "../fixtures/csp";
import { STACK_LINE } from "../fixtures/stack-trace";
import { type AppServer, startApp } from "@/scripts/app-server";
import { expect, test } from "./fixtures";

const RUNS = 6000;

const METHOD = fc.oneof(
  { weight: 8, arbitrary: fc.constant("GET") },
  { weight: 5, arbitrary: fc.constantFrom("POST", "PATCH", "DELETE", "PUT") },
  { weight: 1, arbitrary: fc.constantFrom("HEAD", "OPTIONS", "TRACE", "PROPFIND", "MKCOL", "PURGE", "SEARCH") },
);
const BROKEN_ESCAPES = ["%ff", "%E0%A4%A", "%", "%zz", "%C0%AF", "%ED%A0%80", "%00", "%2F..%2F"];

/** A path segment: a percent-encoded id (never plan A's), or one with a broken escape in it. */
const segment = (ids: string[]) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.oneof(notAnId, fc.constantFrom(...ids)).map((id) => {
      try {
        return encodeURIComponent(id);
      } catch {
        return "%ED%A0%80"; // a lone surrogate, as a browser would escape its UTF-8 bytes
      }
    }) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.string({ maxLength: 8 }).map((s) => s.replace(/[^A-Za-z0-9_-]/g, "")), fc.constantFrom(...BROKEN_ESCAPES))
        .map(([a, b]) => a + b),
    },
  );

const isValidCreate = (text: string | undefined) => {
  try {
    return text !== undefined && CreatePlanBody.safeParse(JSON.parse(text)).success;
  } catch {
    return false;
  }
};

type Counted = RawRequest & { route: string };

function requests(origin: string, ids: string[], otherToken: string): fc.Arbitrary<Counted> {
  const seg = segment(ids);
  const path = fc.oneof<fc.Arbitrary<[string, string]>[]>(
    seg.map((s) => ["/plans/<id>", `/plans/${s}`]),
    seg.map((s) => ["/plans/<id>/plan.md", `/plans/${s}/plan.md`]),
    seg.map((s) => ["/plans/<id>/plan.ics", `/plans/${s}/plan.ics`]),
    seg.map((s) => ["/plans/<id>/opengraph-image", `/plans/${s}/opengraph-image`]),
    seg.map((s) => ["/api/plans/<id>", `/api/plans/${s}`]),
    seg.map((s) => ["/api/plans/<id>/new-link", `/api/plans/${s}/new-link`]),
    seg.map((s) => ["/api/plans/<id>/owner", `/api/plans/${s}/owner`]),
    fc.constant<[string, string]>(["/api/plans", "/api/plans"]),
    fc.constant<[string, string]>(["/api/recommendation", "/api/recommendation"]),
    fc.constant<[string, string]>(["/api/wizard/next", "/api/wizard/next"]),
    anyQuery.map((q) => ["/api/catalog", `/api/catalog?${q}`]),
    anyQuery.map((q) => ["/result", `/result?${q}`]),
    fc.tuple(anyQuery, seg).map(([q, s]) => ["/result?compare", `/result?${q}&compare=${s}`]),
    anyQuery.map((q) => ["/wizard", `/wizard?${q}`]),
    anyQuery.map((q) => ["/plans", `/plans?${q}`]),
    seg.map((s) => ["/api/<anything>", `/api/${s}`]),
    seg.map((s) => ["/_next/static/<anything>", `/_next/static/${s}`]),
    fc.constant<[string, string]>(["/favicon.ico", "/favicon.ico"]),
    fc.tuple(seg, fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 })).map(([s, w, q]) => [
      "/_next/image",
      `/_next/image?url=${encodeURIComponent(`/plans/${decodeURIComponentSafe(s)}/opengraph-image`)}&w=${encodeURIComponent(w)}&q=${encodeURIComponent(q)}`,
    ]),
  );
  // Ordinary headers, and now and then the ones only Next's client code sends.
  const ordinary = fc.record(
    {
      origin: fc.oneof(fc.constant(origin), foreignOrigin.map((o) => o ?? "")),
      authorization: notTheToken([otherToken]).map((t) => `Bearer ${t ?? ""}`),
      "content-type": fc.constantFrom("application/json", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"),
      accept: fc.constantFrom("text/html", "text/x-component", "*/*", "image/webp"),
      "x-forwarded-host": fc.constantFrom("evil.example", "", "a".repeat(300)),
    },
    { requiredKeys: [] },
  );
  const nextOnly = fc.record(
    {
      rsc: fc.constant("1"),
      "next-router-prefetch": fc.constant("1"),
      "next-router-state-tree": fc.oneof(fc.string({ maxLength: 30 }).map(encodeURIComponentSafe), fc.constantFrom("%5B%5D", "[", "%5B%22%22%2C%7B%7D%5D")),
      purpose: fc.constant("prefetch"),
      "next-action": fc.string({ maxLength: 12 }).map((s) => s.replace(/[^\x21-\x7e]/g, "")),
    },
    { requiredKeys: [] },
  );
  const headers = fc
    .tuple(ordinary, fc.oneof({ weight: 5, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: nextOnly }))
    .map(([a, b]): Record<string, string> => ({ ...a, ...b }));
  return fc
    .tuple(path, METHOD, headers, fc.option(anyBodyText, { nil: undefined }))
    .map(([[route, target], method, h, body]): Counted => ({ route, path: target, method, headers: h, body: method === "GET" || method === "HEAD" ? undefined : body }))
    // A same-origin JSON body that saves a plan would be a valid request: never sent here.
    .filter((r) => !(r.route === "/api/plans" && r.method === "POST" && r.headers?.origin === origin && r.headers["content-type"] === "application/json" && isValidCreate(r.body)));
}

function decodeURIComponentSafe(text: string) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
function encodeURIComponentSafe(text: string) {
  try {
    return encodeURIComponent(text);
  } catch {
    return "%ff";
  }
}

function snapshot(file: string): string {
  const db = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    return JSON.stringify(db.prepare("select * from plans order by id").all());
  } finally {
    db.close();
  }
}

let server: AppServer;
test.afterAll(async () => server?.stop());

test(`${RUNS} invalid requests to every page and route with a parameter: no 5xx, no stack trace, no write`, async () => {
  test.setTimeout(900_000);
  server = await startApp({
    ONEPATH_LOOKUPS_PER_MINUTE: "1000000000",
    ONEPATH_WRITES_PER_MINUTE: "1000000000",
    ONEPATH_COMPUTED_PER_MINUTE: "1000000000",
  });
  const saved: { id: string; editToken: string }[] = [];
  for (const persona of personas.slice(0, 3)) {
    const response = await send(server.origin, {
      method: "POST",
      path: "/api/plans",
      headers: { origin: server.origin, "content-type": "application/json" },
      body: JSON.stringify({ answers: persona.answers }),
    });
    saved.push(CreatePlanResponse.parse(JSON.parse(response.body)));
  }
  const [owner, ...others] = saved as [(typeof saved)[number], ...typeof saved];
  const before = snapshot(server.sqliteFile!);
  const startLog = server.output();

  const tried = new Map<string, number>();
  const statuses = new Map<number, number>();
  await fc.assert(
    fc.asyncProperty(requests(server.origin, others.map((p) => p.id), owner.editToken), async (request) => {
      tried.set(request.route, (tried.get(request.route) ?? 0) + 1);
      const response = await send(server.origin, request);
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      // Plain checks, not expect(): they run 4,000 times and must stay cheap.
      const fail = (problem: string) => {
        throw new Error(`${request.method} ${request.path}: ${problem} (status ${response.status})`);
      };
      if (response.status < 200 || response.status >= 500) fail("not a 2xx-4xx answer");
      // 201 is a saved plan, 204 a deleted one (or Next's own answer to OPTIONS, which writes nothing).
      if (response.status === 201 || (response.status === 204 && request.method !== "OPTIONS")) fail("a write");
      if (response.headers["x-content-type-options"] !== "nosniff") fail("no security headers");
      const html = String(response.headers["content-type"]).startsWith("text/html");
      if (html) {
        const problem = strictnessProblem(response.headers["content-security-policy"] as string | undefined);
        if (problem) fail(`HTML with a weak CSP: ${problem}`);
      }
      if (STACK_LINE.test(response.body)) fail("a stack trace in the answer");
    }),
    { numRuns: RUNS },
  );

  expect(snapshot(server.sqliteFile!)).toBe(before);
  const log = server.output().slice(startLog.length);
  expect(log).not.toMatch(STACK_LINE);
  expect(log).toBe("");
  expect(tried.size).toBe(19);
  console.info(
    `bad input, running server: ${RUNS} cases; ${[...tried].map(([route, n]) => `${route} ${n}`).join(", ")}; ` +
      `statuses ${[...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(" ")}`,
  );
});
