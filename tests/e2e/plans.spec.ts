// Saved plans in a real browser: save a result with one click, tick steps that survive a reload,
// open the link elsewhere read-only, open it as its owner on another device from the private edit
// link, rename (a hostile title stays text), find it in My plans, make a new link, delete, re-run
// with the old answers, export, and print.
import type { Browser, Page } from "@playwright/test";
import { create } from "qrcode";
import { qrPath } from "@/components/plans/qr-path";
import { getRoute } from "@/data/routes";
import { answersToSearch } from "@/lib/answers-url";
import { PLAN_STORE_KEY } from "@/browser/plan-store";
import { personas } from "../fixtures/personas";
import { decidedResult, defaultTitle } from "../fixtures/results";
import { expect, test } from "./fixtures";

const seller = personas[3]!; // networking
const developer = personas[2]!; // side project
const route = getRoute(seller.route);
const steps = decidedResult(seller.answers).plan.steps;
const firstStep = steps[0]!;
const stepCount = steps.length;
const XSS = "<img src=x onerror=alert(1)>";
const title = defaultTitle(route.name);

/** Saves the seller's result from the result page and returns the plan's path. */
async function savePlan(page: Page): Promise<string> {
  await page.goto(`/result?${answersToSearch(seller.answers)}`);
  await page.getByRole("button", { name: "Save this plan" }).click();
  await expect(page).toHaveURL(/\/plans\/[A-Za-z0-9_-]{20,64}$/);
  await expect(page.getByRole("heading", { name: "This plan is yours" })).toBeVisible();
  // The outcome, at the top of the page, is where focus lands.
  await expect(page.getByRole("status").filter({ hasText: "Your plan is saved." })).toBeFocused();
  return new URL(page.url()).pathname;
}

/** A second browser with nothing in its storage: someone the link was shared with. */
async function stranger(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ baseURL });
  return { context, page: await context.newPage() };
}

const stepBox = (page: Page, title: string) => page.getByRole("checkbox", { name: title });

/** The plans this browser keeps (with their edit tokens), as the page stored them. */
const storedPlans = (page: Page) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? "[]") as { id: string; editToken: string }[], PLAN_STORE_KEY);

test("save a result, tick a step, and find it ticked after a reload", async ({ page, checkA11y }) => {
  await page.goto(`/result?${answersToSearch(seller.answers)}`);
  const save = page.getByRole("button", { name: "Save this plan" });
  // A double click saves once: the button is disabled from the first click until the page moves.
  await save.dblclick();
  await expect(page).toHaveURL(/\/plans\/[A-Za-z0-9_-]{20,64}$/);
  expect(await storedPlans(page)).toHaveLength(1);
  expect(page.url()).not.toMatch(/token/i);

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("status").filter({ hasText: "Your plan is saved." })).toBeVisible();
  await expect(page.getByText(`0 of ${stepCount} steps done`)).toBeVisible();
  await expect(page.getByRole("img", { name: /^Timeline: / })).toBeVisible();
  await expect(page.getByRole("heading", { name: "What to do next" })).toBeVisible();

  await page.reload();
  const box = stepBox(page, firstStep.title);
  await expect(box).toBeEnabled();
  await box.check();
  await expect(page.getByRole("status").filter({ hasText: `Saved. 1 of ${stepCount} steps done.` })).toBeVisible();
  await page.reload();
  await expect(stepBox(page, firstStep.title)).toBeChecked();
  await expect(page.getByText(`1 of ${stepCount} steps done`, { exact: true })).toBeVisible();

  // Unticking sets the value back, and that survives a reload too.
  await stepBox(page, firstStep.title).uncheck();
  await expect(page.getByRole("status").filter({ hasText: `Saved. 0 of ${stepCount} steps done.` })).toBeVisible();
  await page.reload();
  await expect(stepBox(page, firstStep.title)).not.toBeChecked();

  await checkA11y();
});

test("a result whose start date the API would refuse still saves, from today", async ({ page }) => {
  // The result page takes the same start dates as the API; anything else means "from today".
  await page.goto(`/result?${answersToSearch(seller.answers)}&start=9999-01-01`);
  await page.getByRole("button", { name: "Save this plan" }).click();
  await expect(page).toHaveURL(/\/plans\/[A-Za-z0-9_-]{20,64}$/);
  await expect(page.getByText(/ to 9999| 9999 /)).toHaveCount(0);
});

