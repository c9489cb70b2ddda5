// Which hosts this server answers for. A request names its host in the Host header; the door
// serves the public origin's host (ONEPATH_PUBLIC_URL, with or without its default port) and the
// loopback address the server listens on (at any port: a proxy on this machine, or a tunnel, may
// name the port it forwards from). Any other host is a request meant for another site (a DNS name
// pointed at this server, or a Host made up by hand), and the door refuses it with 421 before Next
// sees it, rather than serve it as if it were this site. Nothing the app builds comes from the
// Host header (links use publicOrigin), so this is the second line, not the first.
import { type Env, LISTEN_HOST, publicOrigin } from "../config";

const LOOPBACK = new RegExp(`^${LISTEN_HOST.replaceAll(".", "\\.")}(?::\\d{1,5})?$`);
const DEFAULT_PORTS: Record<string, string> = { "http:": "80", "https:": "443" };

/** Whether the door serves a request that names this host; an HTTP/1.0 request may name none, and is served. */
export function servesHost(env: Pick<Env, "ONEPATH_PUBLIC_URL" | "PORT">): (host: string | undefined) => boolean {
  const origin = new URL(publicOrigin(env));
  const named = new Set([origin.host, `${origin.hostname}:${origin.port || DEFAULT_PORTS[origin.protocol]}`]);
  return (host) => host === undefined || named.has(host.toLowerCase()) || LOOPBACK.test(host);
}
