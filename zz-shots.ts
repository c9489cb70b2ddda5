import { chromium, request as pwRequest } from "@playwright/test";
import { writeFileSync } from "node:fs";
import { addDays, today } from "@/lib/dates";
import { personas } from "@/tests/fixtures/personas";
import { PLAN_STORE_KEY } from "@/browser/plan-store";

const base = process.argv[2]!;
const out = "/tmp/shots";
const main = async () => {
  const api = await pwRequest.newContext({ baseURL: base, extraHTTPHeaders: { origin: base } });
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--headless=new", "--disable-gpu", "--disable-dev-shm-usage"] });
  const save = async (weeksAgo: number, answers = personas[3]!.answers) => (await (await api.post("/api/plans", { data: { answers, startDate: addDays(today(), -7 * weeksAgo) } })).json());
  const owned = async (plan: { id: string; editToken: string; title: string }) => {
    const context = await browser.newContext({ viewport: { width: 900, height: 1000 } });
    await context.addInitScript(([key, entry]) => { if (!localStorage.getItem(key)) localStorage.setItem(key, JSON.stringify([entry])); },
      [PLAN_STORE_KEY, { id: plan.id, editToken: plan.editToken, title: plan.title, route: "Networking", savedAt: new Date().toISOString() }] as const);
    return context.newPage();
  };
  const text = async (page: import("@playwright/test").Page, name: string) => {
    await page.screenshot({ path: `${out}/${name}.png`, fullPage: true });
    writeFileSync(`${out}/${name}.txt`, await page.locator("main").innerText());
  };
  // 1. six weeks behind, before and after
  const behind = await save(6);
  const ics = async (id: string) => (await (await api.get(`/plans/${id}/plan.ics`)).text());
  writeFileSync(`${out}/ics-before.ics`, await ics(behind.id));
  const page = await owned(behind);
  await page.goto(`${base}/plans/${behind.id}`);
  await page.getByRole("region", { name: "Your plan has fallen behind" }).waitFor();
  await text(page, "1-behind-before");
  await page.getByRole("button", { name: "Move the remaining steps from today" }).click();
  await page.getByRole("region", { name: "How this plan has moved" }).waitFor();
  await page.waitForTimeout(500);
  await text(page, "2-behind-after");
  writeFileSync(`${out}/ics-after.ics`, await ics(behind.id));
  // 2. check-in at the checkpoint
  const due = await save(16);
  const p2 = await owned(due);
  await p2.goto(`${base}/plans/${due.id}`);
  await p2.getByRole("region", { name: "Checkpoint: is it working?" }).waitFor();
  await text(p2, "3-check-in");
  const region = p2.getByRole("region", { name: "Checkpoint: is it working?" });
  for (const no of await region.getByRole("radio", { name: "No" }).all()) await no.check();
  await region.getByRole("button").filter({ hasText: /check in|Record/i }).first().click();
  await p2.waitForTimeout(1500);
  await text(p2, "4-not-working");
  const switchButton = p2.getByRole("button", { name: /^Switch to/ });
  await switchButton.click();
  await p2.waitForURL((url) => !url.pathname.endsWith(due.id));
  await p2.getByText(/switched from/i).first().waitFor();
  await text(p2, "5-switched-new");
  await p2.goto(`${base}/plans/${due.id}`);
  await p2.getByText(/switched to/i).first().waitFor();
  await text(p2, "6-switched-old");
  await browser.close();
};
main().catch((e) => { console.error(e); process.exit(1); });
