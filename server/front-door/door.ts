// The front door: every request passes here before Next sees it (server/main.ts). It answers
// what Next would answer badly, with the security headers and without a log line (a method Next
// cannot handle, an address that does not decode, a malformed router-state header, a server-action
// call or a POST to a page, the image optimiser), names the client by its socket (see
// client-address.ts) and tells Next the same, counts the request against that client's limit,
// serves a result, a wizard step or a saved plan's page again when it has one kept
// (cached-pages.ts), admits pages rendered per request a few at a time (admission.ts), gives pages
// their Content-Security-Policy (page-policy.ts), their stylesheet inline (inline-css.ts) and a
// short life in shared caches (page-cache.ts), and compresses what Next answers (compression.ts).
import type { IncomingMessage, ServerResponse } from "node:http";
// Next's own check of its router-state header: what it would reject with a 500 and a logged error.
import { parseAndValidateFlightRouterState } from "next/dist/server/app-render/parse-and-validate-flight-router-state.js";
import type { Limiter } from "../rate-limit";
import { type Env, publicOrigin } from "../config";
import { buildHashes } from "../csp";
import { type Client, clientOf } from "./client-address";
import { BUSY_RETRY_SECONDS, createAdmission, holdConnection } from "./admission";
import type { cachedPages } from "./cached-pages";
import { compressResponse } from "./compression";
import { inlineStylesheets, stylesheetInliner } from "./inline-css";
import { servesHost } from "./host";
import { answeredNotModified } from "./not-modified";
import { limitSharedCaching } from "./page-cache";
import { isPage, rendersPerRequest, setPagePolicy } from "./page-policy";
import { parseTarget, requestKind } from "./request-kind";
import { answerPlainly } from "./plain-answer";
import { SECURITY_HEADERS } from "./security-headers";

const ALLOWED_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
const allowed = new Set<string>(ALLOWED_METHODS);
const PAGE_METHODS: readonly string[] = ["GET", "HEAD", "OPTIONS"];

type Handle = (request: IncomingMessage, response: ServerResponse) => Promise<void>;
type Options = {
  env: Pick<Env, "ONEPATH_TRUSTED_PROXY_HOPS" | "ONEPATH_PROXY_HEADER" | "ONEPATH_RENDERS_AT_ONCE" | "ONEPATH_PUBLIC_URL" | "PORT">;
  limiter: Limiter;
  handle: Handle;
  /** the pages kept rendered (null: every page is rendered) */
  pages?: ReturnType<typeof cachedPages> | null;
  log?: (message: string) => void;
};

/**
 * Next's own request headers, which only its client code sends. A router-state header that does
 * not parse, or a server-action id (the app has no server actions), would each get a 500 or an
 * error in the log per request from Next; here they get a plain 400.
 */
function nextHeadersWellFormed(request: IncomingMessage): boolean {
  if (request.headers["next-action"] !== undefined) return false;
  try {
    parseAndValidateFlightRouterState(request.headers["next-router-state-tree"]);
    return true;
  } catch {
    return false;
  }
}

/** Headers only the door may set: what the client sent under these names is replaced or dropped. */
function tellNext(request: IncomingMessage, address: string, trustedHops: number) {
  const headers = request.headers;
  headers["x-forwarded-for"] = address;
  delete headers["x-real-ip"];
  delete headers["forwarded"];
  if (trustedHops === 0) {
    // No proxy of ours in front: the connection is plain HTTP on loopback, whatever the client says.
    headers["x-forwarded-proto"] = "http";
    delete headers["x-forwarded-host"];
    delete headers["x-forwarded-port"];
  }
}

/**
 * The client, and what is wrong with the configured proxy header when the trusted proxies did not
 * write it as expected: then the walk stopped at the nearest proxy that did, and every client behind
 * it would share one budget, so the operator must hear of it.
 */
function identify(request: IncomingMessage, env: Options["env"]): { client: Client; problem: string | null } {
  const hops = env.ONEPATH_TRUSTED_PROXY_HOPS;
  const header = env.ONEPATH_PROXY_HEADER;
  const value = request.headers[header];
  const client = clientOf(request.socket.remoteAddress, Array.isArray(value) ? value.join(",") : value, hops, header);
  if (client.unparsed !== undefined) {
    return { client, problem: `a trusted proxy wrote ${JSON.stringify(client.unparsed)} in ${header}, which is not an address` };
  }
  const other = header === "forwarded" ? "x-forwarded-for" : "forwarded";
  if (hops > 0 && value === undefined && request.headers[other] !== undefined) {
    return { client, problem: `requests come with ${other} but not ${header}; set ONEPATH_PROXY_HEADER=${other}` };
  }
  return { client, problem: null };
}

