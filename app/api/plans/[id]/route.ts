// GET, PATCH and DELETE /api/plans/<id>. Reading needs only the id (the share link); with one of
// the plan's edit tokens as a bearer header it is the owner's view (the answers, and the id of the
// plan that goes on after a switch). PATCH (ticks, a title, sharing the answers) and DELETE are
// owner commands (lib/plan-commands.ts), run like every other (server/plans/commands.ts).
import { handler, json } from "@/server/http";
import { getPlanRepository } from "@/server/plans";
import { planNotFound, runCommand } from "@/server/plans/commands";

type Params = { id: string };

export const GET = handler<undefined, Params>({}, async ({ token }, { id }) => {
  const plan = await (await getPlanRepository()).get(id, token);
  return plan ? json(plan) : planNotFound();
});

export const PATCH = handler<undefined, Params>({ sameOrigin: true }, ({ request, token }, { id }) =>
  runCommand("update", request, id, token),
);

export const DELETE = handler<undefined, Params>({ sameOrigin: true }, ({ request, token }, { id }) =>
  runCommand("delete", request, id, token),
);
