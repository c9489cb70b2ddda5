// The browser's side of the saved-plans API: saving a result, reading a plan, and one call for
// every owner command, driven by the table of commands (lib/plan-commands.ts). Each returns a
// result object (lib/api-result.ts) instead of throwing, with every response parsed against the
// shared contract. The edit token only ever travels in the Authorization header, and every owner
// command carries the Idempotency-Key of the user action it belongs to, so a retry is safe.
import type * as z from "@/data/zod";
import type { Answers } from "@/data/answers";
import { ConflictResponse, CreatePlanResponse, DevicesResponse, SavedPlan } from "@/lib/api-contract";
import { planApiPath as api, PLANS_API } from "@/lib/addresses";
import type { Result } from "@/lib/api-result";
import { IDEMPOTENCY_HEADER, ownerCommands, type CommandBody, type CommandName, type CommandReply } from "@/lib/plan-commands";

const headers = (token?: string | null): HeadersInit => ({
  "Content-Type": "application/json",
  ...(token ? { Authorization: `Bearer ${token}` } : {}),
});

async function request<T>(url: string, init: RequestInit, schema: z.ZodMiniType<T> | null): Promise<Result<T>> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, cache: "no-store" });
  } catch {
    return { ok: false, reason: "offline" };
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) {
    if (!schema || response.status === 204) return { ok: true, data: null as T };
    const parsed = schema.safeParse(body);
    return parsed.success ? { ok: true, data: parsed.data } : { ok: false, reason: "server" };
  }
  if (response.status === 409) {
    const conflict = ConflictResponse.safeParse(body);
    if (conflict.success) return { ok: false, reason: "conflict", plan: conflict.data.plan };
  }
  if (response.status === 404) return { ok: false, reason: "gone" };
  if (response.status === 429) return { ok: false, reason: "busy" };
  if (response.status === 400 || response.status === 413 || response.status === 422) return { ok: false, reason: "invalid" };
  return { ok: false, reason: "server" };
}

/** Saves a result; the same key on a retry gets the same plan back, saved once. */
export const createPlan = (body: { answers: Answers; startDate: string; title?: string }, key: string) =>
  request(
    PLANS_API,
    { method: "POST", headers: { ...headers(), [IDEMPOTENCY_HEADER]: key }, body: JSON.stringify(body) },
    CreatePlanResponse,
  );

/** The plan; with one of its edit tokens, as its owner sees it (with the answers). */
export const fetchPlan = (id: string, token?: string | null) => request(api(id), { method: "GET", headers: headers(token) }, SavedPlan);

/** How many devices hold the plan (the owner only). */
export const fetchDevices = (id: string, token: string) =>
  request(api(id, "devices"), { method: "GET", headers: headers(token) }, DevicesResponse);

/** Any owner command on the plan, as the table says it travels. */
export function command<C extends CommandName>(
  name: C,
  id: string,
  token: string,
  body: CommandBody<C>,
  key: string,
): Promise<Result<CommandReply<C>>> {
  const spec = ownerCommands[name];
  const url = api(id, spec.path);
  const init = { method: spec.method, headers: { ...headers(token), [IDEMPOTENCY_HEADER]: key }, body: JSON.stringify(body) };
  return request(url, init, spec.reply as z.ZodMiniType<CommandReply<C>> | null);
}
