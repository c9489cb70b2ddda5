// The saved-plan machine in Node: pure transitions, paths generated from the machine itself
// (xstate/graph) with an assertion in every state they reach, and the races found in the browser
// (a 409 in the middle of a queue, two tabs, going offline, a lost answer retried with its key, a
// new link while ticks wait, an edit link traded) played with scripted requests.
import { describe, expect, it } from "vitest";
import { createActor, fromCallback, fromPromise, initialTransition, transition, waitFor, type SnapshotFrom } from "xstate";
import { getShortestPaths } from "xstate/graph";
import type { SavedPlan } from "@/lib/api-contract";
import type { Failure, Result } from "@/lib/api-result";
import { savedPlanMachine, viewOf, type CommandInput, type SavedPlanEvent } from "@/machines/saved-plan";
import { personas } from "../fixtures/personas";
import { unlived } from "../fixtures/plans";
import { decidedResult } from "../fixtures/results";

type Snapshot = SnapshotFrom<typeof savedPlanMachine>;

const snapshot = decidedResult(personas[3]!.answers);
const [A, B] = snapshot.plan.steps.map((s) => s.id);
const plan = (version: number, done: Record<string, boolean> = {}, title = "My plan"): SavedPlan => ({
  id: "PlanIdPlanIdPlanId0001",
  title,
  answers: personas[3]!.answers,
  snapshot,
  done,
  ...unlived,
  calendarId: "seed",
  version,
  createdAt: "2026-12-01T10:00:00.000Z",
  updatedAt: "2026-12-01T10:00:00.000Z",
});
const owner = { id: "PlanIdPlanIdPlanId0001", editToken: "t".repeat(43) };
/** What the server answers a switch with: the new plan's id and token, and this plan as it is now. */
const switched = (version: number) => ({
  id: "SwitchedSwitchedSwit01",
  editToken: owner.editToken,
  title: "Transferable resume plan, from 1 Feb 2027",
  url: "/plans/SwitchedSwitchedSwit01",
  from: { ...plan(version), switchedTo: { route: "transferable-resume" as const, name: "Transferable resume", on: "2027-02-01" } },
});
const input = { planId: owner.id, plan: plan(1) };

const done = (id: string, output: unknown) => ({ type: `xstate.done.actor.${id}`, output }) as unknown as SavedPlanEvent;
const ok = <T>(data: T): Result<T> => ({ ok: true, data });
const fail = (reason: Exclude<Failure["reason"], "conflict">): Failure => ({ ok: false, reason });
const conflict = (current: SavedPlan): Failure => ({ ok: false, reason: "conflict", plan: current });
const tick = (step: string, value = true, key = "k"): SavedPlanEvent => ({
  type: "plan.command",
  key,
  command: "update",
  body: { steps: { [step]: value } },
});
const ask = (command: string, body: object = {}, key = "k") => ({ type: "plan.command", key, command, body }) as SavedPlanEvent;

const start = (i: Parameters<typeof initialTransition<typeof savedPlanMachine>>[1] = input) => initialTransition(savedPlanMachine, i)[0];
const send = (s: Snapshot, ...events: SavedPlanEvent[]) => events.reduce((x, e) => transition(savedPlanMachine, x, e)[0], s);
/** An owner whose view of the plan has loaded. */
const asOwner = () => send(start(), { type: "browser.owner", owner }, done("load", ok(plan(1))));

