// Every example person of docs/domain.md, taken through the wizard in a real browser as they would
// answer, gets their whole result on the page: the route, the level, the steps their answers add,
// the warning, if any, and where the checkpoint points if the plan isn't working (choosing the plan
// B on the page where questions the wizard skipped decide it); on their full answers, the close
// second, if any.
import { getRoute } from "@/data/routes";
import { getLevel } from "@/data/ladder";
import { answersToSearch } from "@/lib/answers-url";
import { ADDED_STEPS } from "@/data/plan-rules";
import { copy } from "@/data/copy";
import { today } from "@/lib/dates";
import { personas } from "../fixtures/personas";
import { decidedResult } from "../fixtures/results";
import { expect, test } from "./fixtures";

for (const persona of personas) {
  test(`${persona.name}: ${persona.route}, ${persona.level}, ${persona.added.join(" and ") || "no added steps"}`, async ({
    page,
    answerWizard,
    answerPlanB,
  }) => {
    await page.goto("/wizard?restart=1");
    await answerWizard(persona.answers);
    const result = decidedResult(persona.answers, today());
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(result.route.name);
    const facts = page.getByRole("definition");
    await expect(facts.filter({ hasText: getLevel(persona.level).name })).toHaveCount(1);
    // Exactly the steps the answers add, by their titles as this person reads them.
    const steps = page.getByRole("checkbox");
    await expect(steps).toHaveCount(result.plan.steps.length);
    for (const step of result.plan.steps.filter((s) => (ADDED_STEPS as readonly string[]).includes(s.id))) {
      await expect(page.getByRole("checkbox", { name: step.title })).toBeVisible();
    }
    expect(
      result.plan.steps
        .filter((s) => (ADDED_STEPS as readonly string[]).includes(s.id))
        .map((s) => s.id)
        .sort(),
    ).toEqual([...persona.added].sort());
    for (const id of ["deadline", "deadline-tight"] as const) {
      const alert = page.getByRole("alert", { name: copy.result.warning[id] });
      await expect(alert).toHaveCount(persona.warnings.includes(id) ? 1 : 0);
    }

    // If it isn't working: the plan B, chosen now where the skipped questions decide it.
    const planB = page.locator("#plan-b");
    if (await planB.isVisible()) {
      await planB.getByRole("link", { name: "Choose my plan B now" }).click();
      expect(await answerPlanB(persona.answers)).toBeGreaterThan(0);
      await expect(planB.getByRole("heading", { name: "Your plan B is chosen" })).toBeVisible();
      await expect(planB.getByRole("status")).toContainText(
        persona.switchTo
          ? `switch to ${getRoute(persona.switchTo).name}.`
          : persona.warnings.length
            ? "put the effort into your second door"
            : "no other route fits your answers well",
      );
    } else {
      const checkpoint = result.plan.steps.find((s) => s.id === "checkpoint")!;
      await expect(page.getByText(checkpoint.detail, { exact: false })).toBeVisible();
      expect(checkpoint.detail).toContain(persona.switchTo ? `switch to ${getRoute(persona.switchTo).name},` : "no other route fits");
    }

    // On the full answers: the close second, said as a close call, or none.
    await page.goto(`/result?${answersToSearch(persona.answers)}`);
    const closeCall = page.getByText("A close call.");
    if (persona.closeSecond) await expect(closeCall.locator("..")).toContainText(getRoute(persona.closeSecond).name);
    else await expect(closeCall).toHaveCount(0);
  });
}
