// What a request costs against the limits, judged from its method and decoded path alone, before
// Next routes it. Every way of reading a saved plan is a "lookup": its page (also as a prefetch or
// an RSC request), GET /api/plans/<id>, the Markdown and calendar exports, the preview card,
// /result?compare=<id>, and the owner's count of devices. Every way of changing one is a "write",
// the trade of an edit link for a device's token (POST /api/plans/<id>/owner) included, which also
// keeps guessing tokens on the tighter budget. Every answer the engine computes for
// the asking is a "compute": a result page, the wizard with answers in its address, and
// POST /api/recommendation and /api/wizard/next.
import { WIZARD_PARAMS, WIZARD_QUERY_KEYS } from "@/lib/wizard-keys";
import type { Kind } from "../rate-limit";

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);
const COMPUTING_APIS = new Set(["recommendation", "wizard/next"]);

/** Whether next.config.ts sends this /wizard address to the page that renders its answers. */
export const rewritesWizard = (search: URLSearchParams): boolean => WIZARD_QUERY_KEYS.some((key) => search.has(key));

/** A request's path as sent (percent-encoded), its decoded segments, and its query. */
export type Target = { path: string; segments: string[]; search: URLSearchParams };

/**
 * The request target as decoded path segments and query, or null when it is not an origin-form
 * path ("/..."), a segment is not valid percent-encoded UTF-8 ("/plans/%ff"), or a segment is "."
 * or ".." (browsers resolve those before sending; Next would resolve "/api/plans/../x" elsewhere).
 */
export function parseTarget(url: string | undefined): Target | null {
  if (!url?.startsWith("/")) return null;
  const query = url.indexOf("?");
  const path = query === -1 ? url : url.slice(0, query);
  try {
    const segments = path.split("/").filter(Boolean).map(decodeURIComponent);
    if (segments.some((segment) => segment === "." || segment === "..")) return null;
    return { path, segments, search: new URLSearchParams(query === -1 ? "" : url.slice(query + 1)) };
  } catch {
    return null;
  }
}

export function requestKind(method: string, { segments, search }: Target): Kind | null {
  const [first, second, third] = segments;
  const planPage = first === "plans" && second !== undefined;
  const planApi = first === "api" && second === "plans";
  if (method === "POST" && first === "api" && COMPUTING_APIS.has(segments.slice(1).join("/"))) return "compute";
  if (!SAFE.has(method)) return planPage || planApi ? "write" : null;
  if (method === "OPTIONS") return null;
  if (planPage || (planApi && third !== undefined)) return "lookup";
  if (first === "result" && segments.length === 1) return search.has(WIZARD_PARAMS.compare) ? "lookup" : "compute";
  if (first === "wizard" && (segments.length === 1 ? rewritesWizard(search) : second === "answers")) return "compute";
  return null;
}
