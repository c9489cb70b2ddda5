// Plans saved under the first and the second catalog, planted in the running server's database as
// older versions of OnePath left them: each opens exactly as saved, says the advice has been
// updated, and a re-run with its answers shows what changed.
import SQLite from "better-sqlite3";
import { schemaVersions } from "../fixtures/schema-versions";
import { savedUnderV2 } from "../fixtures/saved-under-v2";
import { expect, test } from "./fixtures";

const FIXTURE_PLAN = "fixture0001plan000000000";
const V2_PLAN = "fixturecatalogv2plan0000";

test.beforeAll(async ({ request }) => {
  // The server creates and migrates its database on the first request that needs it.
  expect((await request.get("/plans/AAAAAAAAAAAAAAAAAAAAAAAA")).status()).toBe(404);
  const file = process.env.ONEPATH_E2E_SQLITE_FILE;
  if (!file || process.env.DATABASE_URL) throw new Error("this spec plants data in the SQLite file of the e2e server");
  const db = new SQLite(file);
  db.pragma("busy_timeout = 5000");
  for (const table of ["plan_tokens", "plans"])
    db.prepare(`delete from ${table} where ${table === "plans" ? "id" : "plan_id"} = ?`).run(FIXTURE_PLAN);
  // The first version's row, in its own shape: into a temporary table of that shape (which hides
  // the real one while it exists), then across as the migrations since carried it, its edit token
  // becoming its first device's.
  const [first] = schemaVersions;
  for (const statement of first!.up) db.exec(statement.replace(/^create table/i, "create temp table"));
  for (const statement of first!.rows) db.exec(statement);
  const columns = (db.prepare("select name from pragma_table_info('plans', 'temp')").all() as { name: string }[])
    .map((c) => `"${c.name}"`)
    .filter((c) => c !== '"token_hash"')
    .join(", ");
  db.exec(`insert into main.plans (${columns}) select ${columns} from temp.plans`);
  db.exec(
    `insert into main.plan_tokens (token_hash, plan_id, kind, created_at) select token_hash, id, 'device', created_at from temp.plans`,
  );
  db.exec("drop table temp.plans");
  db.prepare("delete from plans where id = ?").run(V2_PLAN);
  db.prepare(
    `insert into plans (id, title, answers, snapshot, catalog_version, done, version, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, 2, '2026-11-30T09:00:00.000Z', '2026-12-01T09:00:00.000Z')`,
  ).run(
    V2_PLAN,
    "Saved under the second catalog",
    JSON.stringify(savedUnderV2.answers),
    JSON.stringify(savedUnderV2.snapshot),
    savedUnderV2.snapshot.catalogVersion,
    JSON.stringify({ "pick-targets": true }),
  );
  db.close();
});

test("opens exactly as saved, with a note that the advice has changed, and re-runs", async ({ page, checkA11y }) => {
  await page.goto(`/plans/${FIXTURE_PLAN}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sam's plan, saved under schema 0001");
  // The steps of the first catalog, including one that no longer exists, with its tick.
  await expect(page.getByRole("checkbox", { name: "Join 8 or more customer calls and write up what you learned" })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Ask your manager what to work on to grow into a PM role" })).toBeChecked();
  await expect(page.getByRole("checkbox")).toHaveCount(7);
  await expect(page.getByText(/advice has been updated since this plan was saved/)).toBeVisible();
  await checkA11y();

  await page.getByRole("link", { name: "Re-run it with the same answers" }).click();
  await expect(page).toHaveURL(new RegExp(`compare=${FIXTURE_PLAN}`));
  const changes = page.getByRole("region", { name: /^What changed since you saved/ });
  await expect(changes).toBeVisible();
  await expect(changes.getByText("Same route: Internal transfer.")).toBeVisible();
  await expect(changes.getByRole("heading", { name: /^New steps \(\d+\)$/ })).toBeVisible();
  await expect(changes.getByRole("listitem").filter({ hasText: "Checkpoint: is the plan working?" })).toBeVisible();
  await expect(changes.getByRole("heading", { name: /^Steps no longer in the plan \(\d+\)$/ })).toBeVisible();
  await expect(changes.getByRole("listitem").filter({ hasText: "Join 8 or more customer calls" })).toBeVisible();
  await checkA11y();
});

test("a plan saved under the second catalog shows what it said then: warning, reasons, steps and why not", async ({ page, checkA11y }) => {
  await page.goto(`/plans/${V2_PLAN}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Saved under the second catalog");
  await expect(page.getByRole("heading", { level: 2, name: "Networking" })).toBeVisible();
  const warning = savedUnderV2.snapshot.warnings![0]!;
  await expect(page.getByRole("alert", { name: "Your deadline is tight for this route" })).toContainText(warning.text);
  await expect(page.getByRole("region", { name: "Why it fits you" }).getByRole("listitem")).toHaveText(
    savedUnderV2.snapshot.reasons.map((r) => r.text),
  );
  await expect(page.getByRole("checkbox")).toHaveCount(savedUnderV2.snapshot.plan.steps.length);
  await expect(page.getByRole("checkbox", { name: savedUnderV2.snapshot.plan.steps[0]!.title })).toBeChecked();
  await expect(page.getByText("Typical time to an offer")).toBeVisible();
  await expect(page.getByText(/advice has been updated since this plan was saved/)).toBeVisible();
  await checkA11y();

  await page.getByRole("link", { name: "Re-run it with the same answers" }).click();
  await expect(page).toHaveURL(new RegExp(`compare=${V2_PLAN}`));
  await expect(page.getByRole("region", { name: /^What changed since you saved/ })).toBeVisible();
});
