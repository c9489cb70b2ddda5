// `npm start` (and `npm run dev` with --dev): OnePath's HTTP server on 127.0.0.1. It parses the
// whole environment first and stops with one clear line if any value is wrong, then serves every
// request through the front door (server/front-door/door.ts) to Next, in an HTTP server with
// timeouts, a connection cap per client, health checks and a graceful stop on SIGTERM
// (server/front-door/http-server.ts).
//   node --import tsx server/main.ts [-p <port>] [--dev]
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import next from "next";
import { type Env, LISTEN_HOST, readEnv } from "./config";
import { buildHashes } from "./csp";
import { open } from "./db/connect";
import { createReadiness } from "./db/readiness";
import { cachedPages } from "./front-door/cached-pages";
import { createFrontDoor } from "./front-door/door";
import { createAppServer } from "./front-door/http-server";
import { markFrontDoor } from "./front-door/marker";
import { createPlanRepository } from "./plans/repository";
import { createLimiter } from "./rate-limit";

function fail(message: string): never {
  console.error(`OnePath cannot start: ${message}`);
  process.exit(1);
}

function settings(): { env: Env; port: number; dev: boolean } {
  let args;
  try {
    args = parseArgs({ options: { port: { type: "string", short: "p" }, dev: { type: "boolean" } } }).values;
  } catch (error) {
    fail(`${(error as Error).message} (usage: server/main.ts [-p <port>] [--dev])`);
  }
  let env: Env;
  try {
    env = readEnv(args.port === undefined ? process.env : { ...process.env, PORT: args.port });
  } catch (error) {
    fail((error as Error).message.replace(/^OnePath cannot start: /, ""));
  }
  // Route handlers read the settings from the environment again (currentEnv), so the port given
  // with -p becomes PORT for them too: the public origin they build names the port listened on.
  process.env.PORT = String(env.PORT);
  return { env, port: env.PORT, dev: args.dev ?? false };
}

const { env, port, dev } = settings();
const app = next({ dev, dir: fileURLToPath(new URL("..", import.meta.url)), hostname: LISTEN_HOST, port });
const limiter = createLimiter(env);
const readiness = createReadiness(env);
void readiness.check(); // applies the migrations now, not on the first request
// Pages kept rendered, keyed on a saved plan's version read from the database on every request
// (a connection of the door's own). In development pages change with the code: none is kept.
const versions = dev || env.ONEPATH_RENDER_CACHE_MB === 0 ? null : createPlanRepository(open(env));
const pages = versions
  ? cachedPages({ maxBytes: env.ONEPATH_RENDER_CACHE_MB * 1024 * 1024, versions, styles: buildHashes().styles })
  : null;
markFrontDoor();
await app.prepare();

const { server, stop } = createAppServer({
  handle: createFrontDoor({ env, limiter, handle: app.getRequestHandler(), pages }),
  // Behind trusted proxies every connection comes from a proxy: they cap their own clients.
  connectionsPerClient: env.ONEPATH_TRUSTED_PROXY_HOPS === 0 ? env.ONEPATH_CONNECTIONS_PER_CLIENT : null,
  ready: readiness.check,
});
const upgrade = app.getUpgradeHandler();
if (dev) server.on("upgrade", (request, socket, head) => void upgrade(request, socket, head)); // hot reload's websocket
server.once("error", (error) => fail(error.message));
server.listen(port, LISTEN_HOST, () => console.log(`OnePath${dev ? " (development)" : ""} on http://${LISTEN_HOST}:${port}`));

let stopping = false;
async function shutDown() {
  if (stopping) process.exit(1); // asked twice: no more waiting
  stopping = true;
  await stop();
  await Promise.allSettled([limiter.close(), readiness.close(), versions?.close(), app.close()]);
  process.exit(0);
}
process.on("SIGTERM", () => void shutDown());
process.on("SIGINT", () => void shutDown());
