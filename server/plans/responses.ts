// How a versioned change to a saved plan is answered, the same for every one of them: the plan
// (or what the change made) on success, 409 with the current plan when the version was stale,
// 400 when the change cannot apply to this plan, and the same 404 for a wrong token as for no plan.
import "server-only";
import { json, jsonError } from "@/server/http";
import type { UpdateResult } from "./repository";

export const planNotFound = () => jsonError(404, "no such plan");

export function answerChange<R extends { status: string }>(
  result: R | Exclude<UpdateResult, { status: "ok" }>,
  ok: (result: R) => Response,
): Response {
  switch (result.status) {
    case "conflict":
      return json(
        { error: "version: the plan changed since you loaded it", plan: (result as Extract<UpdateResult, { status: "conflict" }>).plan },
        409,
      );
    case "invalid":
      return jsonError(400, (result as Extract<UpdateResult, { status: "invalid" }>).error);
    case "not-found":
      return planNotFound();
    default:
      return ok(result as R);
  }
}
