// The saved-plan machine in Node: pure transitions, paths generated from the machine itself
// (xstate/graph) with an assertion in every state they reach, and the races found in the browser
// (a 409 in the middle of a queue, two tabs, going offline, a new link while ticks wait) played
// with scripted requests.
import { describe, expect, it } from "vitest";
import { createActor, fromPromise, initialTransition, transition, waitFor, type SnapshotFrom } from "xstate";
import { getShortestPaths } from "xstate/graph";
import type { NewLinkResponse, SavedPlan } from "@/lib/api-contract";
import type { Failure, Result } from "@/lib/api-result";
import { arrival, savedPlanMachine, shownAsOwner, viewOf, type SavedPlanEvent } from "@/machines/saved-plan";
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
  version,
  createdAt: "2026-12-01T10:00:00.000Z",
  updatedAt: "2026-12-01T10:00:00.000Z",
});
const owner = { id: "PlanIdPlanIdPlanId0001", editToken: "t".repeat(43) };
/** What the server answers a switch with: the new plan's id and token, and this plan as it is now. */
const switched = (version: number) => ({
  id: "SwitchedSwitchedSwit01",
  editToken: "u".repeat(43),
  title: "My PM plan",
  url: "/plans/SwitchedSwitchedSwit01",
  from: { ...plan(version), switchedTo: { route: "transferable-resume" as const, name: "Transferable resume", on: "2027-02-01" } },
});
const input = { planId: owner.id, plan: plan(1) };

const done = (id: string, output: unknown) => ({ type: `xstate.done.actor.${id}`, output }) as unknown as SavedPlanEvent;
const ok = <T>(data: T): Result<T> => ({ ok: true, data });
const fail = (reason: Exclude<Failure["reason"], "conflict">): Failure => ({ ok: false, reason });
const conflict = (current: SavedPlan): Failure => ({ ok: false, reason: "conflict", plan: current });

const start = (i: Parameters<typeof initialTransition<typeof savedPlanMachine>>[1] = input) => initialTransition(savedPlanMachine, i)[0];
const send = (s: Snapshot, ...events: SavedPlanEvent[]) => events.reduce((x, e) => transition(savedPlanMachine, x, e)[0], s);

