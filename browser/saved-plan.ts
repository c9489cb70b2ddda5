// What the saved-plan machine (machines/saved-plan.ts) needs from the browser: its requests to
// the API, as plain async functions (machines/requests.ts makes them the machine's actors), and
// the bookkeeping that follows a change (this browser's list of plans, the one-time message for
// the next page, where the page goes next). The component that mounts the machine hands these to
// .provide().
import { MY_PLANS, planPath } from "@/lib/addresses";
import { setFlash } from "./flash";
import type { RescheduleResponse, SavedPlan, SwitchResponse } from "@/lib/api-contract";
import type { Result } from "@/lib/api-result";
import type { OptionId } from "@/data/ids";
import { checkIn, deletePlan, fetchPlan, newLink, patchPlan, reschedulePlan, switchPlan } from "./plan-client";
import { findPlan, forgetPlan, recordNewLink, recordSwitch, renamePlan } from "./plan-store";

type Navigate = (url: string, how: "push" | "replace") => void;
type Change = { steps: Record<string, boolean> } | { title: string };
type Living = { n: number; kind: "reschedule"; hours?: OptionId<"hours"> } | { n: number; kind: "check-in"; answers: boolean[] };

type Options = {
  navigate: Navigate;
  /** renders the page's server parts again, after the plan's dates or check-ins changed */
  refresh?: () => void;
  onLost?: (title: string) => void;
};

export function savedPlanImplementations({ navigate, refresh, onLost }: Options) {
  return {
    requests: {
      load: (input: { id: string }) => fetchPlan(input.id),
      patch: (input: { id: string; token: string; version: number; change: Change }) =>
        patchPlan(input.id, input.token, { ...input.change, version: input.version }),
      renew: (input: { id: string; token: string }) => newLink(input.id, input.token),
      remove: (input: { id: string; token: string }) => deletePlan(input.id, input.token),
      live: (input: { id: string; token: string; version: number; request: Living }): Promise<Result<SavedPlan | RescheduleResponse>> => {
        const { id, token, version, request } = input;
        return request.kind === "reschedule"
          ? reschedulePlan(id, token, { version, ...(request.hours ? { hours: request.hours } : {}) })
          : checkIn(id, token, { version, answers: request.answers });
      },
      switchPlan: (input: { id: string; token: string; version: number }) => switchPlan(input.id, input.token, input.version),
    },
    actions: {
      changed: () => refresh?.(),
      // A rename here or on another device shows up in this browser's list of plans too.
      renamed: (_: unknown, { id, title }: { id: string; title: string }) => {
        const entry = findPlan(id);
        if (entry && entry.title !== title) renamePlan(id, title);
      },
      moved: (_: unknown, { from, to, editToken }: { from: string; to: string; editToken: string }) => {
        recordNewLink(from, to, editToken);
        setFlash("New link made. The old link no longer works; share this one instead.");
        navigate(planPath(to), "replace");
      },
      deleted: (_: unknown, { id, title }: { id: string; title: string }) => {
        forgetPlan(id);
        setFlash(`Deleted “${title}”. Its link no longer works.`);
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
        setFlash(`Switched to ${routeName}. Your plan from today is below; the old plan stays as it was, with a link to this one.`);
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
