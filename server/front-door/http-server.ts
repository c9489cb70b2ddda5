// The HTTP server the front door runs in (server/main.ts): how long a client may take, how many
// connections one client address may hold, the answers Node gives by itself (400, 408, 431) with
// the security headers, /healthz and /readyz for a load balancer, and a graceful stop: on SIGTERM
// the server says it is not ready, stops accepting connections, and lets the requests in flight
// finish for a while before it closes what is left.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { finished } from "node:stream/promises";
import { clientOf } from "./client-address";
import { answerPlainly } from "./plain-answer";
import { SECURITY_HEADERS } from "./security-headers";

/** A request's headers must arrive within this; the whole request, its body included, within the next. */
export const HEADERS_TIMEOUT_MS = 10_000;
export const REQUEST_TIMEOUT_MS = 20_000;
/** An idle keep-alive connection is closed after this. */
export const KEEP_ALIVE_TIMEOUT_MS = 5_000;
/** How long a stopping server lets the requests in flight finish. */
export const STOP_GRACE_MS = 10_000;

type Options = {
  /** the front door */
  handle: (request: IncomingMessage, response: ServerResponse) => void;
  /** connections one client address may hold at once; null for no cap (the socket is our proxy) */
  connectionsPerClient: number | null;
  /** null when the database is ready, or why it is not */
  ready: () => Promise<string | null>;
};

export type AppServer = { server: Server; stop: () => Promise<void> };

/** Node's own answers for requests it cannot parse, as the raw bytes it would send. */
function clientErrorAnswer(code: string | undefined): string {
  const status =
    code === "HPE_HEADER_OVERFLOW"
      ? "431 Request Header Fields Too Large"
      : code === "ERR_HTTP_REQUEST_TIMEOUT"
        ? "408 Request Timeout"
        : "400 Bad Request";
  const headers = SECURITY_HEADERS.map(([name, value]) => `${name}: ${value}\r\n`).join("");
  return `HTTP/1.1 ${status}\r\n${headers}Content-Length: 0\r\nConnection: close\r\n\r\n`;
}

/** Closes connections past the cap per client (an IPv4 address, or an IPv6 /64) as they open. */
function capConnections(server: Server, max: number) {
  const open = new Map<string, number>();
  server.on("connection", (socket: Socket) => {
    const { key } = clientOf(socket.remoteAddress, undefined, 0);
    const count = (open.get(key) ?? 0) + 1;
    if (count > max) return void socket.destroy();
    open.set(key, count);
    socket.once("close", () => {
      const left = open.get(key)! - 1;
      if (left > 0) open.set(key, left);
      else open.delete(key);
    });
  });
}

export function createAppServer({ handle, connectionsPerClient, ready }: Options): AppServer {
  let stopping = false;
  const inFlight = new Set<ServerResponse>();
  let allDone: () => void = () => undefined;

  /**
   * /healthz: the process answers. /readyz: it may be sent requests. Neither is counted or logged.
   * Answered once the whole request has arrived, so a probe that was still arriving when the
   * server began to stop is told so.
   */
  async function health(request: IncomingMessage, response: ServerResponse, path: string) {
    await finished(request.resume()).catch(() => undefined);
    if (request.method !== "GET" && request.method !== "HEAD") {
      answerPlainly(request, response, 405, `The method ${request.method?.slice(0, 20)} is not allowed here.`, { Allow: "GET, HEAD" });
    } else if (path === "/healthz") answerPlainly(request, response, 200, "ok");
    else {
      const problem = stopping ? "shutting down" : await ready();
      answerPlainly(request, response, problem ? 503 : 200, problem ? `not ready: ${problem}` : "ready");
    }
  }

  const server = createServer(
    {
      headersTimeout: HEADERS_TIMEOUT_MS,
      requestTimeout: REQUEST_TIMEOUT_MS,
      keepAliveTimeout: KEEP_ALIVE_TIMEOUT_MS,
      // Node checks the two timeouts above this often (by default every 30 s: a slow client then
      // held its connection for up to 30 s more).
      connectionsCheckingInterval: 1000,
      // The door answers a request without Host itself, with the security headers.
      requireHostHeader: false,
    },
    (request, response) => {
      inFlight.add(response);
      response.once("close", () => {
        inFlight.delete(response);
        if (stopping && inFlight.size === 0) allDone();
      });
      if (stopping) response.shouldKeepAlive = false;
      const path = request.url?.split("?")[0];
      if (path === "/healthz" || path === "/readyz") void health(request, response, path);
      else handle(request, response);
    },
  );
  // Requests Node cannot even parse, or that took too long to arrive, get a plain answer (when
  // nothing was sent on the connection yet) with the security headers, and no log line.
  server.on("clientError", (error: NodeJS.ErrnoException, socket: Socket) => {
    if (!socket.writable || socket.bytesWritten > 0 || error.code === "ECONNRESET") return socket.destroy();
    socket.end(clientErrorAnswer(error.code));
  });
  if (connectionsPerClient !== null) capConnections(server, connectionsPerClient);

  async function stop() {
    stopping = true;
    const finished = new Promise<void>((resolve) => (allDone = resolve));
    if (inFlight.size === 0) allDone();
    // Stops accepting, and closes keep-alive connections with no request on them.
    server.close();
    for (const response of inFlight) if (!response.headersSent) response.shouldKeepAlive = false;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([finished, new Promise((resolve) => (timer = setTimeout(resolve, STOP_GRACE_MS)))]);
    clearTimeout(timer);
    server.closeAllConnections();
  }

  return { server, stop };
}
