// Vitest global set-up: one real PostgreSQL server for the integration tests (or the server named
// by TEST_DATABASE_URL). Each test file makes its own database on it.
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../fixtures/embedded-postgres";

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE_URL) {
    project.provide("postgresUrl", process.env.TEST_DATABASE_URL);
    return;
  }
  const server = await startEmbeddedPostgres();
  project.provide("postgresUrl", server.url);
  return server.stop;
}
