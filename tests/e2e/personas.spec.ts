// Every example person of docs/domain.md, taken through the wizard in a real browser as they would
// answer, gets their whole result on the page: the route, the level, the steps their answers add
// and the warning, if any.
import { getLevel } from "@/data/ladder";
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
  });
}
