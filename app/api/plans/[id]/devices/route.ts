// GET /api/plans/<id>/devices (bearer token): how many devices hold the right to change the plan,
// and whether a private edit link waits to be opened. Only the owner is told; anyone else gets the
// same 404 as for a plan that does not exist. "Make a new link" turns every device off.
import type { DevicesResponse } from "@/lib/api-contract";
import { handler, json } from "@/server/http";
import { getPlanRepository } from "@/server/plans";
import { planNotFound } from "@/server/plans/commands";

export const GET = handler<undefined, { id: string }>({}, async ({ token }, { id }) => {
  const devices = token ? await (await getPlanRepository()).devices(id, token) : null;
  return devices ? json(devices satisfies DevicesResponse) : planNotFound();
});
