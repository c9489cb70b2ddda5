// Extra app servers for one spec file (scripts/app-server.ts starts them): every server a test
// starts is stopped after that test.
import { type AppServer, startApp } from "@/scripts/app-server";

export function appsPerTest(test: { afterEach: (hook: () => Promise<void>) => void }) {
  const apps: AppServer[] = [];
  test.afterEach(async () => {
    for (const app of apps.splice(0)) await app.stop();
  });
  return async (settings: Record<string, string> = {}) => {
    const app = await startApp(settings);
    apps.push(app);
    return app;
  };
}
