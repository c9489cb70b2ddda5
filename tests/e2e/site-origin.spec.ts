// The site's own origin, from ONEPATH_PUBLIC_URL or else the address the server listens on, in share
// links, the preview image's URL and the same-origin check; never from the Host or X-Forwarded-Host
// a client sends. A request naming another host is refused at the front door.
import { CreatePlanResponse } from "@/lib/api-contract";
import { send } from "../fixtures/raw-http";
import { savePlan } from "@/scripts/app-server";
import { personas } from "../fixtures/personas";
import { appsPerTest } from "./app-server";
import { expect, test } from "./fixtures";

const app = appsPerTest(test);
const save = savePlan;

test("the preview image's URL is the site's own origin, whatever X-Forwarded-Host says", async () => {
  const ogImage = (html: string) => /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
  const direct = await app({});
  const { id } = CreatePlanResponse.parse(JSON.parse((await save(direct.origin)).body));
  const page = await send(direct.origin, {
    path: `/plans/${id}`,
    headers: { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" },
  });
  expect(ogImage(page.body)).toMatch(new RegExp(`^${direct.origin}/plans/${id}/opengraph-image\\?`));

  const published = await app({ ONEPATH_PUBLIC_URL: "https://plans.example.org" });
  const saved = await save(published.origin, { origin: "https://plans.example.org" });
  expect(saved.status).toBe(201);
  const created = CreatePlanResponse.parse(JSON.parse(saved.body));
  expect(created.url).toBe(`https://plans.example.org/plans/${created.id}`);
  const html = (await send(published.origin, { path: `/plans/${created.id}`, headers: { "x-forwarded-host": "evil.example" } })).body;
  expect(ogImage(html)).toMatch(new RegExp(`^https://plans\\.example\\.org/plans/${created.id}/opengraph-image\\?`));
  // The public origin is the only one writes may come from.
  expect((await save(published.origin)).status).toBe(403);
});

test("a request for another host saves nothing: the probe that once made a link to evil.example gets 421", async () => {
  const direct = await app({});
  const body = JSON.stringify({ answers: personas[0]!.answers });
  const probe = await send(direct.origin, {
    method: "POST",
    path: "/api/plans",
    headers: { host: "evil.example", origin: "http://evil.example", "content-type": "application/json" },
    body,
  });
  expect(probe.status).toBe(421);
  expect(probe.headers["x-content-type-options"]).toBe("nosniff");
  expect(probe.body).not.toContain("evil.example/plans");
  // Pages too, while the health checks answer whatever host they name.
  expect((await send(direct.origin, { path: "/", headers: { host: "evil.example" } })).status).toBe(421);
  expect((await send(direct.origin, { path: "/readyz", headers: { host: "evil.example" } })).status).toBe(200);
  // Unset, the public origin is the address the server listens on, port included.
  const saved = CreatePlanResponse.parse(JSON.parse((await save(direct.origin)).body));
  expect(saved.url).toBe(`${direct.origin}/plans/${saved.id}`);
});
