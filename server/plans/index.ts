import "server-only";
// The one way the app reaches saved plans: route handlers, server actions and server components
// call getPlanRepository(). It opens the configured database once per process and migrates it.
import { readEnv } from "../env";
import { open } from "../db/connect";
import { migrateToLatest } from "../db/migrations";
import { createPlanRepository, type PlanRepository } from "./repository";

export type { PlanRepository, UpdateResult } from "./repository";

// Kept on globalThis so dev-mode module reloads reuse one connection pool.
const holder = globalThis as unknown as { onepathPlans?: Promise<PlanRepository> };

async function start(): Promise<PlanRepository> {
  const connection = open(readEnv());
  await migrateToLatest(connection.db as never);
  return createPlanRepository(connection);
}

export function getPlanRepository(): Promise<PlanRepository> {
  holder.onepathPlans ??= start().catch((error: unknown) => {
    holder.onepathPlans = undefined; // let the next request try again (e.g. Postgres was down)
    throw error;
  });
  return holder.onepathPlans;
}
