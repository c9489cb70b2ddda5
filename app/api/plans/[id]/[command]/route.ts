// POST /api/plans/<id>/<command>: every owner command that has a path of its own (reschedule,
// check-in, plan-b, switch, new-link, edit-link, owner), from the one table of commands
// (lib/plan-commands.ts). An unknown command is the same 404 as an unknown plan.
import { commandAt } from "@/lib/plan-commands";
import { handler } from "@/server/http";
import { planNotFound, runCommand } from "@/server/plans/commands";

export const POST = handler<undefined, { id: string; command: string }>({ sameOrigin: true }, ({ request, token }, { id, command }) => {
  const name = commandAt("POST", command);
  return name ? runCommand(name, request, id, token) : planNotFound();
});
