// Every page, used with JavaScript on, logs no error and breaks no rule of its
// Content-Security-Policy (an eval probe, an inline script without its nonce or hash, a hydration
// mismatch would all show here).
import { getOption } from "@/data/catalog";
import { answersToSearch } from "@/lib/answers-url";
import { CreatePlanResponse } from "@/lib/api-contract";
import { personas } from "../fixtures/personas";
import { expect, hydrated, option, test, watch, wizardScripted } from "./fixtures";

test("no console error or CSP violation on any page", async ({ page, request, baseURL }) => {
  const problems = await watch(page);
  const saved = await request.post("/api/plans", { data: { answers: personas[3]!.answers }, headers: { origin: baseURL! } });
  const { id } = CreatePlanResponse.parse(await saved.json());
  const pages = [
    "/",
    "/routes",
    "/ladder",
    "/plans",
    "/wizard",
    `/wizard?${answersToSearch({ employer: "no-pm-team" })}`,
    `/result?${answersToSearch(personas[6]!.answers)}`,
    `/plans/${id}`,
    "/no-such-page",
  ];
  for (const path of pages) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
    // The page's scripts have run: hydration and its effects, the wizard's first save.
    await hydrated(page);
    expect(await problems(), path).toEqual([]);
  }
  // And while using the wizard: a parse of saved state, a step, the live narrowing.
  await page.goto("/wizard?restart=1");
  await option(page, getOption("employer", "no-pm-team").label).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("Question 2 ")).toBeVisible();
  await page.reload();
  await expect(page.getByText("Question 2 ")).toBeVisible();
  await hydrated(page);
  expect(await problems()).toEqual([]);
});

test("the wizard's script takes over the server's markup without moving anything", async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { shift: number }).shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
        if (!entry.hadRecentInput) (window as unknown as { shift: number }).shift += entry.value;
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.goto("/wizard");
  await expect(page.getByText("Question 1 ")).toBeVisible();
  // The form becomes the script's (it now checks its own input) with nothing moved on screen.
  await wizardScripted(page);
  await hydrated(page);
  expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBe(0);
});

test("opening a plan from its edit link and showing the QR code: no console error or CSP violation", async ({ page, request, baseURL }) => {
  const problems = await watch(page);
  const saved = await request.post("/api/plans", { data: { answers: personas[3]!.answers }, headers: { origin: baseURL! } });
  const { url, editToken } = CreatePlanResponse.parse(await saved.json());
  await page.goto(`${url}#edit=${editToken}`);
  await expect(page.getByRole("heading", { name: "This plan is yours" })).toBeVisible();
  await page.getByRole("button", { name: "Private edit link" }).click();
  // The QR code's package arrives as a chunk of its own, on demand.
  await expect(page.getByRole("img", { name: "QR code of your private edit link" })).toBeVisible();
  expect(await problems()).toEqual([]);
});
