// What the saved-plan machine (machines/saved-plan.ts) needs from the browser, as plain functions
// (machines/requests.ts makes them the machine's actors): its two requests to the API (the plan,
// and any owner command); two things to listen to (this browser's list of plans, with an edit
// link the page was opened from, and other tabs changing the plan); and the bookkeeping that
// follows a change (this browser's list of plans, the one-time message for the next page, where
// the page goes next, telling other tabs). The component that mounts the machine hands these to
// .provide().
import { copy } from "@/data/copy";
import { MY_PLANS, planPath } from "@/lib/addresses";
import type { SavedPlan, SwitchResponse } from "@/lib/api-contract";
import type { Result } from "@/lib/api-result";
import type { CommandBody, CommandName } from "@/lib/plan-commands";
import { takeEditLinkToken } from "./edit-link";
import { setFlash } from "./flash";
import { newKey } from "./idempotency-key";
import { command, fetchDevices, fetchPlan } from "./plan-client";
import { addPlan, findPlan, forgetPlan, recordNewLink, recordSwitch, renamePlan, subscribePlans } from "./plan-store";

type Navigate = (url: string, how: "push" | "replace") => void;
type Owner = { id: string; editToken: string };
type Send = (
  event:
    | { type: "browser.owner"; owner: Owner | null }
    | { type: "link.opened"; token: string; key: string }
    | { type: "plan.changedElsewhere"; version: number },
) => void;

type Options = {
  navigate: Navigate;
  /** renders the page's server parts again, after the plan's dates or check-ins changed */
  refresh?: () => void;
  onLost?: (title: string) => void;
};

/** Tabs of this browser tell each other when they changed a plan. */
const CHANNEL = "onepath.plan-changes";
const channel = () => (typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel(CHANNEL));

export function savedPlanImplementations({ navigate, refresh, onLost }: Options) {
  const announce = channel();
  return {
    requests: {
      load: (input: { id: string; token: string | null }) => fetchPlan(input.id, input.token),
      countDevices: (input: { id: string; token: string }) => fetchDevices(input.id, input.token),
      command: (input: { id: string; token: string; command: CommandName; body: object; key: string }): Promise<Result<unknown>> =>
        command(input.command, input.id, input.token, input.body as CommandBody<CommandName>, input.key),
    },
    listeners: {
      /** Who owns the plan in this browser, now and whenever the list changes; first, an edit link the page was opened from. */
      owner: ({ id }: { id: string }, send: Send) => {
        const token = takeEditLinkToken(planPath(id));
        if (token) send({ type: "link.opened", token, key: newKey() });
        const tell = () => {
          const entry = findPlan(id);
          send({ type: "browser.owner", owner: entry ? { id: entry.id, editToken: entry.editToken } : null });
        };
        tell();
        return subscribePlans(tell);
      },
      /** Another tab of this browser changed the plan. */
      otherTabs: ({ id }: { id: string }, send: Send) => {
        const listen = channel();
        if (!listen) return () => {};
        listen.onmessage = (event: MessageEvent<{ id?: string; version?: number }>) => {
          if (event.data.id === id && typeof event.data.version === "number")
            send({ type: "plan.changedElsewhere", version: event.data.version });
        };
        return () => listen.close();
      },
    },
    actions: {
      changed: (_: unknown, { id, version }: { id: string; version: number }) => {
        announce?.postMessage({ id, version });
        refresh?.();
      },
      rerender: () => refresh?.(),
      // A rename here or on another device shows up in this browser's list of plans too.
      renamed: (_: unknown, { id, title }: { id: string; title: string }) => {
        const entry = findPlan(id);
        if (entry && entry.title !== title) renamePlan(id, title);
      },
      kept: (_: unknown, { owner, plan }: { owner: Owner; plan: SavedPlan | null }) => {
        const savedAt = findPlan(owner.id)?.savedAt ?? new Date().toISOString();
        addPlan({
          id: owner.id,
          editToken: owner.editToken,
          title: plan?.title ?? "A plan",
          routeName: plan?.snapshot.route.name ?? "",
          savedAt,
        });
      },
      moved: (_: unknown, { from, to, editToken }: { from: string; to: string; editToken: string }) => {
        recordNewLink(from, to, editToken);
        setFlash(copy.flash.newLink, planPath(to));
        navigate(planPath(to), "replace");
      },
      deleted: (_: unknown, { id, title }: { id: string; title: string }) => {
        forgetPlan(id);
        setFlash(copy.flash.deleted(title), MY_PLANS);
        navigate(MY_PLANS, "push");
      },
      switched: (_: unknown, { from, created }: { from: string; created: SwitchResponse }) => {
        const routeName = created.from.switchedTo?.name ?? "";
        recordSwitch(from, {
          id: created.id,
          editToken: created.editToken,
          title: created.title,
          routeName,
          savedAt: new Date().toISOString(),
        });
        setFlash(copy.flash.switched(routeName), planPath(created.id));
        navigate(planPath(created.id), "push");
      },
      lost: (_: unknown, { id }: { id: string }) => {
        const title = findPlan(id)?.title ?? "A plan";
        forgetPlan(id);
        onLost?.(title);
      },
    },
  };
}
