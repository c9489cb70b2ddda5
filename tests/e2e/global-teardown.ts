// After an end-to-end run: removes the temporary folder playwright.config.ts made for it (the web
// server's SQLite file, and the folder of every extra app server a test started), and fails the
// run if an extra app server's folder was still there: a server some test never stopped.
import { readdirSync, rmSync } from "node:fs";
import { APP_DIR_PREFIX } from "@/scripts/app-server";

export default function globalTeardown() {
  const dir = process.env.ONEPATH_E2E_TMP;
  if (!dir) return; // the run was given its database; nothing here is ours to remove
  const leftovers = readdirSync(dir).filter((name) => name.startsWith(APP_DIR_PREFIX));
  rmSync(dir, { recursive: true, force: true });
  if (leftovers.length) throw new Error(`app servers that were never stopped left ${leftovers.join(", ")} in ${dir}`);
}