describe("saved-plan machine: arriving", () => {
  it("shows nobody as owner or viewer until this browser's list of plans has been read", () => {
    const s = start();
    expect(s.matches("arriving")).toBe(true);
    expect(s.context.owner).toBeUndefined();
    expect(viewOf(s.context)).toEqual(plan(1));
  });

  it("makes a browser without the token a viewer, who can change nothing", () => {
    const s = send(start(), { type: "browser.owner", owner: null }, tick(A!), ask("delete"));
    expect(s.matches("viewer")).toBe(true);
    expect(s.context.owner).toBeNull();
    expect(s.context.queue).toEqual([]);
  });

  it("makes the browser that holds the token the owner, and loads the owner's view of the plan with it", () => {
    let s = send(start(), { type: "browser.owner", owner });
    expect(s.matches({ owner: "loading" })).toBe(true);
    s = send(s, done("load", ok({ ...plan(1), shareAnswers: true })));
    expect(s.matches({ owner: "idle" })).toBe(true);
    expect(s.context.server!.shareAnswers).toBe(true);
  });

  it("trades a private edit link's token for this device's own before it shows anyone as owner", () => {
    let s = send(start(), { type: "link.opened", token: "l".repeat(43), key: "trade-key" });
    expect(s.matches("checkingLink")).toBe(true);
    expect(s.context.editLink).toEqual({ status: "checking" });
    // The list of plans says nothing yet: the trade decides.
    s = send(s, { type: "browser.owner", owner: null });
    expect(s.matches("checkingLink")).toBe(true);
    s = send(s, done("trade", ok({ editToken: "d".repeat(43) })));
    expect(s.matches({ owner: "loading" })).toBe(true);
    expect(s.context.owner).toEqual({ id: owner.id, editToken: "d".repeat(43) });
    expect(s.context.link).toBeNull();
    expect(s.context.editLink).toEqual({ status: "done", failure: null, stored: true });
  });

  it("shows a link that does not work as read-only, and says why", () => {
    const s = send(start(), { type: "link.opened", token: "l".repeat(43), key: "k" }, done("trade", fail("gone")));
    expect(s.matches("viewer")).toBe(true);
    expect(s.context.editLink).toEqual({ status: "done", failure: { ok: false, reason: "gone" }, stored: false });
  });
});

describe("saved-plan machine: the owner's changes", () => {
  it("shows a tick at once, sends it with the plan's version and its key, and keeps the server's answer", () => {
    let s = send(asOwner(), tick(A!, true, "tick-key"));
    expect(s.matches({ owner: "sending" })).toBe(true);
    expect(viewOf(s.context)!.done).toEqual({ [A!]: true });
    s = send(s, done("command", ok(plan(2, { [A!]: true }))));
    expect(s.matches({ owner: "idle" })).toBe(true);
    expect(s.context.server!.version).toBe(2);
    expect(s.context.reply).toMatchObject({ request: { n: 0, command: "update", key: "tick-key" }, failure: null });
  });

  it.each([
    ["a tick", tick("x")],
    ["a move", ask("reschedule", { hours: "under-3" })],
    ["a check-in", ask("check-in", { answers: [true, false] })],
    ["a plan-B answer", ask("plan-b", { answers: { networking: "low" } })],
  ])("applies %s once more after a 409, over the plan the server sent, then gives up", (_, event) => {
    let s = send(asOwner(), event);
    s = send(s, done("command", conflict(plan(5, { [B!]: true }))));
    expect(s.matches({ owner: "sending" })).toBe(true);
    expect(s.context.reapplied).toBe(true);
    expect(s.context.server!.version).toBe(5);
    s = send(s, done("command", conflict(plan(6))));
    expect(s.matches({ owner: "idle" })).toBe(true);
    expect(s.context.reply!.failure).toMatchObject({ reason: "conflict" });
    expect(s.context.queue).toEqual([]);
  });

  it("sends a request whose answer was lost twice more with the same key, then says it is offline", () => {
    let s = send(asOwner(), tick(A!, true, "lost-key"));
    s = send(s, done("command", fail("offline")));
    expect(s.matches({ owner: "retrying" })).toBe(true);
    expect(s.context.queue[0]!.key).toBe("lost-key");
    s = send(s, done("command", fail("offline")));
    s = send(s, done("command", fail("offline")));
    expect(s.matches({ owner: "idle" }) || s.matches({ owner: "retrying" })).toBe(true);
  });

  it("counts deleting a plan that is already gone as done", () => {
    const s = send(asOwner(), ask("delete"), done("command", fail("gone")));
    expect(s.value).toBe("deleted");
  });

  it("follows a switch to the plan that goes on, and a new link to its new address", () => {
    expect(send(asOwner(), ask("switch"), done("command", ok(switched(2)))).value).toBe("switched");
    const moved = send(
      asOwner(),
      ask("new-link"),
      done("command", ok({ id: "NewIdNewIdNewIdNewId01", url: "/x", editToken: "n".repeat(43) })),
    );
    expect(moved.value).toBe("moved");
    // Nothing moves the page back from there.
    expect(send(moved, { type: "browser.owner", owner: null }).value).toBe("moved");
  });

  it("keeps a move's preview as the reply, and the plan as it is", () => {
    const preview = { plan: plan(1), moves: [], pace: 1, checkpoint: null, closesCheckIn: false, preview: true };
    const s = send(asOwner(), ask("reschedule", { preview: true }), done("command", ok(preview)));
    expect(s.context.reply).toMatchObject({ request: { command: "reschedule" }, failure: null, data: preview });
    expect(s.context.server!.version).toBe(1);
  });

  it("loads the plan again when another tab changed it, and has the page rendered again", () => {
    const [loading, actions] = transition(savedPlanMachine, asOwner(), { type: "plan.changedElsewhere", version: 3 });
    expect(loading.matches({ owner: "loading" })).toBe(true);
    expect(actions.map((a) => a.type)).toContain("rerender");
    let s = loading;
    s = send(s, done("load", ok(plan(3, { [A!]: true }))));
    expect(s.context.server!.done).toEqual({ [A!]: true });
    // An older version than the one it holds changes nothing.
    const [same, none] = transition(savedPlanMachine, s, { type: "plan.changedElsewhere", version: 2 });
    expect(same.matches({ owner: "idle" })).toBe(true);
    expect(none.map((a) => a.type)).not.toContain("rerender");
  });

  it("never lets an older answer replace a newer plan", () => {
    let s = send(asOwner(), tick(A!), done("command", ok(plan(4, { [A!]: true }))), tick(B!));
    s = send(s, done("command", ok(plan(3, { [B!]: true }))));
    expect(s.context.server!.version).toBe(4);
  });
});

