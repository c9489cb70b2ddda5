// The browser's side of the saved-plans API: one function per request, each returning a result
// object instead of throwing, with every response parsed against the shared contract. The edit
// token only ever travels in the Authorization header.
import type * as z from "@/data/zod";
import type { Answers } from "@/data/answers";
import {
  ConflictResponse,
  CreatePlanResponse,
  SavedPlan,
  NewLinkResponse,
  type PatchPlanBody,
} from "@/lib/api-contract";

export type Failure =
  | { ok: false; reason: "offline" | "gone" | "busy" | "server" | "invalid" }
  | { ok: false; reason: "conflict"; plan: SavedPlan };
export type Result<T> = { ok: true; data: T } | Failure;

const headers = (token?: string): HeadersInit => ({
  "Content-Type": "application/json",
  ...(token ? { Authorization: `Bearer ${token}` } : {}),
});

async function request<S extends z.ZodMiniType>(
  url: string,
  init: RequestInit,
  ok: number,
  schema: S | null,
): Promise<Result<z.output<S>>> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, cache: "no-store" });
  } catch {
    return { ok: false, reason: "offline" };
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.status === ok) {
    if (!schema) return { ok: true, data: undefined as z.output<S> };
    const parsed = schema.safeParse(body);
    return parsed.success ? { ok: true, data: parsed.data } : { ok: false, reason: "server" };
  }
  if (response.status === 409) {
    const conflict = ConflictResponse.safeParse(body);
    if (conflict.success) return { ok: false, reason: "conflict", plan: conflict.data.plan };
  }
  if (response.status === 404) return { ok: false, reason: "gone" };
  if (response.status === 429) return { ok: false, reason: "busy" };
  if (response.status === 400 || response.status === 413) return { ok: false, reason: "invalid" };
  return { ok: false, reason: "server" };
}

const api = (id: string) => `/api/plans/${encodeURIComponent(id)}`;

export const createPlan = (body: { answers: Answers; startDate: string; title?: string }) =>
  request("/api/plans", { method: "POST", headers: headers(), body: JSON.stringify(body) }, 201, CreatePlanResponse);

export const fetchPlan = (id: string) => request(api(id), { method: "GET" }, 200, SavedPlan);

export const patchPlan = (id: string, token: string, body: PatchPlanBody) =>
  request(api(id), { method: "PATCH", headers: headers(token), body: JSON.stringify(body) }, 200, SavedPlan);

export const deletePlan = (id: string, token: string) =>
  request(api(id), { method: "DELETE", headers: headers(token) }, 204, null);

export const newLink = (id: string, token: string) =>
  request(`${api(id)}/new-link`, { method: "POST", headers: headers(token), body: "{}" }, 200, NewLinkResponse);

/**
 * Sets values on a plan (ticks, a title). A 409 means the plan changed elsewhere: take the
 * current plan it returns and apply the same values once more on top of it. Values are set,
 * never toggled, so re-applying them is safe.
 */
export async function patchWithRetry(
  id: string,
  token: string,
  version: number,
  change: Omit<PatchPlanBody, "version">,
): Promise<Result<SavedPlan>> {
  const first = await patchPlan(id, token, { ...change, version });
  if (first.ok || first.reason !== "conflict") return first;
  return patchPlan(id, token, { ...change, version: first.plan.version });
}

/** A short, plain sentence for a failure, finishing "We couldn't <action>." */
export function failureMessage(failure: Failure, action: string): string {
  switch (failure.reason) {
    case "offline":
      return `We couldn't ${action}: you seem to be offline. Check your connection and try again.`;
    case "busy":
      return `We couldn't ${action}: too many changes in a short time. Wait a minute and try again.`;
    case "gone":
      return `We couldn't ${action}: this plan was deleted or got a new link, maybe on another device.`;
    case "conflict":
      return `We couldn't ${action}: the plan kept changing in another tab. Reload the page and try again.`;
    case "invalid":
      return `We couldn't ${action}: something in the request wasn't accepted.`;
    case "server":
      return `We couldn't ${action} because of a problem on our side. Try again in a moment.`;
  }
}
