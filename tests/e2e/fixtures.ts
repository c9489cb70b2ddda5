// Shared set-up for the end-to-end tests: an axe check and a person who answers the wizard by
// reading the question on screen and picking the option labelled like their answer.
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Locator, type Page } from "@playwright/test";
import type { Answers } from "@/data/answers";
import { questions } from "@/data/catalog";

const byPrompt = new Map(questions.map((q) => [q.prompt, q]));

async function currentQuestion(page: Page) {
  const prompt = (await page.getByRole("heading", { level: 1 }).textContent())?.trim() ?? "";
  const question = byPrompt.get(prompt);
  if (!question) throw new Error(`not a wizard question: ${prompt}`);
  return question;
}

/** A wizard option, found by its visible label the way a person (or a screen reader) finds it. */
export const option = (scope: Page | Locator, label: string) =>
  scope.getByRole("radio", { name: label, exact: true }).or(scope.getByRole("checkbox", { name: label, exact: true }));

type Fixtures = {
  /** Runs axe on the page as it is now and expects no violations. */
  checkA11y: () => Promise<void>;
  /**
   * Answers every question the wizard asks from the profile, by mouse or by keyboard alone, from
   * the question numbered `from` on screen (the first, unless it came back to change an answer).
   */
  answerWizard: (profile: Required<Answers>, how?: "mouse" | "keyboard", from?: number) => Promise<number>;
  /** Answers the plan-B questions on the page from the profile, one form at a time; returns how many were asked. */
  answerPlanB: (profile: Required<Answers>) => Promise<number>;
};

export const test = base.extend<Fixtures>({
  checkA11y: async ({ page }, use) => {
    await use(async () => {
      // Colours still easing after a change of colour scheme, or after a hover that a resize set
      // off, would be measured halfway. With reduced motion the page's transitions end at once
      // (globals.css); getAnimations() applies pending style changes, so it sees any just begun.
      await page.emulateMedia({ reducedMotion: "reduce" });
      await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined))));
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
      await page.emulateMedia({ reducedMotion: null });
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`)).toEqual([]);
    });
  },
  answerWizard: async ({ page }, use) => {
    await use(async (profile, how = "mouse", from = 1) => {
      let asked = 0;
      while (new URL(page.url()).pathname === "/wizard") {
        await expect(page.getByText(`Question ${from + asked} `)).toBeVisible();
        const question = await currentQuestion(page);
        const answer = profile[question.id];
        const wanted = Array.isArray(answer) ? answer : [answer as string];
        for (const id of wanted) {
          const index = question.options.findIndex((o) => o.id === id);
          const label = question.options[index]!.label;
          if (how === "keyboard") await page.keyboard.press(String((index + 1) % 10));
          else await option(page, label).check();
          await expect(option(page, label)).toBeChecked();
        }
        asked++;
        if (how === "keyboard") await page.keyboard.press("Enter");
        else await page.getByRole("button", { name: "Continue" }).click();
        await expect
          .poll(async () => new URL(page.url()).pathname === "/result" || (await page.getByText(`Question ${from + asked} `).isVisible()))
          .toBe(true);
      }
      return asked;
    });
  },
  answerPlanB: async ({ page }, use) => {
    await use(async (profile) => {
      const section = page.locator("#plan-b");
      const next = section.getByRole("button", { name: "Continue" });
      const chosen = section.getByRole("heading", { name: "Your plan B is chosen" });
      for (let asked = 0; ; asked++) {
        // A question to answer, or the plan B named: whichever the page shows once it has loaded.
        await expect(next.or(chosen)).toBeVisible();
        if (!(await next.isVisible())) return asked;
        const prompt = (await section.locator("legend").textContent())?.trim() ?? "";
        const question = byPrompt.get(prompt);
        if (!question) throw new Error(`not a plan-B question: ${prompt}`);
        const answer = profile[question.id];
        for (const id of Array.isArray(answer) ? answer : [answer as string]) {
          await option(section, question.options.find((o) => o.id === id)!.label).check();
        }
        await next.click();
        await expect(section.locator("legend").filter({ hasText: prompt })).toHaveCount(0);
      }
    });
  },
});

export { expect };

/** Starts recording console errors and CSP violations on page; call the result to read them. */
export async function watch(page: Page) {
  const errors: string[] = [];
  page.on("console", (message) => {
    // The browser reports a page answered with 404 as a failed resource: that is the page, not a fault.
    const notFoundPage = message.text().includes("status of 404") && message.location().url.endsWith("/no-such-page");
    if (message.type() === "error" && !notFoundPage) errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { violations: string[] }).violations ??= [];
      (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective}: ${e.blockedURI}`);
    });
  });
  return async () => [...errors, ...(await page.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? []))];
}

/** Waits for the mark the layout leaves once React has hydrated the page and run its effects. */
export const hydrated = (page: Page) => expect(page.locator("html[data-hydrated]")).toHaveCount(1);

/**
 * Waits until the wizard's script has taken over its form: it then checks the form's input itself
 * (the form stops leaving that to the browser), which happens once its machine has loaded, after
 * hydration. Before then Continue is the browser's own.
 */
export const wizardScripted = (page: Page) => expect(page.locator("form[novalidate]")).toHaveCount(1);
