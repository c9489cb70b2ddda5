import "server-only";
// Request plumbing shared by every JSON route handler: content type, a body size limit counted
// while the body streams in, JSON and zod parsing, and short JSON errors that name the field.
// Rate limits are counted before Next, by the front door (server/front-door/).
import { en } from "zod/locales";
import { pageCopy } from "@/data/copy";
import * as z from "@/data/zod";
import { EditToken, MAX_BODY_BYTES } from "@/lib/api-contract";
import { isStoreFailure, logStoreFailure } from "./db/failure";
import { siteOrigin } from "./origin";

// zod/mini carries no messages of its own; the API's errors read in English.
z.config(en());

const MAX_SEGMENT = 40;
const MAX_MESSAGE = 200;

/** What every request answers when the plan store fails: the API as JSON, downloads and images as text. */
export const STORE_UNAVAILABLE = pageCopy.storeDown.text;

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** A JSON response that no cache keeps. */
export function json(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

export const jsonError = (status: number, error: string): Response => json({ error }, status);

/** 204: done, nothing to say. */
export const noContent = (): Response => new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });

/** "answers.constraints[0]", or "body" for the body itself; long keys are clipped. */
function fieldPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "body";
  return path.map((key, i) => (typeof key === "number" ? `[${key}]` : `${i ? "." : ""}${clip(String(key), MAX_SEGMENT)}`)).join("");
}

/** Each issue as [field, message]; an unknown key is named as the field, not echoed in the message. */
const problems = (error: z.core.$ZodError): [string, string][] =>
  error.issues.flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key): [string, string] => [fieldPath([...issue.path, key]), "unknown field"])
      : [[fieldPath(issue.path), issue.message]],
  );

/** The first problem in one short line ("answers.employer: Invalid option: expected one of …"). */
function describeIssues(error: z.core.$ZodError): string {
  const all = problems(error);
  const [field, message] = all[0] ?? ["body", "invalid"];
  // Count other fields only: zod may report one wrong value twice (array checks on a string).
  const others = new Set(all.map(([f]) => f).filter((f) => f !== field)).size;
  return clip(`${field}: ${message}`, MAX_MESSAGE) + (others ? ` (and ${others} more)` : "");
}

type Read = { ok: true; text: string } | { ok: false; response: Response };

/** Reads the body as UTF-8, refusing it with 413 as soon as it passes the limit. */
async function readText(request: Request, limit: number): Promise<Read> {
  const tooLarge = { ok: false, response: jsonError(413, `body: larger than ${limit} bytes`) } as const;
  if (Number(request.headers.get("content-length")) > limit) return tooLarge;
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    try {
      for (let part = await reader.read(); !part.done; part = await reader.read()) {
        size += part.value.byteLength;
        if (size > limit) {
          await reader.cancel();
          return tooLarge;
        }
        chunks.push(part.value);
      }
    } catch {
      // The client went away before its body ended (an aborted upload): nothing failed here, so
      // nothing is logged; the answer is for the record, as nobody is left to read it.
      return { ok: false, response: jsonError(400, "body: the request ended before its body did") };
    }
  }
  const bytes = new Uint8Array(size);
  chunks.reduce((offset, chunk) => (bytes.set(chunk, offset), offset + chunk.byteLength), 0);
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, response: jsonError(400, "body: not valid UTF-8") };
  }
}

type Parsed<T> = { ok: true; data: T } | { ok: false; response: Response };

/**
 * Content type, size limit, JSON, then the schema: every failure is a ready JSON error. The whole
 * declared body is read before anything acts on it. With `emptyIs`, a request may send no body at
 * all (a command that takes none), which reads as that value.
 */
export async function parseJsonBody<S extends z.ZodMiniType>(
  request: Request,
  schema: S,
  { emptyIs }: { emptyIs?: unknown } = {},
): Promise<Parsed<z.output<S>>> {
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  const wrongType = { ok: false, response: jsonError(400, "Content-Type: expected application/json") } as const;
  if (emptyIs === undefined && type !== "application/json") return wrongType;
  const read = await readText(request, MAX_BODY_BYTES);
  if (!read.ok) return read;
  const empty = emptyIs !== undefined && read.text.trim() === "";
  if (!empty && type !== "application/json") return wrongType;
  let value: unknown = emptyIs;
  try {
    if (!empty) value = JSON.parse(read.text);
  } catch {
    return { ok: false, response: jsonError(400, "body: not valid JSON") };
  }
  const result = schema.safeParse(value);
  return result.success ? { ok: true, data: result.data } : { ok: false, response: jsonError(400, describeIssues(result.error)) };
}

