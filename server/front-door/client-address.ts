// Who is asking: the address the request's TCP connection came from. X-Forwarded-For is only
// believed as far as ONEPATH_TRUSTED_PROXY_HOPS reverse proxies of our own appended to it; any
// address further left was written by the client and could be anything (believed, a new made-up
// address per request would get a fresh rate limit each time).
import { isIPv4, isIPv6 } from "node:net";

export type Client = {
  /** the client's address, as the app may log or show it */
  address: string;
  /** what the limiter counts by: the IPv4 address, or the IPv6 /64 (one subscriber's whole network) */
  key: string;
};

/** A bare IPv4 or IPv6 address, IPv4-mapped IPv6 unwrapped, or null for anything else. */
function normalize(raw: string | undefined): string | null {
  const text = raw?.trim() ?? "";
  if (isIPv4(text)) return text;
  if (!isIPv6(text)) return null;
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(text)?.[1];
  return mapped && isIPv4(mapped) ? mapped : text.toLowerCase();
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
  isIPv4(address) ? address : `${ipv6Groups(address).slice(0, 4).map((g) => g.toString(16)).join(":")}::/64`;

/**
 * The client behind `trustedHops` proxies. The socket's peer is the nearest hop; each trusted
 * proxy appended the address it saw to X-Forwarded-For, so the client is the entry `trustedHops`
 * from the right. A malformed entry ends the walk: it, and all left of it, are not trusted.
 */
export function clientOf(socketAddress: string | undefined, forwardedFor: string | undefined, trustedHops: number): Client {
  let address = normalize(socketAddress);
  if (address && trustedHops > 0 && forwardedFor) {
    const hops = forwardedFor.split(",").slice(-trustedHops).reverse();
    for (const hop of hops) {
      const next = normalize(hop);
      if (!next) break;
      address = next;
    }
  }
  return address ? { address, key: keyOf(address) } : { address: "unknown", key: "unknown" };
}