describe("saved-plan machine: transitions", () => {
  it("starts ready with the server's plan, and does not know the owner until the browser looks", () => {
    const s = start();
    expect(s.matches({ ready: "idle" })).toBe(true);
    expect(s.context.owner).toBeUndefined();
    expect(viewOf(s.context)).toEqual(plan(1));
  });

  it("lets a viewer change nothing", () => {
    const s = send(start(), { type: "owner.changed", owner: null }, { type: "step.set", stepId: A!, done: true }, { type: "plan.delete" });
    expect(s.context.queue).toEqual([]);
    expect(s.matches({ ready: "idle" })).toBe(true);
  });

  it("shows a tick at once, sends it with the plan's version, and keeps the server's answer", () => {
    let s = send(start(), { type: "owner.changed", owner }, { type: "step.set", stepId: A!, done: true });
    expect(s.matches({ ready: "patching" })).toBe(true);
    expect(viewOf(s.context)!.done).toEqual({ [A!]: true });
    s = send(s, done("patch", ok(plan(2, { [A!]: true }))));
    expect(s.matches({ ready: "idle" })).toBe(true);
    expect(s.context.server!.version).toBe(2);
    expect(s.context.reply).toEqual({ request: { n: 0, kind: "tick", steps: { [A!]: true } }, failure: null });
  });

  it("applies a change once more after a 409, over the plan the server sent, then gives up", () => {
    let s = send(start(), { type: "owner.changed", owner }, { type: "step.set", stepId: A!, done: true });
    s = send(s, done("patch", conflict(plan(5, { [B!]: true }))));
    expect(s.matches({ ready: "patching" })).toBe(true);
    expect(s.context.reapplied).toBe(true);
    // The other tab's tick and this one, on the version the server has now.
    expect(viewOf(s.context)!.done).toEqual({ [A!]: true, [B!]: true });
    expect(s.context.server!.version).toBe(5);
    s = send(s, done("patch", conflict(plan(6, { [B!]: true }))));
    expect(s.matches({ ready: "idle" })).toBe(true);
    expect(s.context.reply).toMatchObject({ request: { kind: "tick" }, failure: { reason: "conflict" } });
    // Rolled back: only what the server says.
    expect(viewOf(s.context)!.done).toEqual({ [B!]: true });
  });

  it("rolls a tick back when the browser is offline, and says so", () => {
    let s = send(start(), { type: "owner.changed", owner }, { type: "step.set", stepId: A!, done: true });
    s = send(s, done("patch", fail("offline")));
    expect(viewOf(s.context)!.done).toEqual({});
    expect(s.context.reply).toEqual({ request: { n: 0, kind: "tick", steps: { [A!]: true } }, failure: { ok: false, reason: "offline" } });
  });

  it("never lets an older answer replace a newer plan", () => {
    let s = send(
      start({ planId: owner.id, plan: plan(7) }),
      { type: "owner.changed", owner },
      { type: "step.set", stepId: A!, done: true },
    );
    s = send(s, done("patch", ok(plan(3, { [A!]: true }))));
    expect(s.context.server!.version).toBe(7);
  });

  it("moves to the new link and ignores this browser's list from then on", () => {
    let s = send(start(), { type: "owner.changed", owner }, { type: "plan.newLink" });
    expect(s.matches({ ready: "renewing" })).toBe(true);
    s = send(
      s,
      done("renew", ok<NewLinkResponse>({ id: "NewIdNewIdNewIdNewId01", url: "/plans/NewIdNewIdNewIdNewId01", editToken: "n".repeat(43) })),
    );
    expect(s.status).toBe("done");
    expect(s.value).toBe("moved");
  });

  it("counts deleting a plan that is already gone as done", () => {
    let s = send(start(), { type: "owner.changed", owner }, { type: "plan.delete" });
    s = send(s, done("remove", fail("gone")));
    expect(s.value).toBe("deleted");
  });

  it("loads a plan it was not handed (My plans), and forgets one that is gone", () => {
    let s = start({ planId: owner.id, plan: null });
    expect(s.value).toBe("loading");
    expect(viewOf(s.context)).toBeNull();
    expect(send(s, done("load", ok(plan(2)))).matches({ ready: "idle" })).toBe(true);
    expect(send(s, done("load", fail("gone"))).value).toBe("gone");
    s = send(s, done("load", fail("offline")));
    expect(s.value).toBe("failed");
    expect(s.context.loadFailure).toEqual({ ok: false, reason: "offline" });
    expect(send(s, { type: "plan.reload" }).value).toBe("loading");
  });
});

describe("who the page shows as owner, with a page opened from an edit link", () => {
  it("shows nobody as owner or viewer until the edit token was looked for, and while an edit link is checked", () => {
    expect(shownAsOwner(undefined, null)).toBeUndefined();
    for (const who of [owner, null]) expect(shownAsOwner(who, { status: "checking" })).toBeUndefined();
  });

  it("then shows what this browser holds, whatever the edit link's check said", () => {
    for (const check of [
      null,
      { status: "done", failure: null, stored: true },
      { status: "done", failure: fail("gone"), stored: false },
    ] as const) {
      expect(shownAsOwner(owner, check)).toBe(true);
      expect(shownAsOwner(null, check)).toBe(false);
    }
  });
});

