// `npm start` (and `npm run dev` with --dev): OnePath's HTTP server on 127.0.0.1. It parses the
// whole environment first and stops with one clear line if any value is wrong, then serves every
// request through the front door (server/front-door/door.ts) to Next.
//   node --import tsx server/main.ts [-p <port>] [--dev]
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import next from "next";
import { type Env, readEnv } from "./config";
import { createFrontDoor } from "./front-door/door";
import { markFrontDoor } from "./front-door/marker";
import { SECURITY_HEADERS } from "./front-door/security-headers";
import { createLimiter } from "./rate-limit";

const HOST = "127.0.0.1";

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
  return { env, port: env.PORT, dev: args.dev ?? false };
}

const { env, port, dev } = settings();
const app = next({ dev, dir: fileURLToPath(new URL("..", import.meta.url)), hostname: HOST, port });
const limiter = createLimiter(env);
markFrontDoor();
await app.prepare();

const server = createServer(createFrontDoor({ env, limiter, handle: app.getRequestHandler() }));
// Requests Node cannot even parse get a plain 400 with the security headers, and no log line.
server.on("clientError", (error: NodeJS.ErrnoException, socket) => {
  if (!socket.writable || error.code === "ECONNRESET") return socket.destroy();
  const status = error.code === "HPE_HEADER_OVERFLOW" ? "431 Request Header Fields Too Large" : "400 Bad Request";
  const headers = SECURITY_HEADERS.map(([name, value]) => `${name}: ${value}\r\n`).join("");
  socket.end(`HTTP/1.1 ${status}\r\n${headers}Content-Length: 0\r\nConnection: close\r\n\r\n`);
});
if (dev) server.on("upgrade", app.getUpgradeHandler()); // hot reload's websocket
server.once("error", (error) => fail(error.message));
server.listen(port, HOST, () => console.log(`OnePath${dev ? " (development)" : ""} on http://${HOST}:${port}`));

async function stop() {
  server.close();
  server.closeAllConnections();
  await Promise.allSettled([limiter.close(), app.close()]);
  process.exit(0);
}
process.once("SIGTERM", () => void stop());
process.once("SIGINT", () => void stop());
