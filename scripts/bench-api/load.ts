// The three loads of npm run bench:api, each run with autocannon against a base URL: viewing a plan,
// ticking one of its steps, and saving new plans. Every PATCH carries the latest version any
// connection has seen, so under 50 connections most lose the race and get 409: those are expected
// and counted apart from errors. It sets the step to the opposite of what the plan holds at that
// version (ticked at even versions), so every accepted tick is a change (one that changes nothing
// keeps the version).
import autocannon, { type RequestSpec } from "autocannon";
import { planApiPath } from "@/lib/addresses";
import { personas } from "@/tests/fixtures/personas";

export const CONNECTIONS = 50;

export type Target = { origin: string; id: string; editToken: string; step: string };
export type Load = "view" | "tick" | "save";

export type Measured = {
  rps: number;
  p50: number;
  p99: number;
  /** failed requests other than timeouts (autocannon counts timeouts among its errors) */
  errors: number;
  timeouts: number;
  /** answers outside 2xx, not counting a tick's 409 */
  non2xx: number;
  conflicts: number;
  serverErrors: number;
  ok: number;
  /** 503 answers: a render the server was too busy to admit */
  busy: number;
  statuses: string;
};

const versionIn = (status: number, body: string): number | undefined => {
  if (status === 200) return (JSON.parse(body) as { version: number }).version;
  if (status === 409) return (JSON.parse(body) as { plan?: { version: number } }).plan?.version;
  return undefined;
};

function request(load: Load, target: Target): RequestSpec {
  const headers = { origin: target.origin, "content-type": "application/json" };
  if (load === "view") return { method: "GET", path: planApiPath(target.id) };
  if (load === "save") return { method: "POST", path: "/api/plans", headers, body: JSON.stringify({ answers: personas[0]!.answers }) };
  let version = 1; // the newest any connection has seen
  return {
    method: "PATCH",
    path: planApiPath(target.id),
    headers: { ...headers, authorization: `Bearer ${target.editToken}` },
    setupRequest: (spec) => ({ ...spec, body: JSON.stringify({ version, steps: { [target.step]: version % 2 === 1 } }) }),
    onResponse: (status, body) => {
      version = Math.max(version, versionIn(status, body) ?? 0);
    },
  };
}

/** A plain GET of path, for the page loads of npm run bench:load. */
export const get = (path: string): RequestSpec => ({ method: "GET", path });

export async function measure(load: Load, target: Target, url: string, seconds: number, connections = CONNECTIONS): Promise<Measured> {
  return run(request(load, target), load === "tick", url, seconds, connections);
}

export async function run(spec: RequestSpec, tick: boolean, url: string, seconds: number, connections: number): Promise<Measured> {
  const result = await autocannon({ url, connections, duration: seconds, timeout: 10, requests: [spec] });
  const count = (status: number) => result.statusCodeStats[status]?.count ?? 0;
  const conflicts = tick ? count(409) : 0;
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors - result.timeouts,
    timeouts: result.timeouts,
    non2xx: result.non2xx - conflicts,
    conflicts,
    serverErrors: Object.entries(result.statusCodeStats).reduce((n, [status, { count }]) => n + (Number(status) >= 500 ? count : 0), 0),
    ok: count(200) + count(201),
    busy: count(503),
    statuses: Object.entries(result.statusCodeStats)
      .map(([status, { count }]) => `${status}×${count}`)
      .join(" "),
  };
}
