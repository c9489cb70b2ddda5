import "server-only";
// Runs an owner command on a saved plan (lib/plan-commands.ts): reads the whole body first (so a
// request cut short changes nothing), parses it with the command's schema, and has the repository
// apply the command's decide (lib/plan-decisions.ts) in one transaction, keeping the reply for a
// retry with the same Idempotency-Key. The one place each command's reply is shaped.
import { editLinkUrl } from "@/lib/addresses";
import { decide } from "@/lib/plan-decisions";
import { IDEMPOTENCY_HEADER, IdempotencyKey, ownerCommands, type CommandBody, type CommandName } from "@/lib/plan-commands";
import { json, jsonError, noContent, parseJsonBody } from "../http";
import { shareLink, siteOrigin } from "../origin";
import { getPlanRepository } from "./index";
import { requestPrint, type Applied, type Done, type PlanRepository } from "./repository";

export const planNotFound = () => jsonError(404, "no such plan");

type Reply = { status: number; body: unknown };
type Shape = (done: Done) => Reply;

const ok = (body: unknown): Reply => ({ status: 200, body });
const none: Reply = { status: 204, body: null };

/** What each command answers, from what it did. */
const replies: { [C in CommandName]: Shape } = {
  update: (done) => ok(done.plan),
  "check-in": (done) => ok(done.plan),
  "plan-b": (done) => ok(done.plan),
  reschedule: (done) => ok({ plan: done.plan, ...done.change.extra }),
  switch: (done) => ({
    status: 201,
    body: { id: done.created!.id, editToken: done.token, title: done.created!.title, url: shareLink(done.created!.id), from: done.plan },
  }),
  "new-link": (done) => ok({ id: done.plan!.id, url: shareLink(done.plan!.id), editToken: done.token }),
  "edit-link": (done) => ok({ url: editLinkUrl(siteOrigin(), done.plan!.id, done.token!), editToken: done.token }),
  owner: (done) => (done.traded ? ok({ editToken: done.token }) : none),
  delete: () => none,
};

/** 422: a key sent again with another request. */
export const keyReused = () =>
  jsonError(422, `${IDEMPOTENCY_HEADER}: already used for a different request; send a new key for a new action`);

/** The Idempotency-Key as sent, null without one, or the 400 for a malformed one. */
export function idempotencyKey(request: Request): { key: string | null } | { response: Response } {
  const raw = request.headers.get(IDEMPOTENCY_HEADER);
  if (raw === null) return { key: null };
  const parsed = IdempotencyKey.safeParse(raw);
  return parsed.success ? { key: parsed.data } : { response: jsonError(400, `${IDEMPOTENCY_HEADER}: ${parsed.error.issues[0]!.message}`) };
}

/** One owner command, parsed already, on the repository: what the route handler runs, and the tests. */
export function applyCommand<C extends CommandName>(
  repo: PlanRepository,
  name: C,
  id: string,
  token: string,
  body: CommandBody<C>,
  key: string | null = null,
): Promise<Applied> {
  return repo.apply({
    id,
    token,
    command: name,
    version: ownerCommands[name].versioned ? (body as { version: number }).version : null,
    key,
    request: requestPrint(name, id, body),
    decide: (plan, today) => decide(name, plan, body, today),
    reply: (done) => replies[name](done),
  });
}

export async function runCommand<C extends CommandName>(name: C, request: Request, id: string, token: string | null): Promise<Response> {
  // The whole declared body arrives before anything acts on it, even for a command that needs none.
  const parsed = await parseJsonBody(request, ownerCommands[name].body, { emptyIs: {} });
  if (!parsed.ok) return parsed.response;
  const key = idempotencyKey(request);
  if ("response" in key) return key.response;
  if (!token) return planNotFound();
  const applied = await applyCommand(await getPlanRepository(), name, id, token, parsed.data as CommandBody<C>, key.key);
  switch (applied.status) {
    case "not-found":
      return planNotFound();
    case "conflict":
      return json({ error: "version: the plan changed since you loaded it", plan: applied.plan }, 409);
    case "invalid":
      return jsonError(400, applied.error);
    case "key-reused":
      return keyReused();
    default:
      return applied.reply.status === 204 ? noContent() : json(applied.reply.body, applied.reply.status);
  }
}
