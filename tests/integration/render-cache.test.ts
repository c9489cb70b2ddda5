// The front door's rendered pages (server/front-door/cached-pages.ts) on a real socket, with a
// stand-in for Next that renders a saved plan's page from the real plan store, on SQLite and on
// PostgreSQL: a page asked for once is only rendered; asked for again it is kept, and served from
// then on with a policy of hashes for exactly its inline scripts; a plan changed, moved to a new link or deleted through another app server on the
// same database is never served as it was; the day and the catalog version are in every key; and
// memory stays under its budget whatever the flood of addresses.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { readEnv } from "@/server/config";
import type { Connection } from "@/server/db/connect";
import { cachedPages } from "@/server/front-door/cached-pages";
import { createFrontDoor } from "@/server/front-door/door";
import { applyCommand } from "@/server/plans/commands";
import { createPlanRepository, type PlanRepository } from "@/server/plans/repository";
import { createLimiter } from "@/server/rate-limit";
import type { NewLinkResponse } from "@/lib/api-contract";
import { blockedInlineScripts, blockedInlineStyles } from "../fixtures/csp";
import { personas } from "../fixtures/personas";
import { replyOf, saved } from "../fixtures/plans";
import { engines, migrated, type TestDatabase } from "./databases";

const MB = 1024 * 1024;
const env = readEnv({ ONEPATH_LOOKUPS_PER_MINUTE: "1000000000", ONEPATH_COMPUTED_PER_MINUTE: "1000000000" });

type Door = { origin: string; renders: () => number; pages: ReturnType<typeof cachedPages>; day: { now: Date } };
const open: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of open.splice(0)) await close();
});

/**
 * A stand-in for Next: a saved plan's page from the store (its title and version in the page and
 * in an inline script, with the nonce the door chose), a 404 for no plan, and a result page of
 * its address; each render counted.
 */
function next(repo: PlanRepository) {
  let count = 0;
  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    count++;
    const nonce = /'nonce-([^']+)'/.exec(String(request.headers["content-security-policy"]))?.[1] ?? "";
    const [, first, id] = new URL(request.url!, "http://x").pathname.split("/");
    const plan = first === "plans" ? await repo.get(id!, null, "full") : null;
    if (first === "plans" && !plan) {
      response.writeHead(404, { "Content-Type": "text/html; charset=utf-8" }).end("<html><body>Not found</body></html>");
      return;
    }
    const body = plan ? `${plan.title} (version ${plan.version})` : `result for ${request.url}`;
    const script = `self.page=${JSON.stringify(body)};self.nonce=${JSON.stringify(nonce)}`;
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "private, no-store", Vary: "rsc" });
    response.write(`<!DOCTYPE html><html><head><script nonce="${nonce}">${script}</script></head>`);
    response.end(`<body><p>${body}</p><script nonce="${nonce}">self.rendered=${count}</script></body></html>`);
  };
  return { handle, renders: () => count };
}

