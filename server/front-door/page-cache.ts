// How long shared caches (a CDN, a proxy) may keep a page. Next tells them to keep every page it
// prerendered, its not-found page included, for a year (s-maxage=31536000), and there is no
// setting for it short of regenerating pages on the server. After a deploy a cache would then serve
// the old HTML, whose script names are gone, for a year. The door replaces that answer on pages:
// shared caches keep a page five minutes and must ask again after that (cheaply: the page has an
// ETag), browsers ask every time. Pages rendered per request say no-store and are left alone.
import type { ServerResponse } from "node:http";

const PAGE_CACHE_CONTROL = "public, max-age=0, s-maxage=300, must-revalidate";

/** Replaces any Cache-Control Next sets for shared caches (s-maxage) on this response. */
export function limitSharedCaching(response: ServerResponse): void {
  const setHeader = response.setHeader.bind(response);
  response.setHeader = function (name, value) {
    const shared = name.toLowerCase() === "cache-control" && /\bs-maxage=/i.test(String(value));
    return setHeader(name, shared ? PAGE_CACHE_CONTROL : value);
  };
}
