"use client";
// Gives a saved plan's parts on the page (or one item of My plans) the saved-plan machine
// (machines/saved-plan.ts), which decides everything: who owns the plan, the queue of changes,
// the 409 re-apply, what happens after a new link, a delete or a switch. A viewer never needs it,
// so it starts only once this browser turns out to hold the plan's edit token (or, in My plans,
// must load the plan): until then the parts read the plan as the server rendered it. A page
// opened from the plan's private edit link waits for the server to check its token
// (browser/edit-link.ts) before it shows anyone as owner or viewer. This file only forwards this
// browser's list of plans into the machine as events and reads narrow slices.
import { useRouter } from "next/navigation";
import { createContext, use, useEffect, useRef, useState, useSyncExternalStore } from "react";
import type { SavedPlan } from "@/lib/api-contract";
import type { Failure } from "@/lib/api-result";
import {
  arrival,
  shownAsOwner,
  viewOf,
  type EditLinkCheck,
  type Owner,
  type Reply,
  type Request,
  type SavedPlanContext,
  type SavedPlanEvent,
} from "@/machines/saved-plan-context";
import { takeEditLinks } from "@/browser/edit-link";
import { findPlan, subscribePlans } from "@/browser/plan-store";
import { handle, staticSource, type PlanSnapshot } from "./plan-source";

type Handle = ReturnType<typeof handle>;
const Context = createContext<Handle | null>(null);
const EditLinkContext = createContext<EditLinkCheck | null>(null);

function useHandle(): Handle {
  const source = use(Context);
  if (!source) throw new Error("a saved plan's part outside <SavedPlanProvider>");
  return source;
}

/** A slice of the snapshot; the selector must return the same value for the same snapshot. */
function useSlice<T>(select: (snapshot: PlanSnapshot) => T): T {
  const source = useHandle();
  const read = () => select(source.getSnapshot());
  return useSyncExternalStore(source.subscribe, read, read);
}

type Props = {
  planId: string;
  /** the plan as the server rendered it; null to load it in the browser (My plans) */
  plan: SavedPlan | null;
  /** My plans: tell the list that a plan it showed is gone */
  onLost?: (title: string) => void;
  children: React.ReactNode;
};

export function SavedPlanProvider({ planId, plan, onLost, children }: Props) {
  const router = useRouter();
  const [source] = useState(() => handle(staticSource({ planId, plan })));
  // This browser's list of plans, forwarded as it changes (here or in another tab).
  const entry = useSyncExternalStore(
    subscribePlans,
    () => findPlan(planId) ?? null,
    () => undefined,
  );
  // Whether this provider has started the plan's actor (once; later owner changes are sent to it).
  const started = useRef(false);
  // Opened from the private edit link: how the check of its token went, and the owner it made
  // this browser when this browser could not keep the token.
  const [editLink, setEditLink] = useState<EditLinkCheck | null>(null);
  const [unstored, setUnstored] = useState<Owner | null>(null);
  const known = entry !== undefined && editLink?.status !== "checking";
  const id = entry?.id ?? unstored?.id;
  const editToken = entry?.editToken ?? unstored?.editToken;

  useEffect(() => {
    if (!plan) return;
    return takeEditLinks(
      { id: plan.id, title: plan.title, routeName: plan.snapshot.route.name },
      {
        opened: () => setEditLink({ status: "checking" }),
        checked: (result) => {
          if (result.ok && !result.data.stored) setUnstored(result.data.owner);
          setEditLink({ status: "done", failure: result.ok ? null : result, stored: result.ok && result.data.stored });
        },
      },
    );
  }, [plan]);

  useEffect(() => {
    const owner = id && editToken ? { id, editToken } : null;
    const next = arrival({ known, owner, rendered: plan !== null, started: started.current });
    if (next === "wait") return;
    if (next === "forward") return source.send({ type: "owner.changed", owner });
    if (next === "viewer") return source.replace(staticSource({ planId, plan, owner: null }));
    started.current = true;
    const navigate = (url: string, how: "push" | "replace") => (how === "replace" ? router.replace(url) : router.push(url));
    void import("./saved-plan-actor").then(({ startSavedPlan }) =>
      source.replace(startSavedPlan({ planId, plan, owner }, { navigate, refresh: () => router.refresh(), onLost })),
    );
  }, [known, id, editToken, source, planId, plan, router, onLost]);

  return (
    <Context value={source}>
      <EditLinkContext value={editLink}>{children}</EditLinkContext>
    </Context>
  );
}

// The view object is new for every machine context; keep one per context so React sees no change
// where there is none.
const views = new WeakMap<SavedPlanContext, SavedPlan | null>();
const cachedView = (context: SavedPlanContext) => {
  if (!views.has(context)) views.set(context, viewOf(context));
  return views.get(context)!;
};

/** The plan as shown: the server's plan with the owner's queued ticks on top (null while loading). */
export const usePlanView = (): SavedPlan | null => useSlice((s) => cachedView(s.context));

/** undefined until the browser has looked for the edit token (and checked an edit link); false for a viewer. */
export function useIsOwner(): boolean | undefined {
  const editLink = use(EditLinkContext);
  return shownAsOwner(
    useSlice((s) => s.context.owner),
    editLink,
  );
}

/** The owner's edit token, for the private edit link; null for a viewer. */
export const useEditToken = (): string | null => useSlice((s) => s.context.owner?.editToken ?? null);

/** How opening the page from its private edit link went; null when it was not opened from one. */
export const useEditLinkCheck = (): EditLinkCheck | null => use(EditLinkContext);

/** What the last reschedule moved where, and why. */
export const useMoves = () => useSlice((s) => s.context.moves);

/** Is a change of this kind waiting or on its way? */
export const usePending = (kind: Request["kind"]): boolean => useSlice((s) => s.context.queue.some((r) => r.kind === kind));

/** Ticks still on their way to the server. */
export const useSaving = (): boolean => usePending("tick");

/** How the last change finished, if it was of this kind. */
export function useReply<K extends Request["kind"]>(kind: K): (Reply & { request: Extract<Request, { kind: K }> }) | null {
  return useSlice((s) =>
    s.context.reply?.request.kind === kind ? (s.context.reply as Reply & { request: Extract<Request, { kind: K }> }) : null,
  );
}

/** Why the plan could not be loaded (My plans), while it could not. */
export const useLoadFailure = (): Failure | null => useSlice((s) => (s.context.server ? null : s.context.loadFailure));

/** Sends a change, for the machine to decide on. */
export function useSend(): (event: SavedPlanEvent) => void {
  const source = useHandle();
  return (event) => source.send(event);
}

/**
 * Asks for one change and waits for its own reply: the failure to explain, or null once done
 * (or once the page moves on after a new link, a delete or a switch). For the dialogs that stay
 * open until then.
 */
export function useRequest(): (
  event: Extract<SavedPlanEvent, { type: "plan.rename" | "plan.newLink" | "plan.delete" }>,
) => Promise<Failure | null> {
  const source = useHandle();
  return (event) => {
    const n = source.getSnapshot().context.asked;
    source.send(event);
    if (source.getSnapshot().context.asked === n) return Promise.resolve({ ok: false, reason: "gone" }); // not the owner any more
    return new Promise((resolve) => {
      const check = () => {
        const { context, done } = source.getSnapshot();
        const reply = context.reply;
        if (!done && (reply?.request.n ?? -1) < n) return false;
        stop();
        resolve(reply?.request.n === n ? reply.failure : null);
        return true;
      };
      const stop = source.subscribe(() => void check());
    });
  };
}