describe("what the page does with the machine as it learns who this browser is", () => {
  it("waits until it knows, shows a rendered plan to a viewer without a machine, and starts the machine once", () => {
    for (const who of [owner, null])
      for (const rendered of [true, false])
        for (const started of [true, false]) expect(arrival({ known: false, owner: who, rendered, started })).toBe("wait");
    expect(arrival({ known: true, owner: null, rendered: true, started: false })).toBe("viewer");
    // My plans hands in no plan: the machine loads it, owner or not.
    expect(arrival({ known: true, owner: null, rendered: false, started: false })).toBe("start");
    expect(arrival({ known: true, owner, rendered: true, started: false })).toBe("start");
  });

  it("once started, every change of owner (another tab forgot or stored the token) goes to the machine", () => {
    for (const who of [owner, null])
      for (const rendered of [true, false]) expect(arrival({ known: true, owner: who, rendered, started: true })).toBe("forward");
  });
});

describe("saved-plan machine: living plans", () => {
  it("reschedules on the plan's version, keeps the new dates and what moved", () => {
    let s = send(start(), { type: "owner.changed", owner }, { type: "plan.reschedule", hours: "8-15" });
    expect(s.matches({ ready: "living" })).toBe(true);
    const move = {
      id: A!,
      title: "x",
      from: { start: "2027-01-01", end: "2027-01-07" },
      to: { start: "2027-02-01", end: "2027-02-07" },
      why: "pace" as const,
    };
    s = send(s, done("live", ok({ plan: plan(2), moves: [move] })));
    expect(s.context.server!.version).toBe(2);
    expect(s.context.moves).toEqual([move]);
    expect(s.context.reply).toMatchObject({ request: { kind: "reschedule", hours: "8-15" }, failure: null });
  });

  it("does not repeat a reschedule asked on a plan another tab changed: it shows the plan as it is now", () => {
    let s = send(start(), { type: "owner.changed", owner }, { type: "plan.reschedule" });
    s = send(s, done("live", conflict(plan(4))));
    expect(s.matches({ ready: "idle" })).toBe(true);
    expect(s.context.server!.version).toBe(4);
    expect(s.context.reply).toMatchObject({ request: { kind: "reschedule" }, failure: { reason: "conflict" } });
  });

  it("records a check-in, and switches to the new plan", () => {
    let s = send(start(), { type: "owner.changed", owner }, { type: "plan.checkIn", answers: [true, false] });
    s = send(s, done("live", ok(plan(2))));
    expect(s.context.reply).toMatchObject({ request: { kind: "check-in", answers: [true, false] }, failure: null });
    s = send(s, { type: "plan.switch" });
    expect(s.matches({ ready: "switching" })).toBe(true);
    s = send(s, done("switchPlan", ok(switched(3))));
    expect(s.value).toBe("switched");
    expect(s.context.server!.switchedTo).toMatchObject({ route: "transferable-resume" });
  });
});

