// The plan's calendar as a calendar app subscribed to it sees it, against real databases: read back
// with a real iCalendar parser, it follows ticks and a reschedule with the same UIDs and a rising
// SEQUENCE; a poll that finds nothing new gets 304 with no body; a new link ends the subscription.
import { describe, expect, it } from "vitest";
import { POST as create } from "@/app/api/plans/route";
import { PATCH as patch } from "@/app/api/plans/[id]/route";
import { GET as planIcs } from "@/app/plans/[id]/plan.ics/route";
import { GET as planMd } from "@/app/plans/[id]/plan.md/route";
import { CreatePlanResponse, NewLinkResponse } from "@/lib/api-contract";
import { addDays, today } from "@/lib/dates";
import { currentPlan } from "@/lib/living-plan";
import { getPlanRepository } from "@/server/plans";
import { applyCommand } from "@/server/plans/commands";
import { parseCalendar } from "../fixtures/calendar";
import { personas } from "../fixtures/personas";
import { params, planRequest as request, commandRoute } from "../fixtures/plan-requests";
import { engines, servePlansFrom } from "./databases";

const newLink = commandRoute("new-link");

/** A plan saved as if it had started 10 weeks ago: well behind by now. */
async function saveBehind() {
  const body = { answers: personas[3]!.answers, startDate: addDays(today(), -70) };
  return CreatePlanResponse.parse(await (await create(request("/api/plans", { method: "POST", body }))).json());
}

/** One poll of the calendar, as a calendar app makes it. */
async function poll(id: string, etag?: string) {
  const init = new Request(request(`/plans/${id}/plan.ics`), etag ? { headers: { "if-none-match": etag } } : {});
  const response = await planIcs(init, params(id));
  const body = await response.text();
  return { status: response.status, headers: response.headers, body, calendar: response.status === 200 ? parseCalendar(body) : null };
}

describe.each(engines)("the plan's calendar on %s", (engine, make) => {
  servePlansFrom(engine, make);

  it("answers an unchanged poll with 304 and no body, and a changed plan with the new calendar", async () => {
    const mine = await saveBehind();
    const first = await poll(mine.id);
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(first.headers.get("cache-control")).toBe("no-store");
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);

    for (const condition of [etag, `W/${etag}`, `"other", ${etag}`, "*"]) {
      const again = await poll(mine.id, condition);
      expect(again.status, condition).toBe(304);
      expect(again.body).toBe("");
      expect(again.headers.get("etag")).toBe(etag);
      expect(again.headers.get("cache-control")).toBe("no-store");
    }
    expect((await poll(mine.id, '"something-else"')).status).toBe(200);

    const [event] = first.calendar!.events;
    const [step] = (await (await getPlanRepository()).get(mine.id))!.snapshot.plan.steps;
    const body = { version: 1, steps: { [step!.id]: true } };
    expect((await patch(request(`/api/plans/${mine.id}`, { method: "PATCH", token: mine.editToken, body }), params(mine.id))).status).toBe(
      200,
    );
    const after = await poll(mine.id, etag);
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(etag);
    expect(after.calendar!.events[0]).toMatchObject({ uid: event!.uid, summary: `✓ ${event!.summary}`, sequence: 2 });
  });

  it("keeps every UID and raises SEQUENCE across a reschedule, with the current dates", async () => {
    const mine = await saveBehind();
    const repository = await getPlanRepository();
    const saved = (await repository.get(mine.id))!;
    const before = (await poll(mine.id)).calendar!.events;
    const moved = await applyCommand(repository, "reschedule", mine.id, mine.editToken, { version: 1 });
    expect(moved.status).toBe("done");
    const after = (await poll(mine.id)).calendar!.events;

    const steps = currentPlan((await repository.get(mine.id))!).steps;
    expect(after.map((e) => e.start)).toEqual(steps.map((s) => s.dates.start));
    expect(after.map((e) => e.start)).not.toEqual(before.map((e) => e.start));
    for (const event of after) expect(event.end > today(), event.summary).toBe(true);
    // A step keeps its UID wherever it moves (a wait the calendar imposes may come or go).
    const uidBefore = new Map(saved.snapshot.plan.steps.map((s, i) => [s.id, before[i]!.uid]));
    const kept = steps.filter((s) => uidBefore.has(s.id));
    expect(kept.length).toBeGreaterThanOrEqual(saved.snapshot.plan.steps.length - 1);
    for (const step of kept) expect(after[steps.indexOf(step)]!.uid, step.id).toBe(uidBefore.get(step.id));
    expect(new Set(after.map((e) => e.sequence))).toEqual(new Set([before[0]!.sequence + 1]));
  });

  it("ends with the plan's link: after a new link the old address is 404, the new one has the same events", async () => {
    const mine = await saveBehind();
    const { etag, events } = await poll(mine.id).then((p) => ({ etag: p.headers.get("etag")!, events: p.calendar!.events }));
    const response = await newLink(request(`/api/plans/${mine.id}/new-link`, { method: "POST", token: mine.editToken }), params(mine.id));
    const { id } = NewLinkResponse.parse(await response.json());
    const old = await poll(mine.id, etag);
    expect(old.status).toBe(404);
    expect(old.body).toBe("No such plan.\n");
    expect(old.headers.get("cache-control")).toBe("no-store");
    // The Markdown download at the old address is gone the same way, and nothing may keep its 404 either.
    const markdown = await planMd(request(`/plans/${mine.id}/plan.md`), params(mine.id));
    expect(markdown.status).toBe(404);
    expect(markdown.headers.get("cache-control")).toBe("no-store");
    const moved = (await poll(id)).calendar!.events;
    expect(moved.map((e) => e.uid)).toEqual(events.map((e) => e.uid));
    expect(moved.map((e) => e.start)).toEqual(events.map((e) => e.start));
  });
});
