// A new person goes from the landing page to one recommended route and a dated plan, by mouse and
// by keyboard alone; goes back and changes answers; opens a second tab; and finds nothing broken.
import { getQuestion } from "@/data/catalog";
import { scoring } from "@/data/scoring";
import { ROUTE_IDS } from "@/data/ids";
import { routeCount } from "@/data/route-facts";
import { getRoute } from "@/data/routes";
import type { Effect } from "@/data/schema";
import { getLevel } from "@/data/ladder";
import { answersToSearch } from "@/lib/answers-url";
import { nextQuestion } from "@/lib/next-question";
import { replay } from "@/lib/wizard-path";
import { personas } from "../fixtures/personas";
import { decidedResult } from "../fixtures/results";
import { expect, option, test, wizardScripted } from "./fixtures";

const seller = personas[3]!;
const developer = personas[2]!;
const marketer = personas[6]!; // needs an offer within 3 months: networking, with a deadline warning
const consultant = personas[1]!; // needs a visa: a master's, with STEM programmes

/** The wizard's first question, and an answer to it that rules a route out (with its reason). */
const first = getQuestion(nextQuestion({})!);
const [closing, closes] = first.options
  .map((o) => [o, (scoring[first.id] as Record<string, Effect>)[o.id]!.eliminates] as const)
  .find(([, eliminates]) => Object.keys(eliminates).length > 0)!;
const closedReason = Object.values(closes)[0]!;

test("a new user answers by mouse and gets one route, its reasons and the first steps of a dated plan", async ({ page, answerWizard }) => {
  await page.goto("/");
  await page
    .getByRole("link", { name: /find my route/i })
    .first()
    .click();
  await expect(page).toHaveURL(/\/wizard$/);
  await expect(page.getByText(`${ROUTE_IDS.length} of ${ROUTE_IDS.length}`)).toBeVisible();
  const asked = await answerWizard(consultant.answers);
  expect(asked).toBeLessThan(10);
  const expected = decidedResult(consultant.answers);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(getRoute(consultant.route).name);
  await expect(page.getByText(getLevel(consultant.level).name, { exact: true })).toBeVisible();
  const reasons = page.getByRole("region", { name: "Why it fits you" }).getByRole("listitem");
  await expect(reasons).toHaveText(expected.reasons.map((r) => r.text));
  await expect(reasons.first()).not.toHaveText(/^\+?\d/); // no points
  await expect(page.getByRole("img", { name: /^Timeline: \d+ steps over \d+ weeks/ })).toBeVisible();
  // The plan in order, with the step the visa adds and the checkpoint.
  const steps = page.getByRole("checkbox");
  await expect(steps).toHaveCount(expected.plan.steps.length);
  for (const step of expected.plan.steps.slice(0, 3)) await expect(page.getByRole("checkbox", { name: step.title })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: /STEM-designated/ })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: /^\d+\. Checkpoint/ })).toBeVisible();
  await expect(page.getByRole("alert", { name: "Your deadline is tight for this route" })).toHaveCount(0);
  // Why not the others stays collapsed until asked for, and links to no other result.
  const whyNot = page.getByText(`Why not the other ${ROUTE_IDS.length - 1} routes?`);
  const why = page.getByText(expected.others[0]!.why).first();
  await expect(why).toBeHidden();
  await whyNot.click();
  await expect(why).toBeVisible();
  await expect(page.getByRole("link", { name: /see that result/i })).toHaveCount(0);
});

test("the routes narrow as the person answers, with reasons", async ({ page }) => {
  await page.goto("/wizard");
  await option(page, closing.label).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText(`${ROUTE_IDS.length - Object.keys(closes).length} of ${ROUTE_IDS.length}`)).toBeVisible();
  const routes = page.getByRole("complementary", { name: `The ${routeCount} routes` });
  await expect(routes.getByText(closedReason)).toBeVisible();
});

test("a new user gets through with the keyboard alone, and hears the deadline warning", async ({ page, answerWizard }) => {
  await page.goto("/");
  // Tab from the top of the page to the start button and press Enter.
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? "");
    if (/find my route/i.test(focused)) break;
  }
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/wizard$/);
  await expect(page.getByText("Question 1 ")).toBeVisible();
  await answerWizard(marketer.answers, "keyboard");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(getRoute(marketer.route).name);
  // An alert, named by its heading, so a screen reader announces it as the result arrives.
  const warning = page.getByRole("alert", { name: "Your deadline is tight for this route" });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText(decidedResult(marketer.answers).warnings[0]!.text);
  await expect(warning).toContainText(/product marketing|product operations|product analyst/);
  // Open "why not" with the keyboard too.
  const summary = page.getByText(`Why not the other ${ROUTE_IDS.length - 1} routes?`);
  await summary.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("listitem").filter({ hasText: "Side project" })).toBeVisible();
});

