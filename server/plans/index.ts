import "server-only";
// The one way the app reaches saved plans: route handlers, server actions and server components
// call getPlanRepository(). It opens the configured database once per process and migrates it.
import { readEnv } from "../env";
import { open } from "../db/connect";
import { asStoreFailure, guarded } from "../db/failure";
import { migrateToLatest } from "../db/migrations";
import { createPlanRepository, type PlanRepository } from "./repository";

export type { PlanRepository } from "./repository";

// Kept on globalThis so dev-mode module reloads reuse one connection pool.
const holder = globalThis as unknown as { onepathPlans?: Promise<PlanRepository> };

async function start(): Promise<PlanRepository> {
  const connection = open(readEnv());
  const applied = await migrateToLatest(connection.db as never);
  console.info(`plans: ${connection.describe}${applied.length ? `, migrated ${applied.join(", ")}` : ""}`);
  // Anything the store throws from here on is a store failure (503), whatever its error code.
  return guarded(createPlanRepository(connection));
}

export function getPlanRepository(): Promise<PlanRepository> {
  holder.onepathPlans ??= start().catch((error: unknown) => {
    holder.onepathPlans = undefined; // let the next request try again (e.g. Postgres was down)
    throw asStoreFailure(error, "open");
  });
  return holder.onepathPlans;
}