describe("saved-plan machine: every path", () => {
  /** The events worth trying in a state: the owner's own, and each way the request in flight can end. */
  const eventsFor = (s: Snapshot): SavedPlanEvent[] => {
    const base: SavedPlanEvent[] = [
      { type: "owner.changed", owner },
      { type: "owner.changed", owner: null },
      { type: "step.set", stepId: A!, done: true },
      { type: "plan.rename", title: "Renamed" },
      { type: "plan.reschedule", hours: "under-3" },
      { type: "plan.checkIn", answers: [true, false] },
      { type: "plan.switch" },
      { type: "plan.newLink" },
      { type: "plan.delete" },
      { type: "plan.reload" },
    ];
    const v = s.context.server?.version ?? 1;
    const ends: Record<string, SavedPlanEvent[]> = {
      loading: [done("load", ok(plan(1))), done("load", fail("gone")), done("load", fail("offline"))],
      patching: [done("patch", ok(plan(v + 1, { [A!]: true }))), done("patch", conflict(plan(v + 2))), done("patch", fail("busy"))],
      living: [done("live", ok({ plan: plan(v + 1), moves: [] })), done("live", conflict(plan(v + 3))), done("live", fail("invalid"))],
      switching: [done("switchPlan", ok(switched(v + 1))), done("switchPlan", conflict(plan(v + 4))), done("switchPlan", fail("offline"))],
      renewing: [
        done("renew", ok({ id: "NewIdNewIdNewIdNewId01", url: "/plans/x", editToken: "n".repeat(43) })),
        done("renew", fail("offline")),
      ],
      removing: [done("remove", ok(undefined)), done("remove", fail("server"))],
    };
    const busy = Object.keys(ends).find((k) => s.matches(k as never) || s.matches({ ready: k } as never));
    return [...base, ...(busy ? ends[busy]! : [])];
  };
  const serialize = (s: Snapshot) =>
    JSON.stringify([
      s.value,
      s.context.owner === undefined ? "?" : Boolean(s.context.owner),
      s.context.queue.map((r) => r.kind),
      s.context.reapplied,
    ]);

  /** Holds in every state any path reaches. */
  function assertCoherent(s: Snapshot) {
    const busy = (["patching", "living", "switching", "renewing", "removing"] as const).some((k) => s.matches({ ready: k }));
    if (s.matches("ready")) expect(busy).toBe(s.context.queue.length > 0);
    if (!s.context.owner && s.matches({ ready: "idle" })) expect(s.context.queue).toEqual([]);
    if (s.context.reapplied) expect(s.matches({ ready: "patching" })).toBe(true);
    if (s.context.reply) expect(s.context.reply.request.n).toBeLessThan(s.context.asked);
    const view = viewOf(s.context);
    if (s.context.server) expect(view!.version).toBe(s.context.server.version);
    for (const r of s.context.queue) if (r.kind === "tick") expect(view!.done[A!]).toBe(true);
  }

  for (const [name, start] of [
    ["a plan page", { planId: owner.id, plan: plan(1) }],
    ["an item of My plans", { planId: owner.id, plan: null, owner }],
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
        "moved",
        "deleted",
        "switched",
        { ready: "idle" },
        { ready: "patching" },
        { ready: "living" },
        { ready: "switching" },
        { ready: "renewing" },
        { ready: "removing" },
      ]) {
        expect(reached, JSON.stringify(value)).toContain(JSON.stringify(value));
      }
      if (start.plan === null) for (const value of ["gone", "failed", "loading"]) expect(reached).toContain(JSON.stringify(value));
      expect(paths.length).toBeGreaterThan(40);
    });
  }
});

/** A request the test answers when it chooses, recording what was sent. */
function scripted<I, O>() {
  const calls: { input: I; answer: (output: O) => void }[] = [];
  const logic = fromPromise<O, I>(({ input }) => new Promise<O>((resolve) => calls.push({ input, answer: resolve })));
  const next = async () => {
    await expect.poll(() => calls.length).toBeGreaterThan(0);
    return calls.shift()!;
  };
  return { logic, next, calls };
}

function mount(initial = plan(1)) {
  type Change = { steps: Record<string, boolean> } | { title: string };
  const patch = scripted<{ id: string; token: string; version: number; change: Change }, Result<SavedPlan>>();
  const renew = scripted<{ id: string; token: string }, Result<NewLinkResponse>>();
  const effects: string[] = [];
  const actor = createActor(
    savedPlanMachine.provide({
      actors: { patch: patch.logic, renew: renew.logic },
      actions: {
        renamed: (_, p) => void effects.push(`renamed ${p.title}`),
        moved: (_, p) => void effects.push(`moved ${p.from} -> ${p.to} with ${p.editToken}`),
      },
    }),
    { input: { planId: initial.id, plan: initial } },
  ).start();
  actor.send({ type: "owner.changed", owner });
  return { actor, patch, renew, effects };
}