describe("saved-plan machine: every path", () => {
  /** The events worth trying in a state: the browser's, the owner's own, and each way a request in flight can end. */
  const eventsFor = (s: Snapshot): SavedPlanEvent[] => {
    const v = s.context.server?.version ?? 1;
    return [
      { type: "browser.owner", owner },
      { type: "browser.owner", owner: null },
      { type: "link.opened", token: "l".repeat(43), key: "k" },
      tick(A!),
      ask("switch"),
      ask("new-link"),
      ask("delete"),
      { type: "plan.reload" },
      { type: "plan.changedElsewhere", version: v + 5 },
      done("trade", ok({ editToken: "d".repeat(43) })),
      done("trade", fail("gone")),
      done("load", ok(plan(v))),
      done("load", fail("gone")),
      done("loadForViewer", ok(plan(v))),
      done("loadForViewer", fail("offline")),
      done("command", ok(plan(v + 1, { [A!]: true }))),
      done("command", ok(switched(v + 1))),
      done("command", ok({ id: "NewIdNewIdNewIdNewId01", url: "/x", editToken: "n".repeat(43) })),
      done("command", conflict(plan(v + 2))),
      done("command", fail("offline")),
      done("command", fail("busy")),
      done("command", fail("gone")),
    ];
  };
  const serialize = (s: Snapshot) =>
    JSON.stringify([
      s.value,
      s.context.owner === undefined ? "?" : Boolean(s.context.owner),
      s.context.queue.map((r) => r.command),
      s.context.reapplied,
      s.context.retries,
    ]);

  /** Holds in every state any path reaches. */
  function assertCoherent(s: Snapshot) {
    if (s.matches({ owner: "sending" }) || s.matches({ owner: "retrying" })) expect(s.context.queue.length).toBeGreaterThan(0);
    if (s.matches("viewer")) expect(s.context.queue).toEqual([]);
    if (s.matches("arriving")) expect(s.context.owner).toBeUndefined();
    if (s.matches("checkingLink")) expect(s.context.editLink).toEqual({ status: "checking" });
    if (s.context.reapplied) expect(s.matches({ owner: "sending" }) || s.matches({ owner: "retrying" })).toBe(true);
    expect(s.context.retries).toBeLessThanOrEqual(2);
    if (s.context.reply) expect(s.context.reply.request.n).toBeLessThan(s.context.asked);
    const view = viewOf(s.context);
    if (s.context.server) expect(view!.version).toBe(s.context.server.version);
    for (const r of s.context.queue) if (r.command === "update" && r.body.steps) expect(view!.done[A!]).toBe(true);
  }

  for (const [name, start] of [
    ["a plan page", { planId: owner.id, plan: plan(1) }],
    ["an item of My plans", { planId: owner.id, plan: null }],
  ] as const) {
    it(`reaches every state from ${name}, coherent in each`, () => {
      const paths = getShortestPaths(savedPlanMachine, {
        input: start,
        events: eventsFor,
        serializeState: serialize,
        stopWhen: (s) => s.context.queue.length > 2,
      });
      const reached = new Set(paths.map((p) => JSON.stringify(p.state.value)));
      for (const path of paths) assertCoherent(path.state);
      for (const value of [
        "arriving",
        "checkingLink",
        "moved",
        "deleted",
        "switched",
        { viewer: "watching" },
        { owner: "loading" },
        { owner: "idle" },
        { owner: "sending" },
        { owner: "retrying" },
      ]) {
        expect(reached, JSON.stringify(value)).toContain(JSON.stringify(value));
      }
      if (start.plan === null)
        for (const value of ["gone", "failed", { viewer: "loading" }]) expect(reached).toContain(JSON.stringify(value));
      expect(paths.length).toBeGreaterThan(40);
    });
  }
});

