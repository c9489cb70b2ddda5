// With JavaScript off: a person answers the wizard as plain forms, goes back, reaches the result,
// and opens a saved plan; everything they need is in the HTML the server sends.
import { getQuestion } from "@/data/catalog";
import { getRoute } from "@/data/routes";
import { CreatePlanResponse } from "@/lib/api-contract";
import { personas } from "../fixtures/personas";
import { decidedResult, defaultTitle } from "../fixtures/results";
import { expect, option, test } from "./fixtures";

test.use({ javaScriptEnabled: false });

const persona = personas[9]!; // the program manager: a transferable resume

/** The question on screen, by its heading. */
async function questionOnScreen(page: import("@playwright/test").Page) {
  const prompt = (await page.getByRole("heading", { level: 1 }).textContent())!.trim();
  const id = (
    ["employer", "role", "pm-work", "experience", "constraints", "hours", "funding", "deadline", "networking", "building"] as const
  ).find((q) => getQuestion(q).prompt === prompt);
  if (!id) throw new Error(`not a question: ${prompt}`);
  return getQuestion(id);
}

async function answer(page: import("@playwright/test").Page) {
  const question = await questionOnScreen(page);
  const value = persona.answers[question.id];
  for (const id of Array.isArray(value) ? value : [value as string]) {
    await option(page, question.options.find((o) => o.id === id)!.label).check();
  }
  await page.getByRole("button", { name: "Continue" }).click();
  return question.id;
}

test("the wizard works as plain forms: answer, go back, change nothing, reach the result", async ({ page }) => {
  await page.goto("/wizard");
  await expect(page.getByText("Question 1 ")).toBeVisible();
  const first = await answer(page);
  await expect(page.getByText("Question 2 ")).toBeVisible();
  expect(new URL(page.url()).searchParams.get(first)).toBe(persona.answers[first]);

  // Back is a link to the previous question, with its answer still chosen.
  await page.getByRole("link", { name: "Back" }).click();
  await expect(page.getByText("Question 1 ")).toBeVisible();
  const question = getQuestion(first);
  await expect(option(page, question.options.find((o) => o.id === persona.answers[first])!.label)).toBeChecked();

  // Continue without choosing is refused by the browser itself: the required radio.
  for (let asked = 0; new URL(page.url()).pathname === "/wizard" && asked < 12; asked++) await answer(page);
  await expect(page).toHaveURL(/\/result\?/);
  const expected = decidedResult(persona.answers);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(getRoute(persona.route).name);
  for (const step of expected.plan.steps.slice(0, 3)) await expect(page.getByText(step.title)).toBeVisible();
});

test("a saved plan opens in full", async ({ page, request, baseURL }) => {
  const saved = await request.post("/api/plans", { data: { answers: persona.answers }, headers: { origin: baseURL! } });
  const { id } = CreatePlanResponse.parse(await saved.json());
  await page.goto(`/plans/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(defaultTitle(getRoute(persona.route).name));
  await expect(page.getByRole("heading", { level: 2, name: getRoute(persona.route).name })).toBeVisible();
  const steps = decidedResult(persona.answers).plan.steps;
  await expect(page.getByRole("checkbox")).toHaveCount(steps.length);
  for (const step of steps) await expect(page.getByText(step.title).first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Download as Markdown" })).toBeVisible();
});
