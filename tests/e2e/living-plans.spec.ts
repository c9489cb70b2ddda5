// A plan that lives, in a real browser. Time is set, never waited for: plans are saved through the
// API with an earlier start date, as if saved weeks ago, and this browser is given the edit token
// the saving browser would keep.
import type { APIRequestContext, Page } from "@playwright/test";
import type { Answers } from "@/data/answers";
import { copy } from "@/data/copy";
import { getRoute } from "@/data/routes";
import { checkInQuestions } from "@/lib/switch";
import { currentPlan, lateness } from "@/lib/living-plan";
import { CreatePlanResponse, SavedPlan } from "@/lib/api-contract";
import { addDays, formatDate, today } from "@/lib/dates";
import { PLAN_STORE_KEY } from "@/browser/plan-store";
import { personas } from "../fixtures/personas";
import { askedAnswers, decidedResult } from "../fixtures/results";
import { expect, test } from "./fixtures";

const seller = personas[3]!; // networking, switching to the transferable resume

/** Saves a plan that started `weeksAgo` weeks ago, owned by this page's browser. */
async function ownPlan(page: Page, request: APIRequestContext, baseURL: string, weeksAgo: number, answers: Answers = seller.answers) {
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
/** The plan as anyone with its link reads it, or as its owner does (with the answers) given its edit token. */
const planOf = async (request: APIRequestContext, id: string, editToken?: string) =>
  SavedPlan.parse(
    await (await request.get(`/api/plans/${id}`, { headers: editToken ? { authorization: `Bearer ${editToken}` } : {} })).json(),
  );

/** How late the plan says it is: from the end of its earliest late step, not from its start. */
async function lateOf(request: APIRequestContext, id: string) {
  const saved = await planOf(request, id);
  return lateness(currentPlan(saved), saved.done, today())!;
}

/** Asks to see the new dates, and the preview that answers (focused, nothing written yet). */
async function previewMove(page: Page, request: APIRequestContext, id: string) {
  const behind = page.getByRole("region", { name: "Your plan has fallen behind" });
  await behind.getByRole("button", { name: "See the new dates" }).click();
  const preview = behind.getByRole("region", { name: "If you move the remaining steps from today" });
  await expect(preview.getByRole("heading", { name: "If you move the remaining steps from today" })).toBeFocused();
  expect((await planOf(request, id)).reschedules).toEqual([]);
  return preview;
}

test("a plan saved 10 weeks ago says how late it really is, shows the move first, then moves from today", async ({
  page,
  request,
  baseURL,
  checkA11y,
}) => {
  const plan = await ownPlan(page, request, baseURL!, 10);
  const late = await lateOf(request, plan.id);
  // Late by its earliest late step's end, which is fewer weeks than the plan is old.
  expect(late.weeks).toBeLessThan(10);
  await page.goto(`/plans/${plan.id}`);
  const behind = page.getByRole("region", { name: "Your plan has fallen behind" });
  await expect(behind).toContainText(
    `About ${late.weeks} weeks behind: ${late.steps.length} steps are past their end date and not ticked.`,
  );
  for (const step of late.steps) await expect(behind.getByRole("listitem").filter({ hasText: step.title })).toBeVisible();
  await checkA11y();
  const preview = await previewMove(page, request, plan.id);
  await expect(preview.getByRole("listitem").first()).toContainText("→");
  await checkA11y();
  await preview.getByRole("button", { name: "Move my steps" }).click();
  const moved = page.getByRole("region", { name: "Your plan starts again from today" });
  await expect(moved.getByRole("heading", { name: /^Moved \d+ steps\./ })).toBeFocused();
  // The steps on the page now run from today, and the plan remembers the move.
  const first = (await planOf(request, plan.id)).schedule!.steps[0]!;
  expect(first.dates.start).toBe(today());
  await expect(page.getByText(`${formatDate(today())} to`, { exact: false }).first()).toBeVisible();
  await expect(page.getByRole("region", { name: "How this plan has moved" })).toContainText(/moved the remaining steps \d+ weeks later/);
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
  const preview = await previewMove(page, request, plan.id);
  await preview.getByRole("button", { name: "Move my steps" }).click();
  await expect(page.getByRole("region", { name: "How this plan has moved" })).toContainText(/moved the remaining steps/);
  await expect(page).toHaveTitle(`${plan.title} · OnePath`);
  const after = await page.evaluate((from) => (window as unknown as { titled: boolean[] }).titled.slice(from), before);
  expect(after.length).toBeGreaterThan(0);
  expect(after.filter((titled) => !titled)).toEqual([]);
});

test("a move made in one tab shows in the others without a reload", async ({ page, request, baseURL }) => {
  const plan = await ownPlan(page, request, baseURL!, 10);
  await page.goto(`/plans/${plan.id}`);
  const other = await page.context().newPage();
  await other.goto(`/plans/${plan.id}`);
  await expect(other.getByRole("region", { name: "Your plan has fallen behind" })).toBeVisible();
  const preview = await previewMove(page, request, plan.id);
  await preview.getByRole("button", { name: "Move my steps" }).click();
  await expect(other.getByRole("region", { name: "How this plan has moved" })).toContainText(/moved the remaining steps/);
  await expect(other.getByRole("region", { name: "Your plan has fallen behind" })).toHaveCount(0);
  await other.close();
});

test("the same, by keyboard alone, at other hours a week, which the plan then keeps", async ({ page, request, baseURL }) => {
  const plan = await ownPlan(page, request, baseURL!, 10);
  await page.goto(`/plans/${plan.id}`);
  const behind = page.getByRole("region", { name: "Your plan has fallen behind" });
  await expect(behind).toBeVisible();
  // Into the hours: focus the selected option (the hours given), move to "8 to 15 hours" with the arrow keys.
  await expect(behind.getByRole("radio", { name: "3 to 8 hours" })).toBeChecked();
  await behind.getByRole("radio", { name: "3 to 8 hours" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(behind.getByRole("radio", { name: "8 to 15 hours" })).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(behind.getByRole("button", { name: "See the new dates" })).toBeFocused();
  await page.keyboard.press("Enter");
  const preview = behind.getByRole("region", { name: "If you move the remaining steps from today" });
  await expect(preview.getByRole("heading")).toBeFocused();
  await expect(preview).toContainText("At 8 to 15 hours a week.");
  await page.keyboard.press("Tab");
  await expect(preview.getByRole("button", { name: "Move my steps" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: /^Moved \d+ steps\./ })).toBeFocused();
  const saved = await planOf(request, plan.id, plan.editToken);
  expect(saved.reschedules).toEqual([expect.objectContaining({ on: today(), pace: 0.8, hours: "8-15" })]);
  expect(saved.laterAnswers).toEqual({ hours: "8-15" });
  // The owner's page now plans at those hours.
  await page.reload();
  await page
    .locator("summary")
    .filter({ hasText: /^Your answers/ })
    .click();
  await expect(page.getByText(/^8 to 15 hours \(/)).toBeVisible();
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

test("at the checkpoint of a plan whose plan B is still open, the check-in asks for it first, then the switch follows", async ({
  page,
  request,
  baseURL,
  answerPlanB,
  checkA11y,
}) => {
  // Saved from the wizard's answers, so the questions it skipped still decide where to switch.
  const asked = askedAnswers(seller.answers);
  const planned = decidedResult(asked, today()).plan;
  const due = planned.steps.find((s) => s.id === "checkpoint")!.dates.start;
  const plan = await ownPlan(page, request, baseURL!, Math.ceil((Date.parse(due) - Date.parse(planned.startDate)) / 6048e5), asked);
  expect((await planOf(request, plan.id)).snapshot.switchOpen).not.toEqual([]);
  await page.goto(`/plans/${plan.id}`);
  const checkpoint = page.getByRole("region", { name: "Checkpoint: is it working?" });
  for (const question of checkInQuestions(seller.route)) {
    await checkpoint.getByRole("group", { name: question }).getByRole("radio", { name: "No" }).check();
  }
  await checkpoint.getByRole("button", { name: "Record my check-in" }).click();
  // The outcome takes focus; the plan B comes first, and nothing offers a switch yet.
  await expect(checkpoint.getByRole("heading", { name: `Checked in on ${formatDate(today())}: not working yet.` })).toBeFocused();
  await expect(checkpoint.getByText(copy.living.planBFirst)).toBeVisible();
  await expect(page.getByRole("button", { name: /^Switch to/ })).toHaveCount(0);
  // The check-in ticked the checkpoint.
  expect((await planOf(request, plan.id)).done).toEqual(expect.objectContaining({ checkpoint: true }));
  await checkA11y();

  expect(await answerPlanB(seller.answers)).toBeGreaterThan(0);
  const target = getRoute(seller.switchTo!).name;
  await expect(checkpoint.getByRole("heading", { name: `Switch to ${target}: its plan, from today` })).toBeVisible();
  await checkA11y();
  await checkpoint.getByRole("button", { name: `Switch to ${target}` }).click();
  await expect(page).not.toHaveURL(new RegExp(plan.id));
  await expect(page.getByRole("heading", { level: 2, name: target, exact: true })).toBeVisible();
  // The outcome is where focus lands, at the top of the plan that goes on.
  await expect(page.getByRole("status").filter({ hasText: `Switched to ${target}.` })).toBeFocused();

  // My plans labels the old plan and links to the one that goes on.
  await page.getByRole("link", { name: "My plans" }).click();
  await expect(page.getByText(`Switched to ${target} (${formatDate(today())}).`)).toBeVisible();
  await page.getByRole("link", { name: `Open the ${target} plan` }).click();
  await expect(page.getByRole("heading", { level: 2, name: target, exact: true })).toBeVisible();
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

test("people with the link see when the checkpoint falls, and nothing meant for the owner", async ({ page, browser, request, baseURL }) => {
  // The wizard's answers leave the plan B open: its owner may choose it now; nobody else is asked.
  const plan = await ownPlan(page, request, baseURL!, 1, askedAnswers(seller.answers));
  const due = (await planOf(request, plan.id)).snapshot.plan.steps.find((s) => s.id === "checkpoint")!.dates.start;
  await page.goto(`/plans/${plan.id}`);
  await expect(page.getByRole("heading", { name: `Your checkpoint: ${formatDate(due)}` })).toBeVisible();
  await expect(page.getByRole("link", { name: "Choose my plan B now" })).toBeVisible();

  const viewer = await (await browser.newContext()).newPage();
  await viewer.goto(`/plans/${plan.id}`);
  await expect(viewer.getByRole("heading", { name: "A shared plan" })).toBeVisible();
  await expect(viewer.getByRole("heading", { name: `The plan's checkpoint: ${formatDate(due)}` })).toBeVisible();
  await expect(viewer.getByText("give Networking a fair go")).toHaveCount(0);
  await expect(viewer.getByRole("heading", { name: "Your plan B" })).toHaveCount(0);
  await expect(viewer.getByRole("link", { name: "Choose my plan B now" })).toHaveCount(0);
  await viewer.context().close();
});

test("a shared view shows the current dates and what happened, without JavaScript", async ({ browser, request, baseURL }) => {
  const owner = await browser.newPage();
  const plan = await ownPlan(owner, request, baseURL!, 10);
  await owner.goto(`/plans/${plan.id}`);
  await owner.getByRole("button", { name: "See the new dates" }).click();
  await owner.getByRole("button", { name: "Move my steps" }).click();
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
  // Nothing meant for owners, not even inside <noscript> (which Playwright's text matching skips).
  await expect(page.getByRole("heading", { name: "This plan is yours" })).toHaveCount(0);
  for (const note of await page.locator("noscript").all()) expect(await note.innerHTML()).not.toMatch(/JavaScript|owner|your plan/i);
  await expect(page.getByRole("button", { name: "See the new dates" })).toHaveCount(0);
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
