// POST /api/plans/<id>/new-link: makes a new link for the plan and revokes the old one. The plan
// moves to a new id with a new edit token (the old link, and every edit link made with the old
// token, are gone for good); the answer is { id, url, editToken } (url: the new link, absolute).
import { type NewLinkResponse } from "@/lib/api-contract";
import { handler, json, jsonError } from "@/server/http";
import { shareLink } from "@/server/origin";
import { getPlanRepository } from "@/server/plans";

export const POST = handler<undefined, { id: string }>({ sameOrigin: true }, async ({ token }, { id }) => {
  const moved = token ? await (await getPlanRepository()).newLink(id, token) : null;
  if (!moved) return jsonError(404, "no such plan");
  const answer: NewLinkResponse = { ...moved, url: shareLink(moved.id) };
  return json(answer);
});