/** A front door on a free port, its pages kept in maxBytes, in front of the stand-in over repo. */
async function door(repo: PlanRepository, maxBytes = 8 * MB): Promise<Door> {
  const day = { now: new Date("2026-12-07T12:00:00") };
  const pages = cachedPages({ maxBytes, versions: repo, styles: ["sha256-site-css"], now: () => day.now });
  const { handle, renders } = next(repo);
  const limiter = createLimiter(env);
  const server: Server = createServer(createFrontDoor({ env, limiter, handle, pages }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  open.push(async () => {
    await new Promise((resolve) => server.close(resolve));
    await limiter.close();
  });
  return { origin: `http://127.0.0.1:${(server.address() as { port: number }).port}`, renders, pages, day };
}

async function get(door: Door, path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${door.origin}${path}`, { headers });
  const html = await response.text();
  const policy = response.headers.get("content-security-policy") ?? "";
  return { status: response.status, html, policy, nonce: /'nonce-([^']+)'/.exec(policy)?.[1] };
}

describe.each(engines)("pages kept rendered, on %s", (_, make) => {
  let database: TestDatabase;
  let connection: Connection;
  /** The repository of each of two app servers on one database, and the one the owner's commands go through. */
  let first: PlanRepository;
  let second: PlanRepository;

  beforeAll(async () => {
    database = await make();
    connection = await migrated(database);
    first = createPlanRepository(connection);
    second = createPlanRepository(await database.connect());
  });
  afterAll(async () => {
    await first.close();
    await second.close();
    await database.drop();
  });

  it("keeps a page asked for a second time and serves it from then on, without its nonce and with the hashes of exactly its inline scripts", async () => {
    const front = await door(first);
    expect((await get(front, "/result?hours=3-8&role=data")).nonce).toBeTruthy();
    // Asked for once, a page is rendered and nothing more: not kept.
    expect(front.pages.stats.pages).toBe(0);
    const rendered = await get(front, "/result?hours=3-8&role=data");
    expect(rendered.nonce).toBeTruthy();
    expect(front.renders()).toBe(2);
    const again = await get(front, "/result?hours=3-8&role=data");
    expect(front.renders()).toBe(2);
    expect(again.nonce).toBeUndefined();
    expect(again.html).toBe(rendered.html.replaceAll(` nonce="${rendered.nonce}"`, "").replaceAll(rendered.nonce!, ""));
    expect(blockedInlineScripts(again.html, again.policy)).toEqual([]);
    expect(blockedInlineStyles(again.html, again.policy)).toEqual([]);
    expect(again.policy).toContain("style-src-elem 'self' 'sha256-site-css'");
    // Another address is another page; so is the same one for a request that may render otherwise.
    await get(front, "/result?role=data&hours=3-8");
    await get(front, "/result?role=data&hours=3-8");
    for (let i = 0; i < 2; i++) {
      await get(front, "/result?hours=3-8&role=data", { rsc: "1" });
      await get(front, "/result?hours=3-8&role=data", { cookie: "a=b" });
      await get(front, "/result?hours=3-8&role=data", { authorization: "Bearer x" });
    }
    expect(front.renders()).toBe(10);
    // Gzipped for a client that takes it, the same page.
    const zipped = await fetch(`${front.origin}/result?hours=3-8&role=data`, { headers: { "accept-encoding": "gzip" } });
    expect(zipped.headers.get("content-encoding")).toBe("gzip");
    expect(await zipped.text()).toBe(again.html);
    expect(front.renders()).toBe(10);
  });

  it("never serves a plan's page as it was before a change, a new link or a delete made through another app server", async () => {
    const front = await door(first);
    const { plan, editToken } = await saved(second, personas[0]!.answers, "Before");
    const path = `/plans/${plan.id}`;
    await get(front, path);
    expect((await get(front, path)).html).toContain("Before (version 1)");
    expect((await get(front, path)).nonce).toBeUndefined();
    expect(front.renders()).toBe(2);

    replyOf(await applyCommand(second, "update", plan.id, editToken, { version: 1, title: "After" }));
    const changed = await get(front, path);
    expect(changed.html).toContain("After (version 2)");
    expect(changed.nonce).toBeTruthy();
    expect((await get(front, path)).html).toContain("After (version 2)");
    expect(front.renders()).toBe(3);
    // The older version's page is gone from memory with it.
    expect(front.pages.stats.pages).toBe(1);

    const moved = replyOf(await applyCommand(second, "new-link", plan.id, editToken, {})).body as NewLinkResponse;
    expect((await get(front, path)).status).toBe(404);
    expect((await get(front, `/plans/${moved.id}`)).html).toContain("After (version 3)");
    replyOf(await applyCommand(second, "delete", moved.id, moved.editToken, {}));
    expect((await get(front, `/plans/${moved.id}`)).status).toBe(404);
  });

  it("keys a result compared with a saved plan on that plan's version", async () => {
    const front = await door(first);
    const { plan, editToken } = await saved(second, personas[1]!.answers);
    const path = `/result?hours=3-8&compare=${plan.id}`;
    for (let i = 0; i < 3; i++) await get(front, path);
    expect(front.renders()).toBe(2);
    replyOf(await applyCommand(second, "update", plan.id, editToken, { version: 1, title: "Renamed" }));
    await get(front, path);
    await get(front, path);
    expect(front.renders()).toBe(3);
  });

  it("renders every page again on a new day", async () => {
    const front = await door(first);
    for (let i = 0; i < 3; i++) await get(front, "/wizard?hours=3-8");
    expect(front.renders()).toBe(2);
    front.day.now = new Date("2026-12-08T00:00:01");
    await get(front, "/wizard?hours=3-8");
    await get(front, "/wizard?hours=3-8");
    expect(front.renders()).toBe(3);
    expect(front.pages.stats.pages).toBe(1);
  });
});

describe("the memory pages are kept in", () => {
  /** A front door with budget bytes for its pages, over a plan store on a fresh SQLite file. */
  async function withDoor(budget: number, test: (front: Door) => Promise<void>) {
    const database = await engines[0][1]();
    const repo = createPlanRepository(await migrated(database));
    try {
      await test(await door(repo, budget));
    } finally {
      await repo.close();
      await database.drop();
    }
  }

  it("stays within its budget under a flood of addresses, and keeps what is served most recently", async () => {
    const budget = 64 * 1024;
    await withDoor(budget, async (front) => {
      await get(front, "/result?hours=under-3");
      for (let i = 0; i < 400; i++) {
        // Each address asked for twice, so that each is kept.
        await get(front, `/result?hours=3-8&n=${i}`);
        await get(front, `/result?hours=3-8&n=${i}`);
        // The page asked for again and again stays kept while the flood goes past it.
        if (i % 5 === 0) await get(front, "/result?hours=under-3");
        expect(front.pages.stats.bytes + front.pages.stats.addressBytes).toBeLessThanOrEqual(budget);
      }
      const before = front.renders();
      await get(front, "/result?hours=under-3");
      expect(front.renders()).toBe(before);
      expect(front.pages.stats.pages).toBeGreaterThan(10);
    });
  });

  it("keeps nothing for addresses asked for once, and remembers them within its share of the budget", async () => {
    const budget = 64 * 1024;
    await withDoor(budget, async (front) => {
      for (let i = 0; i < 400; i++) await get(front, `/result?hours=3-8&once=${i}`);
      expect(front.renders()).toBe(400);
      expect(front.pages.stats.pages).toBe(0);
      expect(front.pages.stats.addressBytes).toBeLessThanOrEqual(budget / 16);
      // The most recent addresses are remembered: asked for again, the page is kept.
      expect(front.pages.stats.addresses).toBeGreaterThan(10);
      await get(front, "/result?hours=3-8&once=399");
      expect(front.pages.stats.pages).toBe(1);
      // The oldest were forgotten: asked for again, a page counts as asked for the first time.
      await get(front, "/result?hours=3-8&once=0");
      expect(front.pages.stats.pages).toBe(1);
    });
  });
});
