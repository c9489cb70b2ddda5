import "server-only";
// The server's configuration. The parsing lives in config.ts, which the front door (server/main.ts)
// and the database commands in scripts/ share outside Next; the app imports it from here so it
// never reaches the browser.
export { currentEnv, readEnv } from "./config";