test("saving while offline says so and offers a retry; nothing counts as saved until then", async ({ page }) => {
  await page.goto(`/result?${answersToSearch(seller.answers)}`);
  await page.context().setOffline(true);
  await page.getByRole("button", { name: "Save this plan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "you seem to be offline" })).toBeVisible();
  expect(await storedPlans(page)).toEqual([]);
  await page.context().setOffline(false);
  await page.getByRole("button", { name: "Retry" }).click();
  await expect(page).toHaveURL(/\/plans\/[A-Za-z0-9_-]{20,64}$/);
  await expect(page.getByRole("heading", { name: "This plan is yours" })).toBeVisible();
});

test("a tick that cannot reach the server rolls back and says so", async ({ page }) => {
  await savePlan(page);
  await page.context().setOffline(true);
  // click, not check(): the tick is rolled back, so it does not stay checked.
  await stepBox(page, firstStep.title).click();
  await expect(page.getByRole("status").filter({ hasText: "We couldn't tick that step: you seem to be offline" })).toBeVisible();
  await expect(stepBox(page, firstStep.title)).not.toBeChecked();
  await page.context().setOffline(false);
});

test("another tab shows each change without a reload", async ({ page }) => {
  const path = await savePlan(page);
  const other = await page.context().newPage();
  await other.goto(path);
  await expect(other.getByRole("heading", { name: "This plan is yours" })).toBeVisible();
  await stepBox(page, firstStep.title).check();
  await expect(page.getByRole("status").filter({ hasText: "Saved. 1 of" })).toBeVisible();
  await expect(stepBox(other, firstStep.title)).toBeChecked();
  await page.getByRole("button", { name: "Rename" }).click();
  await page.getByLabel("Plan title").fill("Both tabs know");
  await page.getByRole("button", { name: "Save title" }).click();
  await expect(other.getByRole("heading", { level: 1 })).toHaveText("Both tabs know");
  await other.close();
});

test("two devices ticking different steps lose nothing", async ({ page, browser, baseURL }) => {
  const path = await savePlan(page);
  // A second device with the same edit rights, which keeps the plan as it first loaded it.
  const [saved] = await storedPlans(page);
  const device = await stranger(browser, baseURL);
  await device.page.addInitScript(([key, entry]) => localStorage.setItem(key, JSON.stringify([entry])), [PLAN_STORE_KEY, saved!] as const);
  await device.page.goto(path);
  await expect(device.page.getByRole("heading", { name: "This plan is yours" })).toBeVisible();
  const second = steps[1]!;

  await stepBox(page, firstStep.title).check();
  await expect(page.getByRole("status").filter({ hasText: "Saved. 1 of" })).toBeVisible();
  // The device still holds the first version: its tick gets 409 and is re-applied on top.
  await stepBox(device.page, second.title).check();
  await expect(device.page.getByRole("status").filter({ hasText: "Saved. 2 of" })).toBeVisible();
  await expect(stepBox(device.page, firstStep.title)).toBeChecked();

  await page.reload();
  await expect(stepBox(page, firstStep.title)).toBeChecked();
  await expect(stepBox(page, second.title)).toBeChecked();
  await device.context.close();
});

test("copy link copies the plan's address, with no token in it", async ({ page }) => {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  const path = await savePlan(page);
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Link copied." })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(path, page.url()).href);
});

test("the link opened in another browser is read-only", async ({ page, browser, baseURL, checkA11y }) => {
  const owner = await stranger(browser, baseURL);
  const path = await savePlan(owner.page);
  await stepBox(owner.page, firstStep.title).check();
  await expect(owner.page.getByRole("status").filter({ hasText: "Saved. 1 of" })).toBeVisible();

  await page.goto(path);
  await expect(page.getByRole("heading", { name: "A shared plan" })).toBeVisible();
  await expect(page.getByText("You’re viewing a shared, read-only plan.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  // The shared view reads like the result: route, level, reasons and why not, each said once.
  const result = decidedResult(seller.answers);
  await expect(page.getByRole("heading", { level: 2, name: route.name })).toBeVisible();
  await expect(page.getByText(route.name, { exact: true })).toHaveCount(1);
  await expect(page.getByRole("definition").filter({ hasText: "Product Manager" })).toHaveCount(1);
  await expect(page.getByRole("region", { name: "Why it fits you" }).getByRole("listitem")).toHaveText(result.reasons.map((r) => r.text));
  await expect(page.getByText(`Why not the other ${result.others.length} routes?`)).toBeVisible();
  const boxes = page.getByRole("checkbox");
  await expect(boxes).toHaveCount(stepCount);
  for (const box of await boxes.all()) await expect(box).toBeDisabled();
  await expect(stepBox(page, firstStep.title)).toBeChecked();
  for (const name of ["Rename", "Delete plan", "Make a new link", "Copy link"]) {
    await expect(page.getByRole("button", { name })).toHaveCount(0);
  }
  await expect(page.getByRole("link", { name: "Download as Markdown" })).toBeVisible();
  await checkA11y();
  await owner.context.close();
});

/** Opens the owner's private edit link panel and reads the link and its QR code. */
async function showEditLink(page: Page) {
  await page.getByRole("button", { name: "Private edit link" }).click();
  const panel = page.getByRole("region", { name: "Your private edit link" });
  await expect(panel.getByText("Anyone with this link can change or delete this plan.")).toBeVisible();
  const qr = panel.getByRole("img", { name: "QR code of your private edit link" });
  await expect(qr).toBeVisible();
  return { panel, qr, link: await panel.getByRole("textbox", { name: "Private edit link" }).inputValue() };
}

/** axe on the page as it is, in light and dark, at desktop width and at a phone's. */
async function checkA11yEverywhere(page: Page, checkA11y: () => Promise<void>) {
  const size = page.viewportSize()!;
  for (const width of [size.width, 390]) {
    await page.setViewportSize({ width, height: size.height });
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await checkA11y();
    }
  }
  await page.setViewportSize(size);
  await page.emulateMedia({ colorScheme: "light" });
}

test("the edit link opens the plan as its owner on another device, once, and the token leaves the address bar", async ({
  page,
  browser,
  baseURL,
  checkA11y,
}) => {
  const path = await savePlan(page);
  const [saved] = await storedPlans(page);
  const { qr, link } = await showEditLink(page);
  // A link of its own, never this device's token: the link works once, on the device that opens it first.
  const linkToken = new URL(link).hash.slice("#edit=".length);
  expect(link).toBe(`${new URL(page.url()).origin}${path}#edit=${linkToken}`);
  expect(linkToken).not.toBe(saved!.editToken);
  // The QR code is that link, drawn in the browser.
  expect(await qr.locator("path").getAttribute("d")).toBe(qrPath(create(link, { errorCorrectionLevel: "M" }).modules));
  await checkA11yEverywhere(page, checkA11y);

  const phone = await stranger(browser, baseURL);
  const sent: string[] = [];
  phone.page.on("request", (request) => sent.push(request.url()));
  await phone.page.goto(link);
  await expect(phone.page.getByRole("heading", { name: "This plan is yours" })).toBeVisible();
  await expect(phone.page.getByRole("status").filter({ hasText: "This plan is yours on this device now" })).toBeVisible();
  expect(phone.page.url()).toBe(new URL(path, baseURL).href);
  expect(await phone.page.evaluate(() => window.location.hash)).toBe("");
  // Next's router keeps its own state for this history entry, without the fragment.
  expect(await phone.page.evaluate(() => (history.state as { __NA?: boolean } | null)?.__NA)).toBe(true);
  expect(sent.filter((url) => url.includes(linkToken))).toEqual([]);
  // The phone keeps a token of its own, neither the link's nor the first device's.
  const [kept] = await storedPlans(phone.page);
  expect(kept).toEqual(expect.objectContaining({ id: saved!.id }));
  expect([linkToken, saved!.editToken]).not.toContain(kept!.editToken);
  // The first device sees the second.
  await page.reload();
  await expect(page.getByText("2 devices can change this plan, this one included.", { exact: false })).toBeVisible();

  // The same link a second time, on a third device: it has been used.
  const third = await stranger(browser, baseURL);
  await third.page.goto(link);
  await expect(third.page.getByRole("alert").filter({ hasText: /^That edit link doesn't work/ })).toBeVisible();
  await expect(third.page.getByRole("heading", { name: "A shared plan" })).toBeVisible();
  expect(await storedPlans(third.page)).toEqual([]);
  await third.context.close();

  // The phone changes the plan, and still owns it after a reload.
  await stepBox(phone.page, firstStep.title).check();
  await expect(phone.page.getByRole("status").filter({ hasText: "Saved. 1 of" })).toBeVisible();
  await phone.page.reload();
  await expect(stepBox(phone.page, firstStep.title)).toBeChecked();
  await expect(stepBox(phone.page, firstStep.title)).toBeEnabled();
  await page.reload();
  await expect(stepBox(page, firstStep.title)).toBeChecked();

  // A new link on the first device turns every other device off, and an unused edit link with them.
  const { link: unused } = await showEditLink(page);
  await page.getByRole("button", { name: "Make a new link" }).click();
  await page.getByRole("button", { name: "Yes, make a new link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "New link made." })).toBeVisible();
  const newPath = new URL(page.url()).pathname;
  await phone.page.goto(`${newPath}${new URL(unused).hash}`);
  await expect(phone.page.getByRole("alert").filter({ hasText: /^That edit link doesn't work/ })).toBeVisible();
  await expect(phone.page.getByRole("heading", { name: "A shared plan" })).toBeVisible();
  expect(await phone.page.evaluate(() => window.location.hash)).toBe("");
  // The first device's next edit link works.
  const { link: renewed } = await showEditLink(page);
  expect(renewed).toContain(newPath);
  await phone.page.goto(renewed);
  await expect(phone.page.getByRole("heading", { name: "This plan is yours" })).toBeVisible();
  await phone.context.close();
});

test("an edit link that is not the plan's says so, leaves a viewer and stores nothing", async ({ page, browser, baseURL, checkA11y }) => {
  const owner = await stranger(browser, baseURL);
  const path = await savePlan(owner.page);
  for (const token of ["x".repeat(43), "not-a-token"]) {
    await page.goto(`${path}#edit=${token}`);
    await expect(page.getByRole("alert").filter({ hasText: "That edit link" })).toHaveText(
      "That edit link doesn't work: each edit link works once, on the first device that opens it, and a new link turns old ones off. It may also be cut short. You can still view the plan here.",
    );
    await expect(page.getByRole("heading", { name: "A shared plan" })).toBeVisible();
    expect(page.url()).toBe(new URL(path, baseURL).href);
    for (const box of await page.getByRole("checkbox").all()) await expect(box).toBeDisabled();
    expect(await storedPlans(page)).toEqual([]);
  }
  await checkA11yEverywhere(page, checkA11y);
  await owner.context.close();
});

test("rename: a title that looks like HTML shows as text everywhere", async ({ page, checkA11y }) => {
  let dialogs = 0;
  page.on("dialog", async (dialog) => {
    dialogs++;
    await dialog.dismiss();
  });
  const path = await savePlan(page);

  await page.getByRole("button", { name: "Rename" }).click();
  const field = page.getByLabel("Plan title");
  await expect(field).toBeFocused();
  await field.fill("   ");
  await page.getByRole("button", { name: "Save title" }).click();
  await expect(page.getByText("Give the plan a title.")).toBeVisible();
  // A right-to-left override would show "gnp.exe" reversed; the form says what is wrong.
  await field.fill("\u202egnp.exe");
  await page.getByRole("button", { name: "Save title" }).click();
  await expect(page.getByText("The title has an invisible or text-direction character (U+202E); remove it.")).toBeVisible();
  await field.fill(XSS);
  await page.getByRole("button", { name: "Save title" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(XSS);
  await expect(page.getByRole("status").filter({ hasText: "Renamed." })).toBeVisible();
  await expect(page.getByRole("button", { name: "Rename" })).toBeFocused();

  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(XSS);
  expect(await page.title()).toContain(XSS);

  await page.goto("/plans");
  await expect(page.getByRole("link", { name: XSS, exact: true })).toHaveAttribute("href", path);
  expect(dialogs).toBe(0);
  await checkA11y();
});

test("My plans lists saved plans with their progress; renaming there works too", async ({ page, checkA11y }) => {
  await page.goto("/plans");
  await expect(page.getByRole("heading", { level: 1, name: "My plans" })).toBeVisible();
  await expect(page.getByText("No plans saved in this browser yet.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Find my route" })).toHaveAttribute("href", "/wizard");

  const path = await savePlan(page);
  await stepBox(page, firstStep.title).check();
  await expect(page.getByRole("status").filter({ hasText: "Saved. 1 of" })).toBeVisible();

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My plans" }).click();
  const item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: title }) });
  await expect(item.getByText(`1 of ${stepCount} steps done`)).toBeVisible();
  await expect(item.getByRole("link", { name: title, exact: true })).toHaveAttribute("href", path);
  await checkA11y();

  await item.getByRole("button", { name: /^Rename/ }).click();
  await item.getByLabel("Plan title").fill("Networking, my way");
  await item.getByRole("button", { name: "Save title" }).click();
  await expect(page.getByRole("heading", { name: "Networking, my way" })).toBeVisible();
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Networking, my way");
});

test("forget removes a plan from this browser only", async ({ page }) => {
  const path = await savePlan(page);
  await page.goto("/plans");
  await page.getByRole("button", { name: /^Forget/ }).click();
  await page.getByRole("button", { name: "Yes, forget it" }).click();
  await expect(page.getByText("No plans saved in this browser yet.")).toBeVisible();
  await page.goto(path);
  await expect(page.getByRole("heading", { name: "A shared plan" })).toBeVisible();
});

test("a new link: the old one is gone for good, the new one works and stays editable", async ({ page, browser, baseURL }) => {
  const oldPath = await savePlan(page);
  const [saved] = await storedPlans(page);
  await page.getByRole("button", { name: "Make a new link" }).click();
  await page.getByRole("button", { name: "Yes, make a new link" }).click();
  await expect(page).not.toHaveURL(new RegExp(`${oldPath}$`));
  await expect(page).toHaveURL(/\/plans\/[A-Za-z0-9_-]{20,64}$/);
  await expect(page.getByRole("status").filter({ hasText: "New link made." })).toBeVisible();
  await expect(page.getByRole("heading", { name: "This plan is yours" })).toBeVisible();
  await expect(stepBox(page, firstStep.title)).toBeEnabled();
  const newPath = new URL(page.url()).pathname;
  // The edit token changed with the link, so every edit link made before is dead too; this
  // browser keeps the new one.
  const [kept] = await storedPlans(page);
  expect(kept!.id).toBe(newPath.split("/").at(-1));
  expect(kept!.editToken).not.toBe(saved!.editToken);
  await stepBox(page, firstStep.title).check();
  await expect(page.getByRole("status").filter({ hasText: "Saved. 1 of" })).toBeVisible();
  const withOldToken = await page.request.patch(`/api${newPath}`, {
    headers: { authorization: `Bearer ${saved!.editToken}`, origin: new URL(page.url()).origin },
    data: { version: 3, title: "Taken over" },
  });
  expect(withOldToken.status()).toBe(404);

  expect((await page.request.get(oldPath)).status()).toBe(404);
  expect((await page.request.get(`${oldPath}/plan.md`)).status()).toBe(404);
  const viewer = await stranger(browser, baseURL);
  await viewer.page.goto(oldPath);
  await expect(viewer.page.getByRole("heading", { level: 1 })).toHaveText("We couldn’t find that page");
  await viewer.page.goto(newPath);
  await expect(viewer.page.getByRole("heading", { name: "A shared plan" })).toBeVisible();
  await viewer.context.close();

  await page.goto("/plans");
  await expect(page.getByRole("link", { name: title, exact: true })).toHaveAttribute("href", newPath);
});

test("delete asks first, then the plan is gone everywhere", async ({ page }) => {
  const path = await savePlan(page);
  await page.getByRole("button", { name: "Delete plan" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete this plan?" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Keep it" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("button", { name: "Delete plan" })).toBeFocused();
  expect((await page.request.get(path)).status()).toBe(200);

  await page.getByRole("button", { name: "Delete plan" }).click();
  await dialog.getByRole("button", { name: "Yes, delete it" }).click();
  await expect(page).toHaveURL(/\/plans$/);
  await expect(page.getByText(`Deleted “${title}”.`)).toBeVisible();
  await expect(page.getByText("No plans saved in this browser yet.")).toBeVisible();
  expect((await page.request.get(path)).status()).toBe(404);
});

test("a plan deleted elsewhere leaves My plans with a notice", async ({ page }) => {
  const path = await savePlan(page);
  const [entry] = await storedPlans(page);
  const deleted = await page.request.delete(`/api/plans${path.slice("/plans".length)}`, {
    headers: { authorization: `Bearer ${entry!.editToken}`, origin: new URL(page.url()).origin, "content-type": "application/json" },
  });
  expect(deleted.status()).toBe(204);
  await page.goto("/plans");
  await expect(page.getByText(`“${title}” was deleted or got a new link on another device`)).toBeVisible();
  await expect(page.getByText("No plans saved in this browser yet.")).toBeVisible();
});

test("re-run with my answers shows what changed, and saves as a new plan", async ({ page }) => {
  const path = await savePlan(page);
  const id = path.split("/").at(-1)!;
  await page.getByRole("link", { name: "Re-run with my answers" }).click();
  await expect(page).toHaveURL(new RegExp(`/result\\?.*compare=${id}`));
  await expect(page.getByRole("heading", { name: `What changed since you saved “${title}”` })).toBeVisible();
  await expect(page.getByText(`Same route: ${route.name}.`)).toBeVisible();
  await expect(page.getByText("The steps are the same as well")).toBeVisible();

  // Different answers against the same saved plan: a different route, with steps added and removed.
  await page.goto(`/result?${answersToSearch(developer.answers)}&compare=${id}`);
  await expect(page.getByText(`A different route: ${getRoute(developer.route).name}, instead of ${route.name}.`)).toBeVisible();
  await expect(page.getByRole("heading", { name: /^New steps \(\d+\)$/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Steps no longer in the plan \(\d+\)$/ })).toBeVisible();

  await page.getByRole("button", { name: "Save as a new plan" }).click();
  await expect(page).toHaveURL(/\/plans\/[A-Za-z0-9_-]{20,64}$/);
  expect(new URL(page.url()).pathname).not.toBe(path);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(defaultTitle(getRoute(developer.route).name));
  expect(await storedPlans(page)).toHaveLength(2);
});

test("the plan downloads as Markdown and as a calendar, and prints cleanly", async ({ page }) => {
  const path = await savePlan(page);
  await expect(page.getByRole("link", { name: "Download as Markdown" })).toHaveAttribute("href", `${path}/plan.md`);
  await expect(page.getByRole("link", { name: "Add to calendar (.ics)" })).toHaveAttribute("href", `${path}/plan.ics`);
  const { host } = new URL(page.url());
  await expect(page.getByRole("link", { name: "Subscribe in your calendar" })).toHaveAttribute("href", `webcal://${host}${path}/plan.ics`);

  const md = await page.request.get(`${path}/plan.md`);
  expect(md.status()).toBe(200);
  expect(md.headers()["content-type"]).toMatch(/^text\/markdown/);
  expect(md.headers()["content-disposition"]).toBe('attachment; filename="onepath-plan.md"');
  expect(await md.text()).toContain(`# ${title}\n`);

  const ics = await page.request.get(`${path}/plan.ics`);
  expect(ics.status()).toBe(200);
  expect(ics.headers()["content-type"]).toMatch(/^text\/calendar/);
  const text = await ics.text();
  expect(text.startsWith("BEGIN:VCALENDAR")).toBe(true);
  expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(stepCount);

  const card = await page.request.get(`${path}/opengraph-image`);
  expect(card.status()).toBe(200);
  expect(card.headers()["content-type"]).toBe("image/png");

  await stepBox(page, firstStep.title).check();
  await expect(page.getByRole("status").filter({ hasText: "Saved. 1 of" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Copy link" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByText("☑")).toHaveCount(1);
  await expect(page.getByText("☐")).toHaveCount(stepCount - 1);
});

test("an unknown plan id is a plain 404 page", async ({ page }) => {
  const response = await page.goto("/plans/AAAAAAAAAAAAAAAAAAAAAAAA");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We couldn’t find that page");
});
