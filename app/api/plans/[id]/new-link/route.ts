// POST /api/plans/<id>/new-link: makes a new link for the plan and revokes the old one. The plan
// moves to a new id (the old link is gone for good) and the answer is the new { id, url } (url:
// the new link, absolute); the edit token stays the same.
import { planUrl, type NewLinkResponse } from "@/lib/api-contract";
import { handler, json, jsonError } from "@/server/http";
import { shareLink } from "@/server/origin";
import { getPlanRepository } from "@/server/plans";

export const POST = handler<undefined, { id: string }>({ sameOrigin: true }, async ({ request, token }, { id }) => {
  const newId = token ? await (await getPlanRepository()).newLink(id, token) : null;
  if (!newId) return jsonError(404, "no such plan");
  const moved: NewLinkResponse = { id: newId, url: shareLink(request.headers, planUrl(newId)) };
  return json(moved);
});