type Options<S extends z.ZodMiniType | undefined> = {
  /** the JSON body schema, when the handler takes a body */
  body?: S;
  /** require a same-origin Origin header (state-changing requests) */
  sameOrigin?: boolean;
};

type Context<S> = { request: Request; body: S extends z.ZodMiniType ? z.output<S> : undefined; token: string | null };

/**
 * The bearer token if the header is well-formed; anything else counts as no token. The scheme
 * name is case-insensitive (RFC 9110 11.1), the token is checked by the same schema that made it.
 */
function bearer(request: Request): string | null {
  const [scheme, token, ...rest] = (request.headers.get("authorization") ?? "").trim().split(/[ \t]+/);
  if (scheme?.toLowerCase() !== "bearer" || rest.length > 0) return null;
  const parsed = EditToken.safeParse(token);
  return parsed.success ? parsed.data : null;
}

/** The path for the log: a plan id grants read access, so only its first characters are kept. */
const loggablePath = (pathname: string): string => pathname.replace(/(\/plans\/)([^/]{4})[^/]*/, "$1$2…");

/**
 * Wraps a JSON route handler: same-origin check, body parsing, then the handler. A
 * database failure becomes a plain 503 the page can offer to retry, logged in one line (repeats
 * counted, server/db/failure.ts); anything else unexpected is logged with its stack and answered
 * with a plain 500, never a stack trace.
 */
export function handler<S extends z.ZodMiniType | undefined = undefined, P = unknown>(
  options: Options<S>,
  handle: (context: Context<S>, params: P) => Promise<Response> | Response,
) {
  return async (request: Request, routeContext?: { params: Promise<P> }): Promise<Response> => {
    try {
      const origin = request.headers.get("origin");
      if (options.sameOrigin && (origin === null || origin !== siteOrigin())) {
        return jsonError(403, "Origin: state-changing requests must come from this site");
      }
      let body: unknown;
      if (options.body) {
        const parsed = await parseJsonBody(request, options.body);
        if (!parsed.ok) return parsed.response;
        body = parsed.data;
      }
      const params = (await routeContext?.params) as P;
      return await handle({ request, body: body as Context<S>["body"], token: bearer(request) }, params);
    } catch (error) {
      const where = `${request.method} ${loggablePath(new URL(request.url).pathname)}`;
      // Only what the data layer threw is a store failure: an error code alone (ECONNRESET from a
      // client that hung up) says nothing about the database. Anything else is a bug, whose stack
      // says where.
      if (!isStoreFailure(error)) {
        console.error(`${where} failed`, error);
        return jsonError(500, "internal error");
      }
      logStoreFailure(error, where);
      return jsonError(503, STORE_UNAVAILABLE);
    }
  };
}

/**
 * A store failure met outside a JSON route handler (a page, a download), logged as the API's are:
 * one line naming the request, a plan's id shortened. Anything else is thrown on (Next answers 500).
 */
export function logStoreFailureOn(error: unknown, request: { method: string; path: string }): void {
  if (!isStoreFailure(error)) throw error;
  logStoreFailure(error, `${request.method} ${loggablePath(request.path)}`);
}

/**
 * For the plan's downloads and preview card, which are not JSON: a store failure becomes the same
 * plain 503 as the API's, as text, logged as the API's are; anything else is thrown on.
 */
export function storeUnavailable(error: unknown, request: { method: string; path: string }): Response {
  logStoreFailureOn(error, request);
  return plainText(`${STORE_UNAVAILABLE}\n`, 503);
}

/** A short plain-text answer from a plan's downloads, never cached (like every answer about a plan). */
export const plainText = (body: string, status: number): Response =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/** A POST handler that takes a JSON body matching schema (the stateless engine endpoints). */
export function jsonPost<S extends z.ZodMiniType>(schema: S, handle: (body: z.output<S>) => Response) {
  return handler({ body: schema }, ({ body }) => handle(body as z.output<S>));
}