describe("saved-plan machine: the races", () => {
  it("a 409 in the middle of a queue: the change is applied once more, then the rest follow on the latest version", async () => {
    const { actor, patch } = mount();
    actor.send({ type: "step.set", stepId: A!, done: true });
    actor.send({ type: "step.set", stepId: B!, done: true });
    expect(viewOf(actor.getSnapshot().context)!.done).toEqual({ [A!]: true, [B!]: true });

    const first = await patch.next();
    expect(first.input).toMatchObject({ version: 1, change: { steps: { [A!]: true } } });
    first.answer(conflict(plan(4, { other: true })));
    const again = await patch.next();
    expect(again.input).toMatchObject({ version: 4, change: { steps: { [A!]: true } } });
    again.answer(ok(plan(5, { other: true, [A!]: true })));
    const second = await patch.next();
    expect(second.input).toMatchObject({ version: 5, change: { steps: { [B!]: true } } });
    second.answer(ok(plan(6, { other: true, [A!]: true, [B!]: true })));

    const settled = await waitFor(actor, (s) => s.matches({ ready: "idle" }));
    expect(settled.context.server!.done).toEqual({ other: true, [A!]: true, [B!]: true });
    expect(patch.calls).toHaveLength(0);
  });

  it("going offline mid-queue rolls back only the tick that failed", async () => {
    const { actor, patch } = mount();
    actor.send({ type: "step.set", stepId: A!, done: true });
    actor.send({ type: "step.set", stepId: B!, done: true });
    (await patch.next()).answer(fail("offline"));
    await waitFor(actor, (x) => x.context.reply?.request.n === 0);
    expect(viewOf(actor.getSnapshot().context)!.done).toEqual({ [B!]: true });
    expect(actor.getSnapshot().context.reply).toMatchObject({ request: { kind: "tick" }, failure: { reason: "offline" } });
    (await patch.next()).answer(ok(plan(2, { [B!]: true })));
    const s = await waitFor(actor, (x) => x.matches({ ready: "idle" }));
    expect(viewOf(s.context)!.done).toEqual({ [B!]: true });
  });

  it("another tab forgets the plan: a tick on its way finishes, new ones are not taken", async () => {
    const { actor, patch } = mount();
    actor.send({ type: "step.set", stepId: A!, done: true });
    actor.send({ type: "owner.changed", owner: null });
    actor.send({ type: "step.set", stepId: B!, done: true });
    expect(actor.getSnapshot().context.queue).toHaveLength(1);
    (await patch.next()).answer(ok(plan(2, { [A!]: true })));
    await waitFor(actor, (s) => s.matches({ ready: "idle" }));
    expect(patch.calls).toHaveLength(0);
  });

  it("a new link asked for while ticks wait goes after them, and then nothing moves the page back", async () => {
    const { actor, patch, renew, effects } = mount();
    actor.send({ type: "step.set", stepId: A!, done: true });
    actor.send({ type: "plan.newLink" });
    (await patch.next()).answer(ok(plan(2, { [A!]: true })));
    (await renew.next()).answer(ok({ id: "NewIdNewIdNewIdNewId01", url: "/plans/NewIdNewIdNewIdNewId01", editToken: "n".repeat(43) }));
    const s = await waitFor(actor, (x) => x.status === "done");
    expect(s.value).toBe("moved");
    // The new link comes with a new edit token: this browser keeps both.
    expect(effects).toContain(`moved ${owner.id} -> NewIdNewIdNewIdNewId01 with ${"n".repeat(43)}`);
    // The list of plans moves the entry to the new id: the old page must not fall back to a viewer.
    actor.send({ type: "owner.changed", owner: null });
    expect(actor.getSnapshot().value).toBe("moved");
  });

  it("a rename keeps this browser's list of plans in step", async () => {
    const { actor, patch, effects } = mount();
    actor.send({ type: "plan.rename", title: "Plan B" });
    const call = await patch.next();
    expect(call.input.change).toEqual({ title: "Plan B" });
    call.answer(ok(plan(2, {}, "Plan B")));
    await waitFor(actor, (s) => s.context.reply?.request.kind === "rename");
    expect(effects).toContain("renamed Plan B");
  });
});
