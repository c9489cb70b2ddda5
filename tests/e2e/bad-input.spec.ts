// Bad input gets a clear answer and changes nothing: a property against the running app (front
// door, pages and route handlers together). Random invalid requests to every page and route
// with a parameter, by any method, with malformed percent-encodings, Next's own router headers,
// foreign origins and tokens that are not the plan's: every answer is below 500 and carries the
// security headers, no answer and no log line holds a stack trace, and the database is exactly as
// it was.
import { readdirSync } from "node:fs";
import { sep } from "node:path";
import SQLite from "better-sqlite3";
import fc from "fast-check";
import { CreatePlanBody, CreatePlanResponse } from "@/lib/api-contract";
import { COMMAND_NAMES } from "@/lib/plan-commands";
import { MAX_PER_MINUTE } from "@/server/config";
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

/** A path segment: a percent-encoded id (another plan's, never the owner's), or one with a broken escape in it. */
const segment = (ids: string[]) =>
  fc.oneof(
    {
      weight: 4,
      arbitrary: fc.oneof(notAnId, fc.constantFrom(...ids)).map((id) => {
        try {
          return encodeURIComponent(id);
        } catch {
          return "%ED%A0%80"; // a lone surrogate, as a browser would escape its UTF-8 bytes
        }
      }),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.string({ maxLength: 8 }).map((s) => s.replace(/[^A-Za-z0-9_-]/g, "")),
          fc.constantFrom(...BROKEN_ESCAPES),
        )
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

/** Every page and route with a parameter, each named as the summary counts it, with its addresses. */
const doors = (seg: fc.Arbitrary<string>): [string, fc.Arbitrary<string>][] => [
  ["/plans/<id>", seg.map((s) => `/plans/${s}`)],
  ["/plans/<id>/plan.md", seg.map((s) => `/plans/${s}/plan.md`)],
  ["/plans/<id>/plan.ics", seg.map((s) => `/plans/${s}/plan.ics`)],
  ["/plans/<id>/opengraph-image", seg.map((s) => `/plans/${s}/opengraph-image`)],
  ["/api/plans/<id>", seg.map((s) => `/api/plans/${s}`)],
  // An owner command's door, named by the table or by anything else.
  ["/api/plans/<id>/[command]", fc.tuple(seg, fc.oneof(fc.constantFrom(...COMMAND_NAMES), seg)).map(([s, c]) => `/api/plans/${s}/${c}`)],
  ["/api/plans/<id>/devices", seg.map((s) => `/api/plans/${s}/devices`)],
  ["/api/plans", fc.constant("/api/plans")],
  ["/api/recommendation", fc.constant("/api/recommendation")],
  ["/api/wizard/next", fc.constant("/api/wizard/next")],
  ["/api/catalog", anyQuery.map((q) => `/api/catalog?${q}`)],
  ["/result", anyQuery.map((q) => `/result?${q}`)],
  ["/result?compare", fc.tuple(anyQuery, seg).map(([q, s]) => `/result?${q}&compare=${s}`)],
  ["/wizard", anyQuery.map((q) => `/wizard?${q}`)],
  ["/plans", anyQuery.map((q) => `/plans?${q}`)],
  ["/api/<anything>", seg.map((s) => `/api/${s}`)],
  ["/_next/static/<anything>", seg.map((s) => `/_next/static/${s}`)],
  ["/favicon.ico", fc.constant("/favicon.ico")],
  [
    "/_next/image",
    fc
      .tuple(seg, fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }))
      .map(
        ([s, w, q]) =>
          `/_next/image?url=${encodeURIComponent(`/plans/${decodeURIComponentSafe(s)}/opengraph-image`)}&w=${encodeURIComponent(w)}&q=${encodeURIComponent(q)}`,
      ),
  ],
];