export function createFrontDoor({ env, limiter, handle, pages = null, log = console.error }: Options) {
  let warned = false;
  const admission = createAdmission(env.ONEPATH_RENDERS_AT_ONCE);
  const ourHost = servesHost(env);
  const misdirected = `Misdirected request: this server answers for ${publicOrigin(env)} only.`;
  // The build's stylesheets (none known in development, where Next serves its CSS its own way).
  const { styles } = buildHashes();
  const inline = styles.length ? stylesheetInliner(styles) : null;
  async function admit(request: IncomingMessage, response: ServerResponse) {
    for (const [name, value] of SECURITY_HEADERS) response.setHeader(name, value);
    const method = request.method ?? "";
    if (!allowed.has(method)) {
      return answerPlainly(request, response, 405, `The method ${method.slice(0, 20)} is not allowed here.`, {
        Allow: ALLOWED_METHODS.join(", "),
      });
    }
    // HTTP/1.1 requires Host (RFC 9112, 3.2); Node's own refusal would lack the security headers.
    if (request.headers.host === undefined && request.httpVersion !== "1.0") {
      return answerPlainly(request, response, 400, "Bad request: the Host header is missing.", { Connection: "close" });
    }
    // A request for another site (see host.ts): 421, which says this server is the wrong one to ask.
    if (!ourHost(request.headers.host)) return answerPlainly(request, response, 421, misdirected, { Connection: "close" });
    const target = parseTarget(request.url);
    if (!target) return answerPlainly(request, response, 400, "Bad request: that address is not valid.");
    // The app resizes no images (next.config.ts allows none). Next's optimiser would fetch a plan's
    // preview card into a public disk cache that outlives a revoke, and it answers 500 to a url
    // that does not decode, so it is never reached at all.
    if (target.segments[0] === "_next" && target.segments[1] === "image") return answerPlainly(request, response, 404, "Not found.");
    // Next's prerendered error page exists to be shown when a page fails; asked for by its own
    // address it answers 500, which is no error of ours.
    if (target.segments[0] === "_global-error") return answerPlainly(request, response, 404, "Not found.");
    // Pages are only ever read: a POST to one is a server action (the app has none), and Next logs
    // an error for every one it cannot find.
    if (target.segments[0] !== "api" && !PAGE_METHODS.includes(method)) {
      return answerPlainly(request, response, 405, `The method ${method} is not allowed here.`, { Allow: PAGE_METHODS.join(", ") });
    }
    // What may be done here: Next answers OPTIONS on pages and prerendered route handlers with 400
    // or 405 and two Allow headers; route handlers rendered per request answer it well themselves.
    if (method === "OPTIONS" && (!target.path.startsWith("/api/") || target.path === "/api/catalog")) {
      response.writeHead(204, { Allow: PAGE_METHODS.join(", "), "Cache-Control": "no-store" }).end();
      return;
    }
    if (!nextHeadersWellFormed(request)) return answerPlainly(request, response, 400, "Bad request: a header is not valid.");

    const { client, problem } = identify(request, env);
    if (problem && !warned) {
      warned = true; // once: the setting is wrong for every request alike
      log(
        `front door: ONEPATH_TRUSTED_PROXY_HOPS is ${env.ONEPATH_TRUSTED_PROXY_HOPS}, but ${problem}; those clients are counted as their proxy until it is fixed`,
      );
    }
    tellNext(request, client.address, env.ONEPATH_TRUSTED_PROXY_HOPS);

    const kind = requestKind(method, target);
    if (kind) {
      const wait = await limiter.hit(kind, client.key);
      if (wait !== null) {
        return answerPlainly(request, response, 429, "Too many requests. Please wait a minute and try again.", {
          "Retry-After": String(wait),
        });
      }
    }
    if (answeredNotModified(request, response, target)) return;
    const rendered = rendersPerRequest(target);
    // A page kept rendered goes out at once, without a turn to render.
    const kept = rendered && pages ? await pages.lookup(request, response, target) : null;
    if (kept?.served) return;
    const turn = rendered ? admission.enter() : undefined;
    if (turn === null) {
      answerPlainly(request, response, 503, "OnePath is busy right now. Please try again in a moment.", {
        "Retry-After": String(BUSY_RETRY_SECONDS),
      });
      return holdConnection(request, response, BUSY_RETRY_SECONDS * 1000);
    }
    if (turn) {
      response.once("close", turn.leave);
      if (!(await turn.granted)) return; // the client left while it waited
    }
    const nonce = setPagePolicy(request, response, target);
    // What Next writes passes, last installed first: the inliner, the render cache, then compression.
    compressResponse(request, response);
    if (isPage(target)) {
      limitSharedCaching(response);
      kept?.keep(response, nonce);
      if (inline) inlineStylesheets(response, inline);
    }
    await handle(request, response);
  }

  return (request: IncomingMessage, response: ServerResponse) => {
    admit(request, response).catch((error: unknown) => {
      // A request whose client gave up before its body ended (it timed out, or hung up) fails
      // through no fault of ours: nothing to report, nobody to answer.
      if (request.readableAborted) return void response.destroy();
      // One line, no stack, no address (it may hold a plan id).
      log(`front door: ${request.method} failed: ${error instanceof Error ? error.message : String(error)}`);
      if (!response.headersSent) answerPlainly(request, response, 500, "Something went wrong on our side. Please try again.");
      else response.destroy();
    });
  };
}