/** A request the test answers when it chooses, recording what was sent. */
function scripted<I, O>() {
  const calls: { input: I; answer: (output: O) => void }[] = [];
  const logic = fromPromise<O, I>(({ input }) => new Promise<O>((resolve) => calls.push({ input, answer: resolve })));
  const next = async () => {
    // A retry after a lost answer waits a moment first.
    await expect.poll(() => calls.length, { timeout: 5000 }).toBeGreaterThan(0);
    return calls.shift()!;
  };
  return { logic, next, calls };
}

function mount(initial = plan(1)) {
  const command = scripted<CommandInput, Result<unknown>>();
  const effects: string[] = [];
  let tellOwner: ((event: SavedPlanEvent) => void) | null = null;
  const actor = createActor(
    savedPlanMachine.provide({
      actors: {
        command: command.logic,
        load: fromPromise(() => Promise.resolve(ok(initial))),
        countDevices: fromPromise(() => Promise.resolve(ok<{ devices: number; linkWaiting: boolean }>({ devices: 1, linkWaiting: false }))),
        owner: fromCallback(({ sendBack }) => {
          tellOwner = sendBack;
          sendBack({ type: "browser.owner", owner });
        }),
        otherTabs: fromCallback(() => {}),
      },
      actions: {
        renamed: (_, p) => void effects.push(`renamed ${p.title}`),
        moved: (_, p) => void effects.push(`moved ${p.from} -> ${p.to} with ${p.editToken}`),
        changed: (_, p) => void effects.push(`changed ${p.version}`),
      },
    }),
    { input: { planId: initial.id, plan: initial } },
  ).start();
  return { actor, command, effects, tell: (event: SavedPlanEvent) => tellOwner!(event) };
}

