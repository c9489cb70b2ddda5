// A plan that lives, through the API against real databases: ticks record their day, a plan that
// has fallen behind is rescheduled (versioned: two tabs at once, one wins, nothing lost), the
// check-in opens at the checkpoint, and switching makes a new plan linked both ways.
import { describe, expect, it } from "vitest";
import { POST as create } from "@/app/api/plans/route";
import { GET as read, PATCH as patch } from "@/app/api/plans/[id]/route";
import { checkInQuestions } from "@/lib/switch";
import { CreatePlanResponse, RescheduleResponse, SavedPlan, SwitchResponse } from "@/lib/api-contract";
import { addDays, today } from "@/lib/dates";
import { checkpointOf, currentPlan } from "@/lib/living-plan";
import { personas } from "../fixtures/personas";
import { params, planRequest as request, commandRoute } from "../fixtures/plan-requests";
import { engines, servePlansFrom } from "./databases";

const checkIn = commandRoute("check-in");
const reschedule = commandRoute("reschedule");
const switchPlan = commandRoute("switch");

const seller = personas[3]!; // networking: switches to the transferable resume

/** A plan saved as if it had started `weeksAgo` weeks ago. */
async function saveStarted(weeksAgo: number, answers = seller.answers) {
  const startDate = addDays(today(), -7 * weeksAgo);
  const response = await create(request("/api/plans", { method: "POST", body: { answers, startDate } }));
  expect(response.status).toBe(201);
  return CreatePlanResponse.parse(await response.json());
}
/** The plan as people with the link read it, or (with a token) as its owner does. */
const get = async (id: string, token: string | null = null) =>
  SavedPlan.parse(await (await read(request(`/api/plans/${id}`, { token }), params(id))).json());
const post = (handler: typeof reschedule, id: string, token: string, body: unknown, what: string) =>
  handler(request(`/api/plans/${id}/${what}`, { method: "POST", token, body }), params(id));

