// The app for the benchmarks: scripts/app-server.ts's, with the rate limits and the connection cap
// per client lifted, on a port and a database the caller names, stopped when the benchmark ends; a
// saved plan to measure against; and an empty Next.js app, the framework's floor.
import type { Answers } from "@/data/answers";
import { planApiPath } from "@/lib/addresses";
import { CreatePlanResponse, SavedPlan } from "@/lib/api-contract";
import { type AppServer, savePlan, startApp } from "../app-server";
import { NEXT_BIN } from "../bench/first-load-js";
import { atEnd, start, waitForHttp } from "./processes";

export type App = { origin: string; output: () => string; stop: () => Promise<void> };

/** Starts a production server (needs `npm run build`) on port with env's database settings. */
export async function startBenchApp(port: number, env: Record<string, string>): Promise<AppServer> {
  const app = await startApp(
    {
      ONEPATH_LOOKUPS_PER_MINUTE: "1000000000",
      ONEPATH_WRITES_PER_MINUTE: "1000000000",
      ONEPATH_COMPUTED_PER_MINUTE: "1000000000",
      // The load comes from one address, as no real client's would.
      ONEPATH_CONNECTIONS_PER_CLIENT: "1000000",
      ...env,
    },
    port,
  );
  return { ...app, stop: atEnd(app.stop) };
}

/** Serves a Next.js app built by buildEmptyNext (scripts/bench/first-load-js.ts) with `next start`. */
export async function startEmptyNext(dir: string, port: number): Promise<App> {
  const origin = `http://127.0.0.1:${port}`;
  const app = start(process.execPath, [NEXT_BIN, "start", dir, "-H", "127.0.0.1", "-p", String(port)], {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
  });
  await waitForHttp(origin, app);
  return { ...app, origin };
}

/** Saves a plan for answers through the API and returns its link, edit token and saved form. */
export async function planToMeasure(app: App, answers: Answers) {
  const { origin } = app;
  const saved = await savePlan(origin, {}, answers);
  if (saved.status !== 201) throw new Error(`saving a plan answered ${saved.status}: ${saved.body}\n${app.output()}`);
  const { id, editToken } = CreatePlanResponse.parse(JSON.parse(saved.body));
  const plan = SavedPlan.parse(await (await fetch(`${origin}${planApiPath(id)}`)).json());
  return { id, editToken, plan };
}
