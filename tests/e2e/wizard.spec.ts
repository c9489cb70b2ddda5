// A new person goes from the landing page to one recommended route and a dated plan, by mouse and
// by keyboard alone; goes back and changes answers; reloads mid-way; and finds nothing broken.
import { getRoute } from "@/data/catalog";
import { STORAGE_KEY } from "@/machines/wizard-persistence";
import { personas } from "../fixtures/personas";
import { expect, option, test } from "./fixtures";

const seller = personas[3]!;
const developer = personas[2]!;

test("a new user answers by mouse and gets one route with a dated plan", async ({ page, answerWizard }) => {
  await page.goto("/");
  await page.getByRole("link", { name: /find my route/i }).first().click();
  await expect(page).toHaveURL(/\/wizard(\?q=[a-z-]+)?$/);
  await expect(page.getByText("7 of 7")).toBeVisible();
  const asked = await answerWizard(seller.answers);
  expect(asked).toBeLessThan(9);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(getRoute(seller.route).name);
  await expect(page.getByRole("heading", { name: "Why it fits you" })).toBeVisible();
  await expect(page.getByRole("img", { name: /^Timeline: \d+ steps over \d+ weeks/ })).toBeVisible();
  const steps = page.getByRole("checkbox");
  expect(await steps.count()).toBeGreaterThanOrEqual(6);
  await expect(page.getByText(/^Weeks? 1/).first()).toBeVisible();
  // Why not the others stays collapsed until asked for.
  const whyNot = page.getByText("Why not the other 6 routes?");
  await expect(page.getByText(/would win\./).first()).toBeHidden();
  await whyNot.click();
  await expect(page.getByText(/would win\./).first()).toBeVisible();
});

test("the routes narrow as the person answers, with reasons", async ({ page }) => {
  await page.goto("/wizard");
  await option(page, "At a company without product managers").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("5 of 7")).toBeVisible();
  const routes = page.getByRole("complementary", { name: "The seven routes" });
  await expect(routes.getByText("Your company has no PM team to transfer into.")).toBeVisible();
});

test("a new user gets through with the keyboard alone", async ({ page, answerWizard }) => {
  await page.goto("/");
  // Tab from the top of the page to the start button and press Enter.
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? "");
    if (/find my route/i.test(focused)) break;
  }
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/wizard(\?q=[a-z-]+)?$/);
  await expect(page.getByText("Question 1 ")).toBeVisible();
  await answerWizard(developer.answers, "keyboard");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(getRoute(developer.route).name);
  // Open "why not" with the keyboard too.
  const summary = page.getByText("Why not the other 6 routes?");
  await summary.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText(/would win\./).first()).toBeVisible();
});

test("Enter without a choice asks for one instead of moving on", async ({ page }) => {
  await page.goto("/wizard");
  await expect(page.getByText("Question 1 ")).toBeVisible();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("Choose an option to continue.")).toBeVisible();
  await expect(page.getByText("Question 1 ")).toBeVisible();
});

test("back keeps answers; changing an earlier one sets aside answers that no longer apply", async ({ page, answerWizard }) => {
  await page.goto("/wizard");
  await answerWizard(developer.answers);
  await expect(page).toHaveURL(/\/result\?/);
  // The browser's Back button returns from the result to the last question, answer kept.
  await page.goBack();
  await expect(page).toHaveURL(/\/wizard\?q=/);
  await expect(page.locator("input:checked")).toHaveCount(1);
  // Walk back to the deadline question; each earlier question shows its answer still selected.
  while ((await page.getByRole("heading", { level: 1 }).textContent()) !== "When do you need a PM offer?") {
    await page.getByRole("button", { name: "Back" }).click();
    await expect(page.locator("input:checked")).toHaveCount(1);
  }
  await expect(option(page, "In 3 to 12 months")).toBeChecked();
  // A new deadline that sets later answers aside but leaves the route open, so the wizard stays on
  // a question and says what it set aside. (One that also decides the route leaves for the result
  // page at once, and the notice shows only for as long as that navigation takes.) The engine
  // names it, so the test holds whatever the catalog's questions are.
  const { replay } = await import("@/lib/wizard-path");
  const catalog = await import("@/data/catalog");
  const kept = replay(developer.answers).answers;
  const setsAside = catalog.getQuestion("deadline").options.find((o) => {
    const path = replay({ ...kept, deadline: o.id } as typeof kept);
    return path.dropped.length > 0 && path.next !== null;
  });
  await option(page, setsAside!.label).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("status").filter({ hasText: /set (it|them) aside/ })).toBeVisible();
  await expect(page).toHaveURL(/\/wizard\?/);
});

