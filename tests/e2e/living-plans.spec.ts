// A plan that lives, in a real browser. Time is set, never waited for: plans are saved through the
// API with an earlier start date, as if saved weeks ago, and this browser is given the edit token
// the saving browser would keep.
import type { APIRequestContext, Page } from "@playwright/test";
import { checkInQuestions } from "@/lib/switch";
import { CreatePlanResponse, SavedPlan } from "@/lib/api-contract";
import { addDays, formatDate, today } from "@/lib/dates";
import { PLAN_STORE_KEY } from "@/browser/plan-store";
import { personas } from "../fixtures/personas";
import { expect, test } from "./fixtures";

const seller = personas[3]!; // networking, switching to the transferable resume

/** Saves a plan that started `weeksAgo` weeks ago, owned by this page's browser. */
async function ownPlan(page: Page, request: APIRequestContext, baseURL: string, weeksAgo: number, answers = seller.answers) {
  const saved = await request.post("/api/plans", {
    data: { answers, startDate: addDays(today(), -7 * weeksAgo) },
    headers: { origin: baseURL },
  });
  const plan = CreatePlanResponse.parse(await saved.json());
  await page.addInitScript(
    ([key, entry]) => {
      if (!localStorage.getItem(key)) localStorage.setItem(key, JSON.stringify([entry]));
    },
    [
      PLAN_STORE_KEY,
      { id: plan.id, editToken: plan.editToken, title: plan.title, routeName: "Networking", savedAt: new Date().toISOString() },
    ] as const,
  );
  return plan;
}
const planOf = async (request: APIRequestContext, id: string) => SavedPlan.parse(await (await request.get(`/api/plans/${id}`)).json());

test("a plan 10 weeks behind moves from today with the mouse, and says what moved", async ({ page, request, baseURL, checkA11y }) => {
  const plan = await ownPlan(page, request, baseURL!, 10);
  await page.goto(`/plans/${plan.id}`);
  const behind = page.getByRole("region", { name: "Your plan has fallen behind" });
  await expect(behind).toContainText(/About 10 weeks behind: \d+ steps are past their end date/);
  await checkA11y();
  await behind.getByRole("button", { name: "Move the remaining steps from today" }).click();
  const moved = page.getByRole("region", { name: "Your plan starts again from today" });
  await expect(moved.getByText(/^Moved \d+ steps\./)).toBeVisible();
  // The steps on the page now run from today, and the plan remembers the move.
  const first = (await planOf(request, plan.id)).schedule!.steps[0]!;
  expect(first.dates.start).toBe(today());
  await expect(page.getByText(`${formatDate(today())} to`, { exact: false }).first()).toBeVisible();
  await expect(page.getByRole("region", { name: "How this plan has moved" })).toContainText(/moved the remaining steps 10 weeks later/);
  await checkA11y();
});