function requests(origin: string, ids: string[], otherToken: string): fc.Arbitrary<Counted> {
  const seg = segment(ids);
  const path = fc.oneof(...doors(seg).map(([route, target]) => target.map((t): [string, string] => [route, t])));
  // Ordinary headers, and now and then the ones only Next's client code sends.
  const ordinary = fc.record(
    {
      origin: fc.oneof(
        fc.constant(origin),
        foreignOrigin.map((o) => o ?? ""),
      ),
      authorization: notTheToken([otherToken]).map((t) => `Bearer ${t ?? ""}`),
      "content-type": fc.constantFrom(
        "application/json",
        "text/plain",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
      ),
      accept: fc.constantFrom("text/html", "text/x-component", "*/*", "image/webp"),
      "x-forwarded-host": fc.constantFrom("evil.example", "", "a".repeat(300)),
    },
    { requiredKeys: [] },
  );
  const nextOnly = fc.record(
    {
      rsc: fc.constant("1"),
      "next-router-prefetch": fc.constant("1"),
      "next-router-state-tree": fc.oneof(
        fc.string({ maxLength: 30 }).map(encodeURIComponentSafe),
        fc.constantFrom("%5B%5D", "[", "%5B%22%22%2C%7B%7D%5D"),
      ),
      purpose: fc.constant("prefetch"),
      "next-action": fc.string({ maxLength: 12 }).map((s) => s.replace(/[^\x21-\x7e]/g, "")),
    },
    { requiredKeys: [] },
  );
  const headers = fc
    .tuple(ordinary, fc.oneof({ weight: 5, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: nextOnly }))
    .map(([a, b]): Record<string, string> => ({ ...a, ...b }));
  return (
    fc
      .tuple(path, METHOD, headers, fc.option(anyBodyText, { nil: undefined }))
      .map(([[route, target], method, h, body]): Counted => ({
        route,
        path: target,
        method,
        headers: h,
        body: method === "GET" || method === "HEAD" ? undefined : body,
      }))
      // A same-origin JSON body that saves a plan would be a valid request: never sent here.
      .filter(
        (r) =>
          !(
            r.route === "/api/plans" &&
            r.method === "POST" &&
            r.headers?.origin === origin &&
            r.headers["content-type"] === "application/json" &&
            isValidCreate(r.body)
          ),
      )
  );
}

/**
 * Every route handler in app/, and every page or image with a parameter in its path, as a door's
 * name: app/plans/[id]/plan.md/route.ts is "/plans/<id>/plan.md", app/api/[...path] "/api/<anything>".
 */
function appDoors(): string[] {
  const files = readdirSync("app", { recursive: true, encoding: "utf8" }).map((f) => f.split(sep).join("/"));
  return files
    .filter((f) => /(^|\/)route\.ts$/.test(f) || (/\[/.test(f) && /(^|\/)(page|opengraph-image)\.tsx$/.test(f)))
    .map((f) =>
      `/${f}`
        .replace(/\/(route\.ts|page\.tsx)$/, "")
        .replace(/\.tsx$/, "")
        .replace("[...path]", "<anything>")
        .replace("[id]", "<id>"),
    );
}

test("the doors below are every route handler, and every page with a parameter, the app has", () => {
  const named = doors(fc.constant("")).map(([route]) => route);
  expect(appDoors().filter((door) => !named.includes(door))).toEqual([]);
});

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
  // As good as no limit: every case must reach the app, not the front door's 429.
  const unlimited = String(MAX_PER_MINUTE);
  server = await startApp({
    ONEPATH_LOOKUPS_PER_MINUTE: unlimited,
    ONEPATH_WRITES_PER_MINUTE: unlimited,
    ONEPATH_COMPUTED_PER_MINUTE: unlimited,
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
    fc.asyncProperty(
      requests(
        server.origin,
        others.map((p) => p.id),
        owner.editToken,
      ),
      async (request) => {
        tried.set(request.route, (tried.get(request.route) ?? 0) + 1);
        const response = await send(server.origin, request);
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        // Plain checks, not expect(): they run for each of the RUNS cases and must stay cheap.
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
      },
    ),
    { numRuns: RUNS },
  );

  expect(snapshot(server.sqliteFile!)).toBe(before);
  const log = server.output().slice(startLog.length);
  expect(log).not.toMatch(STACK_LINE);
  expect(log).toBe("");
  // Every door was tried (fast-check picks among them evenly: about RUNS / their number each).
  expect([...tried.keys()].sort()).toEqual(
    doors(fc.constant(""))
      .map(([route]) => route)
      .sort(),
  );
  console.info(
    `bad input, running server: ${RUNS} cases; ${[...tried].map(([route, n]) => `${route} ${n}`).join(", ")}; ` +
      `statuses ${[...statuses]
        .sort(([a], [b]) => a - b)
        .map(([s, n]) => `${s}×${n}`)
        .join(" ")}`,
  );
});