test("the browser's back and forward buttons move between questions", async ({ page }) => {
  await page.goto("/wizard");
  await option(page, "At a company without product managers").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("Question 2 ")).toBeVisible();
  const second = (await page.getByRole("heading", { level: 1 }).textContent())!;
  await page.goBack();
  await expect(page.getByText("Question 1 ")).toBeVisible();
  await expect(option(page, "At a company without product managers")).toBeChecked();
  await page.goForward();
  await expect(page.getByText("Question 2 ")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(second);
});

test("reload mid-wizard returns to the same question with the same answers", async ({ page }) => {
  await page.goto("/wizard");
  await option(page, "At a company without product managers").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("Question 2 ")).toBeVisible();
  const prompt = await page.getByRole("heading", { level: 1 }).textContent();
  const firstOption = page.locator("fieldset label").first();
  await firstOption.click();
  await page.reload();
  await expect(page.getByText("Question 2 ")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(prompt!);
  await expect(page.locator("fieldset input").first()).toBeChecked();
  await page.getByRole("button", { name: "Back" }).click();
  await expect(option(page, "At a company without product managers")).toBeChecked();
});

test("a second tab opens the wizard where the first one is", async ({ page, context }) => {
  await page.goto("/wizard");
  await option(page, "Not employed right now (studying or between jobs)").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("Question 2 ")).toBeVisible();
  const second = await context.newPage();
  await second.goto("/wizard");
  await expect(second.getByText("Question 2 ")).toBeVisible();
  await expect(second.getByRole("heading", { level: 1 })).toHaveText((await page.getByRole("heading", { level: 1 }).textContent())!);
});

test("a corrupt saved wizard starts fresh and says so", async ({ page }) => {
  await page.goto("/wizard");
  // The wizard saves itself once it has started in the browser; corrupt what it saved (corrupting
  // the storage before that would just be overwritten by its first save), then open it again.
  await expect.poll(() => page.evaluate((key) => window.localStorage.getItem(key), STORAGE_KEY)).not.toBeNull();
  await page.evaluate((key) => window.localStorage.setItem(key, "{not json"), STORAGE_KEY);
  await page.goto("/wizard");
  await expect(page.getByText("Question 1 ")).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "couldn't read your earlier answers" })).toBeVisible();
});

test("the result recomputes when an answer changes, without starting over", async ({ page }) => {
  const search = new URLSearchParams(Object.entries(seller.answers).map(([k, v]) => [k, Array.isArray(v) ? v.join(",") : v]));
  await page.goto(`/result?${search}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Networking");
  await page.getByText("Change an answer").click();
  await page.getByLabel("How do you feel about reaching out to people?").selectOption("low");
  await page.getByRole("button", { name: "Update my result" }).click();
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Networking");
  await expect(page).toHaveURL(/networking=low/);
});

test("undecided or malformed answers in a result link are handled", async ({ page }) => {
  await page.goto("/result?employer=no-pm-team");
  await expect(page).toHaveURL(/\/wizard/);
  await expect(page.getByText("Question 2 ")).toBeVisible();
  await page.goto("/result?employer=astronaut");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We couldn't read these answers");
});

for (const path of ["/", "/wizard", "/routes", "/ladder", "/result?employer=pm-team-settled&deadline=3-12-months&hours=3-8&networking=medium", "/no-such-page"]) {
  test(`axe finds no violations on ${path}`, async ({ page, checkA11y }) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await checkA11y();
    for (const summary of await page.locator("summary").all()) await summary.click();
    await checkA11y();
  });
}