test("the page keeps its name while it renders again after a move", async ({ page, request, baseURL }) => {
  const plan = await ownPlan(page, request, baseURL!, 10);
  // Every change to the document, from the start: was there a <title> with text at that moment?
  await page.addInitScript(() => {
    const seen: boolean[] = [];
    (window as unknown as { titled: boolean[] }).titled = seen;
    new MutationObserver(() => seen.push(document.title !== "")).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.goto(`/plans/${plan.id}`);
  await expect(page).toHaveTitle(`${plan.title} · OnePath`);
  const before = await page.evaluate(() => (window as unknown as { titled: boolean[] }).titled.length);
  await page.getByRole("button", { name: "Move the remaining steps from today" }).click();
  await expect(page.getByRole("region", { name: "How this plan has moved" })).toContainText(/moved the remaining steps/);
  await expect(page).toHaveTitle(`${plan.title} · OnePath`);
  const after = await page.evaluate((from) => (window as unknown as { titled: boolean[] }).titled.slice(from), before);
  expect(after.length).toBeGreaterThan(0);
  expect(after.filter((titled) => !titled)).toEqual([]);
});

test("the same, by keyboard alone, at other hours a week", async ({ page, request, baseURL }) => {
  const plan = await ownPlan(page, request, baseURL!, 10);
  await page.goto(`/plans/${plan.id}`);
  const behind = page.getByRole("region", { name: "Your plan has fallen behind" });
  await expect(behind).toBeVisible();
  // Into the hours: focus the selected option, move to "8 to 15 hours" with the arrow keys.
  await behind.getByRole("radio", { name: "3 to 8 hours" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(behind.getByRole("radio", { name: "8 to 15 hours" })).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(behind.getByRole("button", { name: "Move the remaining steps from today" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText(/^Moved \d+ steps\./)).toBeVisible();
  const saved = await planOf(request, plan.id);
  expect(saved.reschedules).toEqual([{ on: today(), weeksMoved: expect.any(Number), pace: 0.8 }]);
});

test("at its checkpoint a plan checks in, not working, and switches; both plans show the switch", async ({
  page,
  request,
  baseURL,
  checkA11y,
}) => {
  const plan = await ownPlan(page, request, baseURL!, 9);
  const target = (await planOf(request, plan.id)).snapshot.switchTo!;
  await page.goto(`/plans/${plan.id}`);
  const checkpoint = page.getByRole("region", { name: "Checkpoint: is it working?" });
  await expect(checkpoint).toBeVisible();
  const questions = checkInQuestions(seller.route);
  await checkpoint.getByRole("group", { name: questions[0] }).getByRole("radio", { name: "Yes" }).check();
  await checkpoint.getByRole("group", { name: questions[1] }).getByRole("radio", { name: "No" }).check();
  await checkA11y();
  await checkpoint.getByRole("button", { name: "Record my check-in" }).click();
  await expect(checkpoint.getByText(`Checked in on ${formatDate(today())}: not working yet.`)).toBeVisible();
  await expect(checkpoint.getByRole("heading", { name: `Switch to ${target.name}: its plan, from today` })).toBeVisible();
  await checkA11y();

  await checkpoint.getByRole("button", { name: `Switch to ${target.name}` }).click();
  await expect(page).not.toHaveURL(new RegExp(plan.id));
  await expect(page.getByRole("heading", { level: 2, name: target.name, exact: true })).toBeVisible();
  await expect(page.getByText(`Switched from Networking on ${formatDate(today())}.`)).toBeVisible();
  // This browser owns the new plan, and can go back to the old one, which shows where it went.
  await expect(page.getByRole("heading", { name: "This plan is yours" })).toBeVisible();
  await page.getByRole("link", { name: "Open that plan" }).click();
  await expect(page).toHaveURL(new RegExp(plan.id));
  await expect(page.getByRole("heading", { name: `You switched to ${target.name} on ${formatDate(today())}.` })).toBeVisible();
  await expect(page.getByRole("link", { name: `Open your ${target.name} plan` })).toBeVisible();
  // Still 9 weeks behind, but closed: nothing offers to move it.
  await expect(page.getByRole("heading", { name: "This plan is yours" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Your plan has fallen behind" })).toHaveCount(0);
});

test("before the checkpoint's week the page shows its date and offers no switch", async ({ page, request, baseURL }) => {
  const plan = await ownPlan(page, request, baseURL!, 1);
  const checkpoint = (await planOf(request, plan.id)).snapshot.plan.steps.find((s) => s.id === "checkpoint")!;
  await page.goto(`/plans/${plan.id}`);
  await expect(page.getByRole("heading", { name: `Your checkpoint: ${formatDate(checkpoint.dates.start)}` })).toBeVisible();
  await expect(page.getByText("the choice stays closed until that week")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Switch to/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Record my check-in" })).toHaveCount(0);
});

test("a shared view shows the current dates and what happened, without JavaScript", async ({ browser, request, baseURL }) => {
  const owner = await browser.newPage();
  const plan = await ownPlan(owner, request, baseURL!, 10);
  await owner.goto(`/plans/${plan.id}`);
  await owner.getByRole("button", { name: "Move the remaining steps from today" }).click();
  await expect(owner.getByText(/^Moved \d+ steps\./)).toBeVisible();
  await owner.close();

  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/plans/${plan.id}`);
  await expect(page.getByRole("region", { name: "How this plan has moved" })).toContainText(
    `${formatDate(today())}: moved the remaining steps`,
  );
  const first = (await planOf(request, plan.id)).schedule!.steps[0]!;
  await expect(page.getByText(formatDate(first.dates.start), { exact: false }).first()).toBeVisible();
  // Playwright's text matching skips what is inside <noscript>, so the note is read from its markup.
  expect(await page.locator("noscript").innerHTML()).toContain("need JavaScript here");
  await expect(page.getByRole("button", { name: "Move the remaining steps from today" })).toHaveCount(0);
  await context.close();
});

for (const scheme of ["light", "dark"] as const) {
  test(`axe finds nothing on the checkpoint and the move, ${scheme}, at phone width`, async ({ page, request, baseURL, checkA11y }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.emulateMedia({ colorScheme: scheme });
    const behind = await ownPlan(page, request, baseURL!, 10);
    await page.goto(`/plans/${behind.id}`);
    await expect(page.getByRole("region", { name: "Your plan has fallen behind" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Checkpoint: is it working?" })).toBeVisible();
    await checkA11y();
  });
}
