// Requests to the saved-plans route handlers, called in-process as Next calls them: a same-origin
// Origin and Host, and the edit token as a bearer header. (Rate limits are counted before Next, by
// the front door, so they do not apply here.)
import { POST as create } from "@/app/api/plans/route";
import { GET as read, PATCH as patch } from "@/app/api/plans/[id]/route";
import { personas } from "../fixtures/personas";

const ORIGIN = "http://127.0.0.1:3210";

type Call = { method?: string; body?: unknown; token?: string };

export function planRequest(path: string, { method = "GET", body, token }: Call = {}): Request {
  const headers = new Headers({ origin: ORIGIN, host: new URL(ORIGIN).host });
  if (token) headers.set("authorization", `Bearer ${token}`);
  if (body !== undefined) headers.set("content-type", "application/json");
  return new Request(`${ORIGIN}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

const params = (id: string) => ({ params: Promise.resolve({ id }) });

export const api = {
  save: (answers = personas[0]!.answers) => create(planRequest("/api/plans", { method: "POST", body: { answers } })),
  view: (id: string) => read(planRequest(`/api/plans/${id}`), params(id)),
  rename: (id: string, token: string, version: number, title = "Renamed") =>
    patch(planRequest(`/api/plans/${id}`, { method: "PATCH", token, body: { version, title } }), params(id)),
};
