// components/ renders and reads state; it decides nothing in effects. At most six effects are left
// there (docs/architecture.md, "The layers": what each does), and no lint rule is switched off to
// let another in: storage is read with useStored (components/ui/use-stored.ts), listeners take
// their latest values with useEffectEvent.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, it } from "vitest";

const root = new URL("../../", import.meta.url).pathname;
const MAX_EFFECTS = 6;

function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

const files = sources(join(root, "components")).map((path) => ({ path: relative(root, path), text: readFileSync(path, "utf8") }));

it(`components/ holds at most ${MAX_EFFECTS} effects`, () => {
  const effects = files.flatMap(({ path, text }) =>
    [...text.matchAll(/\buse(?:Layout|Insertion)?Effect\s*\(/g)].map((match) => `${path}:${text.slice(0, match.index).split("\n").length}`),
  );
  expect(files.length).toBeGreaterThan(10);
  expect(effects.length, effects.join("\n")).toBeLessThanOrEqual(MAX_EFFECTS);
});

it("components/ switches no lint rule off", () => {
  expect(files.filter(({ text }) => text.includes("eslint-disable")).map(({ path }) => path)).toEqual([]);
});
