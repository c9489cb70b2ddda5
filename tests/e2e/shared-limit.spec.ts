// Several app servers behind one PostgreSQL is how OnePath grows past one machine, so a limit kept
// in each process would be no limit there. Two real app servers on one database: look-ups and
// writes sent to both count against one budget per client.
import { CreatePlanResponse } from "@/lib/api-contract";
import { startEmbeddedPostgres } from "../fixtures/embedded-postgres";
import { STACK_LINE } from "../fixtures/stack-trace";
import { personas } from "../fixtures/personas";
import { send } from "../fixtures/raw-http";
import { type AppServer, startApp } from "@/scripts/app-server";
import { expect, test } from "./fixtures";

test("two app servers on one PostgreSQL share one limit per client", async () => {
  test.setTimeout(180_000);
  const postgres = await startEmbeddedPostgres();
  const servers: AppServer[] = [];
  try {
    const settings = { DATABASE_URL: postgres.url, ONEPATH_LOOKUPS_PER_MINUTE: "12", ONEPATH_WRITES_PER_MINUTE: "4" };
    servers.push(await startApp(settings), await startApp(settings));
    const [a, b] = servers as [AppServer, AppServer];

    // Writes: 4 in all, whichever server they reach.
    const writes: number[] = [];
    let id = "";
    for (let i = 0; i < 8; i++) {
      const server = i % 2 ? b : a;
      const response = await send(server.origin, {
        method: "POST",
        path: "/api/plans",
        headers: { origin: server.origin, "content-type": "application/json" },
        body: JSON.stringify({ answers: personas[0]!.answers }),
      });
      writes.push(response.status);
      if (response.status === 201) id = CreatePlanResponse.parse(JSON.parse(response.body)).id;
    }
    expect(writes).toEqual([201, 201, 201, 201, 429, 429, 429, 429]);

    // Look-ups through both servers and every door: 12 in all, then 429 from either.
    const paths = [`/plans/${id}`, `/api/plans/${id}`, `/plans/${id}/plan.md`, `/plans/${id}/opengraph-image`];
    const lookups: string[] = [];
    for (let i = 0; i < 20; i++) {
      const server = i % 2 ? b : a;
      lookups.push(`${server === a ? "a" : "b"}${(await send(server.origin, { path: paths[i % paths.length]! })).status}`);
    }
    expect(lookups.slice(0, 12)).toEqual(Array.from({ length: 12 }, (_, i) => `${i % 2 ? "b" : "a"}200`));
    expect(lookups.slice(12)).toEqual(Array.from({ length: 8 }, (_, i) => `${i % 2 ? "b" : "a"}429`));

    // Another client (another loopback address) has a budget of its own on both servers.
    expect((await send(b.origin, { path: `/api/plans/${id}`, localAddress: "127.0.0.2" })).status).toBe(200);
    for (const server of servers) expect(server.output()).not.toMatch(STACK_LINE);
  } finally {
    for (const server of servers) await server.stop();
    await postgres.stop();
  }
});
