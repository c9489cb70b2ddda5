// The front door's own short answers (refusals, health checks): JSON { error } under /api and text
// elsewhere, no body for HEAD, never cached, with the security headers and a policy under which
// nothing may load, run or frame them.
import type { IncomingMessage, ServerResponse } from "node:http";
import { REFUSAL_POLICY, SECURITY_HEADERS } from "./security-headers";

export function answerPlainly(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  message: string,
  headers: Record<string, string> = {},
): void {
  const api = request.url?.startsWith("/api/") ?? false;
  const body = api ? JSON.stringify({ error: message }) : `${message}\n`;
  for (const [name, value] of SECURITY_HEADERS) response.setHeader(name, value);
  response.writeHead(status, {
    ...headers,
    "Content-Type": api ? "application/json" : "text/plain; charset=utf-8",
    "Content-Length": Buffer.byteLength(body),
    "Content-Security-Policy": REFUSAL_POLICY,
    "Cache-Control": "no-store",
  });
  response.end(request.method === "HEAD" ? undefined : body);
}