describe("saved-plan machine: the races", () => {
  it("a 409 in the middle of a queue: the change is applied once more, then the rest follow on the latest version", async () => {
    const { actor, command } = mount();
    await waitFor(actor, (s) => s.matches({ owner: "idle" }));
    actor.send(tick(A!, true, "a"));
    actor.send(tick(B!, true, "b"));
    expect(viewOf(actor.getSnapshot().context)!.done).toEqual({ [A!]: true, [B!]: true });

    const first = await command.next();
    expect(first.input).toMatchObject({ command: "update", key: "a", body: { version: 1, steps: { [A!]: true } } });
    first.answer(conflict(plan(4, { other: true })));
    const again = await command.next();
    // The same action, so the same key, on the version the server has now.
    expect(again.input).toMatchObject({ key: "a", body: { version: 4, steps: { [A!]: true } } });
    again.answer(ok(plan(5, { other: true, [A!]: true })));
    const second = await command.next();
    expect(second.input).toMatchObject({ key: "b", body: { version: 5, steps: { [B!]: true } } });
    second.answer(ok(plan(6, { other: true, [A!]: true, [B!]: true })));

    const settled = await waitFor(actor, (s) => s.matches({ owner: "idle" }) && s.context.queue.length === 0);
    expect(settled.context.server!.done).toEqual({ other: true, [A!]: true, [B!]: true });
    expect(command.calls).toHaveLength(0);
  });

  it("an answer lost in transit: the same request goes again with the same key, and the plan moves once", async () => {
    const { actor, command, effects } = mount();
    await waitFor(actor, (s) => s.matches({ owner: "idle" }));
    actor.send(ask("new-link", {}, "renew-key"));
    (await command.next()).answer(fail("offline"));
    const retry = await command.next();
    expect(retry.input).toMatchObject({ command: "new-link", key: "renew-key" });
    retry.answer(ok({ id: "NewIdNewIdNewIdNewId01", url: "/plans/NewIdNewIdNewIdNewId01", editToken: "n".repeat(43) }));
    const s = await waitFor(actor, (x) => x.status === "done");
    expect(s.value).toBe("moved");
    expect(effects).toEqual([`moved ${owner.id} -> NewIdNewIdNewIdNewId01 with ${"n".repeat(43)}`]);
  });

  it("going offline for good rolls back only the tick that failed", async () => {
    const { actor, command } = mount();
    await waitFor(actor, (s) => s.matches({ owner: "idle" }));
    actor.send(tick(A!, true, "a"));
    actor.send(tick(B!, true, "b"));
    for (let i = 0; i < 3; i++) (await command.next()).answer(fail("offline"));
    await waitFor(actor, (x) => x.context.reply?.request.n === 0);
    expect(viewOf(actor.getSnapshot().context)!.done).toEqual({ [B!]: true });
    expect(actor.getSnapshot().context.reply).toMatchObject({ request: { command: "update" }, failure: { reason: "offline" } });
    (await command.next()).answer(ok(plan(2, { [B!]: true })));
    const s = await waitFor(actor, (x) => x.matches({ owner: "idle" }) && x.context.queue.length === 0);
    expect(viewOf(s.context)!.done).toEqual({ [B!]: true });
  }, 10_000);

  it("another tab forgets the plan: a tick on its way finishes, new ones are not taken, then the page is a viewer's", async () => {
    const { actor, command, tell } = mount();
    await waitFor(actor, (s) => s.matches({ owner: "idle" }));
    actor.send(tick(A!));
    tell({ type: "browser.owner", owner: null });
    actor.send(tick(B!));
    expect(actor.getSnapshot().context.queue).toHaveLength(1);
    (await command.next()).answer(ok(plan(2, { [A!]: true })));
    const s = await waitFor(actor, (x) => x.matches("viewer"));
    expect(s.context.server!.done).toEqual({ [A!]: true });
    expect(command.calls).toHaveLength(0);
  });

  it("a rename keeps this browser's list of plans in step, and tells other tabs", async () => {
    const { actor, command, effects } = mount();
    await waitFor(actor, (s) => s.matches({ owner: "idle" }));
    actor.send(ask("update", { title: "Plan B" }));
    const call = await command.next();
    expect(call.input.body).toEqual({ title: "Plan B", version: 1 });
    call.answer(ok(plan(2, {}, "Plan B")));
    await waitFor(actor, (s) => s.context.reply !== null);
    expect(effects).toEqual(["renamed Plan B", "changed 2"]);
  });
});
