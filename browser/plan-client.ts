// The browser's side of the saved-plans API: one function per request, each returning a result
// object (lib/api-result.ts) instead of throwing, with every response parsed against the shared contract. The edit
// token only ever travels in the Authorization header.
import type * as z from "@/data/zod";
import type { Answers } from "@/data/answers";
import {
  ConflictResponse,
  CreatePlanResponse,
  NewLinkResponse,
  RescheduleResponse,
  SavedPlan,
  SwitchResponse,
  type CheckInBody,
  type PatchPlanBody,
  type RescheduleBody,
} from "@/lib/api-contract";
import { planApiPath as api } from "@/lib/addresses";
import type { Result } from "@/lib/api-result";

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

export const createPlan = (body: { answers: Answers; startDate: string; title?: string }) =>
  request("/api/plans", { method: "POST", headers: headers(), body: JSON.stringify(body) }, 201, CreatePlanResponse);

export const fetchPlan = (id: string) => request(api(id), { method: "GET" }, 200, SavedPlan);

export const patchPlan = (id: string, token: string, body: PatchPlanBody) =>
  request(api(id), { method: "PATCH", headers: headers(token), body: JSON.stringify(body) }, 200, SavedPlan);

export const deletePlan = (id: string, token: string) => request(api(id), { method: "DELETE", headers: headers(token) }, 204, null);

export const reschedulePlan = (id: string, token: string, body: RescheduleBody) =>
  request(`${api(id)}/reschedule`, { method: "POST", headers: headers(token), body: JSON.stringify(body) }, 200, RescheduleResponse);

export const checkIn = (id: string, token: string, body: CheckInBody) =>
  request(`${api(id)}/check-in`, { method: "POST", headers: headers(token), body: JSON.stringify(body) }, 200, SavedPlan);

export const switchPlan = (id: string, token: string, version: number) =>
  request(`${api(id)}/switch`, { method: "POST", headers: headers(token), body: JSON.stringify({ version }) }, 201, SwitchResponse);

export const newLink = (id: string, token: string) =>
  request(`${api(id)}/new-link`, { method: "POST", headers: headers(token), body: "{}" }, 200, NewLinkResponse);

/** Is token this plan's edit token? ok, or "gone" for a wrong token as for a missing plan. */
export const checkOwner = (id: string, token: string) =>
  request(`${api(id)}/owner`, { method: "POST", headers: headers(token), body: "{}" }, 204, null);