describe.each(engines)("a living plan on %s", (engine, make) => {
  servePlansFrom(engine, make);

  it("records the day of each tick, and forgets it with the tick", async () => {
    const mine = await saveStarted(1);
    const plan = await get(mine.id);
    expect(plan).toMatchObject({ doneOn: {}, schedule: null, reschedules: [], checkIns: [], switchedFrom: null, switchedTo: null });
    const [a] = plan.snapshot.plan.steps;
    const tick = async (version: number, value: boolean) =>
      SavedPlan.parse(
        await (
          await patch(
            request(`/api/plans/${mine.id}`, { method: "PATCH", token: mine.editToken, body: { version, steps: { [a!.id]: value } } }),
            params(mine.id),
          )
        ).json(),
      );
    expect((await tick(1, true)).doneOn).toEqual({ [a!.id]: today() });
    expect((await tick(2, false)).doneOn).toEqual({});
  });

  it("moves a plan 10 weeks behind from today, keeps done steps, and keeps the history", async () => {
    const mine = await saveStarted(10);
    const saved = await get(mine.id);
    const first = saved.snapshot.plan.steps[0]!;
    await patch(
      request(`/api/plans/${mine.id}`, { method: "PATCH", token: mine.editToken, body: { version: 1, steps: { [first.id]: true } } }),
      params(mine.id),
    );
    const response = await post(reschedule, mine.id, mine.editToken, { version: 2 }, "reschedule");
    expect(response.status).toBe(200);
    const { plan, moves } = RescheduleResponse.parse(await response.json());
    expect(plan.version).toBe(3);
    expect(plan.reschedules).toEqual([
      // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest types its asymmetric matchers (expect.any, expect.stringMatching...) as any
      { on: today(), weeksMoved: expect.any(Number), toNextWindow: expect.any(Number), pace: saved.snapshot.plan.pace },
    ]);
    expect(plan.reschedules[0]!.weeksMoved).toBeGreaterThanOrEqual(8);
    const now = currentPlan(plan);
    expect(now.steps.find((s) => s.id === first.id)).toEqual(first);
    for (const step of now.steps.filter((s) => s.id !== first.id)) expect(step.dates.start >= today(), step.id).toBe(true);
    expect(moves.length).toBeGreaterThan(3);
    // The snapshot stays exactly as saved.
    expect(plan.snapshot).toEqual(saved.snapshot);
    expect(await get(mine.id, mine.editToken)).toEqual(plan);
  });

  it("lets one of two tabs rescheduling at once win; the other gets 409 and loses nothing", async () => {
    const mine = await saveStarted(10);
    const [one, two] = await Promise.all([
      post(reschedule, mine.id, mine.editToken, { version: 1 }, "reschedule"),
      post(reschedule, mine.id, mine.editToken, { version: 1, hours: "under-3" }, "reschedule"),
    ]);
    expect([one.status, two.status].sort()).toEqual([200, 409]);
    const plan = await get(mine.id);
    expect(plan.version).toBe(2);
    expect(plan.reschedules).toHaveLength(1);
    // The loser reloads the plan it was sent and tries again on it.
    const loser = one.status === 409 ? one : two;
    const { plan: current } = (await loser.json()) as { plan: SavedPlan };
    const again = await post(reschedule, mine.id, mine.editToken, { version: current.version, hours: "under-3" }, "reschedule");
    expect(again.status).toBe(200);
    expect((await get(mine.id)).reschedules).toHaveLength(2);
  });

  it("opens the check-in only in the checkpoint's week, and records it", async () => {
    const early = await saveStarted(0);
    const questions = checkInQuestions(seller.route);
    const answers = questions.map(() => true);
    const closed = await post(checkIn, early.id, early.editToken, { version: 1, answers }, "check-in");
    expect(closed.status).toBe(400);
    expect(((await closed.json()) as { error: string }).error).toMatch(/checkpoint's week/);

    const due = await saveStarted(9);
    const plan = await get(due.id);
    expect(today() >= checkpointOf(plan.snapshot.plan)!.dates.start).toBe(true);
    expect((await post(checkIn, due.id, due.editToken, { version: 1, answers: [true] }, "check-in")).status).toBe(400);
    const response = await post(checkIn, due.id, due.editToken, { version: 1, answers: [true, false] }, "check-in");
    expect(response.status).toBe(200);
    expect(SavedPlan.parse(await response.json()).checkIns).toEqual([{ on: today(), answers: [true, false], working: false }]);
  });

  it("switches at the checkpoint to a new plan, linked both ways, carrying over the same done steps", async () => {
    const mine = await saveStarted(9);
    const saved = await get(mine.id);
    const target = saved.snapshot.switchTo!;
    const response = await post(switchPlan, mine.id, mine.editToken, { version: 1 }, "switch");
    expect(response.status).toBe(201);
    const created = SwitchResponse.parse(await response.json());
    // The same device opens the plan that goes on, with the same token; the old plan keeps its id for its owner.
    expect(created.editToken).toBe(mine.editToken);
    expect(created.from.switchedTo).toEqual({ route: target.route, name: target.name, on: today(), id: created.id });
    const next = await get(created.id);
    expect(next.snapshot.route.id).toBe(target.route);
    expect(next.switchedFrom).toEqual({ route: seller.route, name: saved.snapshot.route.name, on: today() });
    expect(next.snapshot.plan.startDate).toBe(today());
    expect(next.snapshot.others[0]!.route).toBe(seller.route);
    expect(next.snapshot.others[0]!.why).toMatch(/was your route until your checkpoint/);
    // Its own checkpoint points neither back nor through its own door.
    expect(next.snapshot.switchTo!.route).not.toBe(seller.route);
    // The new plan's token changes it; a second switch of the old one is refused.
    const renamed = await patch(
      request(`/api/plans/${created.id}`, { method: "PATCH", token: created.editToken, body: { version: 1, title: "Plan B" } }),
      params(created.id),
    );
    expect(renamed.status).toBe(200);
    expect((await post(switchPlan, mine.id, mine.editToken, { version: 2 }, "switch")).status).toBe(400);
    // The old plan is closed: its overdue steps are not moved, the new plan's are.
    const move = await post(reschedule, mine.id, mine.editToken, { version: 2 }, "reschedule");
    expect(move.status).toBe(400);
    expect(await move.json()).toEqual({ error: expect.stringContaining(`switched to ${target.name}`) as unknown });
    expect((await get(mine.id)).reschedules).toEqual([]);
    const checkAgain = await post(checkIn, mine.id, mine.editToken, { version: 2, answers: [true, true] }, "check-in");
    expect(checkAgain.status).toBe(400);
    expect((await get(mine.id)).checkIns).toEqual([]);
  });

  it("carries a done step over when the plan switched to has the same step", async () => {
    // An internal transfer that stalls switches to networking: both plans have mock interviews.
    const mine = await saveStarted(9, personas[0]!.answers);
    const saved = await get(mine.id);
    const shared = saved.snapshot.plan.steps.map((s) => s.id).filter((id) => id !== "checkpoint");
    const body = { version: 1, steps: Object.fromEntries(shared.map((id) => [id, true])) };
    await patch(request(`/api/plans/${mine.id}`, { method: "PATCH", token: mine.editToken, body }), params(mine.id));
    const created = SwitchResponse.parse(await (await post(switchPlan, mine.id, mine.editToken, { version: 2 }, "switch")).json());
    const next = await get(created.id);
    const same = next.snapshot.plan.steps.map((s) => s.id).filter((id) => shared.includes(id));
    expect(same).toContain("mock-interviews");
    expect(Object.keys(next.done).sort()).toEqual(same.sort());
    for (const id of same) expect(next.doneOn[id]).toBe(today());
  });

  it("refuses a switch before the checkpoint's week", async () => {
    const mine = await saveStarted(0);
    const response = await post(switchPlan, mine.id, mine.editToken, { version: 1 }, "switch");
    expect(response.status).toBe(400);
    expect((await get(mine.id)).switchedTo).toBeNull();
  });
});