test("Enter without a choice asks for one instead of moving on", async ({ page }) => {
  await page.goto("/wizard");
  await expect(page.getByText("Question 1 ")).toBeVisible();
  // Until the script has the form, the browser's own check of a required choice answers instead.
  await wizardScripted(page);
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
  await expect(page).toHaveURL(/\/wizard\?/);
  await expect(page.getByRole("group").getByRole("radio", { checked: true })).toHaveCount(1);
  // Walk back to the deadline question; each earlier question shows its answer still selected.
  while ((await page.getByRole("heading", { level: 1 }).textContent()) !== getQuestion("deadline").prompt) {
    await page.getByRole("link", { name: "Back" }).click();
    await expect(
      page
        .getByRole("group")
        .getByRole("checkbox", { checked: true })
        .or(page.getByRole("group").getByRole("radio", { checked: true }))
        .first(),
    ).toBeVisible();
  }
  await expect(option(page, "In 3 to 12 months")).toBeChecked();
  // A new deadline that sets later answers aside but leaves the route open, so the wizard stays on
  // a question and says what it set aside. (One that also decides the route leaves for the result
  // page at once, and the notice shows only for as long as that navigation takes.) The engine
  // names it, so the test holds whatever the catalog's questions are.
  const kept = replay(developer.answers).answers;
  const setsAside = getQuestion("deadline").options.find((o) => {
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
  await option(page, closing.label).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("Question 2 ")).toBeVisible();
  const second = (await page.getByRole("heading", { level: 1 }).textContent())!;
  await page.goBack();
  await expect(page.getByText("Question 1 ")).toBeVisible();
  await expect(option(page, closing.label)).toBeChecked();
  await page.goForward();
  await expect(page.getByText("Question 2 ")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(second);
});

test("a second tab opens the wizard where the first one is, and a choice in either shows in the other", async ({ page, context }) => {
  await page.goto("/wizard");
  await option(page, closing.label).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("Question 2 ")).toBeVisible();
  const prompt = (await page.getByRole("heading", { level: 1 }).textContent())!;
  const second = await context.newPage();
  await second.goto("/wizard");
  await expect(second.getByText("Question 2 ")).toBeVisible();
  await expect(second.getByRole("heading", { level: 1 })).toHaveText(prompt);
  // The other tab hears of it through the browser's storage event.
  const choices = (p: typeof page) =>
    p
      .getByRole("group", { name: prompt })
      .getByRole("radio")
      .or(p.getByRole("group", { name: prompt }).getByRole("checkbox"));
  await choices(second).first().check();
  await expect(choices(page).first()).toBeChecked();
  await choices(page).last().check();
  await expect(choices(second).last()).toBeChecked();
});

test("the result recomputes when an answer changes, without starting over", async ({ page, answerWizard }) => {
  await page.goto(`/result?${answersToSearch(seller.answers)}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Networking");
  await page.getByText("Your answers, and changing one").click();
  const prompt = getQuestion("networking").prompt;
  await page.getByRole("link", { name: `Change your answer to “${prompt}”` }).click();
  // Back in the wizard at that question, with the other answers kept.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(prompt);
  const position = Number(/Question (\d+)/.exec((await page.getByText(/^Question \d+/).textContent()) ?? "")?.[1]);
  expect(position).toBeGreaterThan(1);
  await answerWizard({ ...seller.answers, networking: "low" }, "mouse", position);
  await expect(page).toHaveURL(/\/result\?.*networking=low/);
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Networking");
});

test("a choice made before the script has loaded is the one Continue sends", async ({ page }) => {
  // What only a browser shows: hydration leaves the person's tick in the form for the script to
  // read (the machine's part, adopting it, is tested in Node). Hold the page's scripts back, as a
  // slow connection would, while the person answers.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_next/static/**/*.js", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`/wizard?${answersToSearch(seller.answers)}&q=networking`, { waitUntil: "domcontentloaded" });
  const networking = getQuestion("networking");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(networking.prompt);
  const low = networking.options.find((o) => o.id === "low")!.label;
  await option(page, low).check();
  release();
  // The script has taken over once the form stops leaving the check to the browser.
  await wizardScripted(page);
  await expect(option(page, low)).toBeChecked();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/networking=low/);
});

test("undecided or malformed answers in a result link are handled", async ({ page }) => {
  await page.goto(`/result?${first.id}=${closing.id}`);
  await expect(page).toHaveURL(/\/wizard/);
  await expect(page.getByText("Question 2 ")).toBeVisible();
  await page.goto("/result?employer=astronaut");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We couldn't read these answers");
});

for (const path of ["/", "/wizard", "/routes", "/ladder", `/result?${answersToSearch(marketer.answers)}`, "/no-such-page"]) {
  test(`axe finds no violations on ${path.split("?")[0]}${path.includes("?") ? " (a result with a warning)" : ""}`, async ({
    page,
    checkA11y,
  }) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await checkA11y();
    // Open every collapsed section: <summary> has no ARIA role of its own to find it by.
    for (const summary of await page.locator("summary").all()) await summary.click();
    await checkA11y();
  });
}
