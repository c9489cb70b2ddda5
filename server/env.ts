import "server-only";
// The server's configuration. The parsing lives in db/config.ts, which the database commands in
// scripts/ share outside Next; the app imports it from here so it never reaches the browser.
export { Env, readEnv } from "./db/config";
