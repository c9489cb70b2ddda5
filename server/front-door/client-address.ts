// Who is asking: the address the request's TCP connection came from. The proxy header
// (X-Forwarded-For, or Forwarded as RFC 7239 writes it) is only believed as far as
// ONEPATH_TRUSTED_PROXY_HOPS reverse proxies of our own appended to it; any address further left
// was written by the client and could be anything (believed, a new made-up address per request
// would get a fresh rate limit each time).
import { isIPv4, isIPv6 } from "node:net";

export type ProxyHeader = "x-forwarded-for" | "forwarded";

export type Client = {
  /** the client's address, as the app may log or show it */
  address: string;
  /** what the limiter counts by: the IPv4 address, or the IPv6 /64 (one subscriber's whole network) */
  key: string;
  /** an entry a trusted proxy wrote that is not an address (clipped), when the walk stopped at one */
  unparsed?: string;
};

/** A bare IPv4 or IPv6 address, IPv4-mapped IPv6 unwrapped, or null for anything else. */
function normalize(raw: string | undefined): string | null {
  const text = raw?.trim() ?? "";
  if (isIPv4(text)) return text;
  if (!isIPv6(text)) return null;
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(text)?.[1];
  return mapped && isIPv4(mapped) ? mapped : text.toLowerCase();
}

/**
 * One hop as proxies write it: "203.0.113.9", "203.0.113.9:5555", "2001:db8::7", "[2001:db8::7]"
 * or "[2001:db8::7]:443" (some cloud proxies add the client's port), and in a Forwarded header the
 * same as a quoted string.
 */
function parseHop(raw: string): string | null {
  let text = raw.trim();
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) text = text.slice(1, -1);
  const [, host = text, port] = /^\[([^\]]+)\](?::(\d{1,5}))?$/.exec(text) ?? /^([\d.]+):(\d{1,5})$/.exec(text) ?? [];
  if (port !== undefined && Number(port) > 65_535) return null;
  if (text.startsWith("[") && !isIPv6(host)) return null; // brackets hold an IPv6 address only
  return normalize(host);
}

/** The "for" value of one Forwarded element ("for=192.0.2.60;proto=https"), or the element itself. */
function forwardedFor(element: string): string {
  for (const pair of element.split(";")) {
    const equals = pair.indexOf("=");
    if (equals !== -1 && pair.slice(0, equals).trim().toLowerCase() === "for") return pair.slice(equals + 1);
  }
  return element;
}

/** The eight 16-bit groups of an IPv6 address (zone dropped, embedded IPv4 folded in). */
function ipv6Groups(address: string): number[] {
  let text = address.split("%")[0]!;
  const v4 = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = "", tail] = text.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const gap = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill("0");
  return [...left, ...gap, ...right].map((group) => parseInt(group, 16));
}

const keyOf = (address: string) =>
  isIPv4(address)
    ? address
    : `${ipv6Groups(address)
        .slice(0, 4)
        .map((g) => g.toString(16))
        .join(":")}::/64`;

/**
 * The client behind `trustedHops` proxies. The socket's peer is the nearest hop; each trusted
 * proxy appended the address it saw to the proxy header, so the client is the entry `trustedHops`
 * from the right (or the leftmost, when the request passed fewer proxies). An entry that is not an
 * address ends the walk: it, and all left of it, are not trusted, and the caller is told which.
 */
export function clientOf(
  socketAddress: string | undefined,
  chain: string | undefined,
  trustedHops: number,
  header: ProxyHeader = "x-forwarded-for",
): Client {
  let address = normalize(socketAddress);
  let unparsed: string | undefined;
  if (address && trustedHops > 0 && chain) {
    const hops = chain.split(",").slice(-trustedHops).reverse();
    for (const hop of hops) {
      const next = parseHop(header === "forwarded" ? forwardedFor(hop) : hop);
      if (!next) {
        unparsed = hop.trim().slice(0, 60);
        break;
      }
      address = next;
    }
  }
  const client = address ? { address, key: keyOf(address) } : { address: "unknown", key: "unknown" };
  return unparsed === undefined ? client : { ...client, unparsed };
}
