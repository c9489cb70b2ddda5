// The owner's commands on a saved plan, in one table: for each, how it travels (method and path
// under /api/plans/<id>), the body it takes and the reply it gets, both as zod schemas. The one
// route handler (app/api/plans/[id]/), the browser's one client call (browser/plan-client.ts) and
// the saved-plan machine's one invoke state are all driven by this table; what each command does
// to a plan is its `decide` in lib/plan-decisions.ts, kept apart only because it needs the engine,
// which must not reach the browser. Adding a command is an entry here, its decide there, and its UI.
import * as z from "@/data/zod";
import {
  CheckInBody,
  EditLinkResponse,
  EmptyBody,
  NewLinkResponse,
  OwnerResponse,
  PatchPlanBody,
  PlanBBody,
  RescheduleBody,
  RescheduleResponse,
  SavedPlan,
  SwitchBody,
  SwitchResponse,
} from "./api-contract";

type Command = {
  method: "POST" | "PATCH" | "DELETE";
  /** under /api/plans/<id>: "" for the plan itself */
  path: string;
  body: z.ZodMiniType;
  /** the reply's schema on success; null for 204 */
  reply: z.ZodMiniType | null;
  status: 200 | 201 | 204;
  /** the body names the version it was asked on: a stale one gets 409 with the plan as it is now */
  versioned: boolean;
};

export const ownerCommands = {
  /** tick and untick steps, rename, share the answers or not (set, never toggled) */
  update: { method: "PATCH", path: "", body: PatchPlanBody, reply: SavedPlan, status: 200, versioned: true },
  /** move the open steps from today (or only say what would move) */
  reschedule: { method: "POST", path: "reschedule", body: RescheduleBody, reply: RescheduleResponse, status: 200, versioned: true },
  /** the answers to the checkpoint's signs of working; ticks the checkpoint */
  "check-in": { method: "POST", path: "check-in", body: CheckInBody, reply: SavedPlan, status: 200, versioned: true },
  /** answers to the skipped questions that decide the switch route */
  "plan-b": { method: "POST", path: "plan-b", body: PlanBBody, reply: SavedPlan, status: 200, versioned: true },
  /** switch to the route the checkpoint names, as a new plan from today */
  switch: { method: "POST", path: "switch", body: SwitchBody, reply: SwitchResponse, status: 201, versioned: true },
  /** a new link and a new edit token; every old link, edit link and device stops working */
  "new-link": { method: "POST", path: "new-link", body: EmptyBody, reply: NewLinkResponse, status: 200, versioned: false },
  /** a private edit link that works once, for another device */
  "edit-link": { method: "POST", path: "edit-link", body: EmptyBody, reply: EditLinkResponse, status: 200, versioned: false },
  /** is this token the plan's? A private edit link's token is traded for this device's own (200); a device's answers 204 */
  owner: { method: "POST", path: "owner", body: EmptyBody, reply: z.union([OwnerResponse, z.null()]), status: 200, versioned: false },
  delete: { method: "DELETE", path: "", body: EmptyBody, reply: null, status: 204, versioned: false },
} as const satisfies Record<string, Command>;

export type CommandName = keyof typeof ownerCommands;
export const COMMAND_NAMES = Object.keys(ownerCommands) as CommandName[];

export type CommandBody<C extends CommandName> = z.output<(typeof ownerCommands)[C]["body"]>;
export type CommandReply<C extends CommandName> = (typeof ownerCommands)[C]["reply"] extends z.ZodMiniType
  ? z.output<(typeof ownerCommands)[C]["reply"]>
  : null;

/** The command a request is, by method and path under the plan, or null. */
export function commandAt(method: string, path: string): CommandName | null {
  return COMMAND_NAMES.find((name) => ownerCommands[name].method === method && ownerCommands[name].path === path) ?? null;
}

/**
 * The header that makes a write safe to retry: the same key (one per user action) gets the same
 * reply, and the change is made once (the IETF Idempotency-Key draft; Stripe's API works this way).
 */
export const IDEMPOTENCY_HEADER = "Idempotency-Key";
export const IdempotencyKey = z.string().check(z.regex(/^[A-Za-z0-9_-]{16,128}$/, "expected 16-128 letters, digits, - or _"));
