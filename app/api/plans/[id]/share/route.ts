// POST /api/plans/<id>/share: revokes the share link. The plan moves to a new id (the old link is
// gone for good) and the answer is the new { id, url } (url: the new share link, absolute); the
// edit token stays the same.
import { planUrl, type ShareResponse } from "@/lib/plan-api";
import { handler, json, jsonError } from "@/server/http";
import { shareLink } from "@/server/origin";
import { getPlanRepository } from "@/server/plans";

export const POST = handler<undefined, { id: string }>({ sameOrigin: true }, async ({ request, token }, { id }) => {
  const newId = token ? await (await getPlanRepository()).share(id, token) : null;
  if (!newId) return jsonError(404, "no such plan");
  const shared: ShareResponse = { id: newId, url: shareLink(request.headers, planUrl(newId)) };
  return json(shared);
});
