// GET /plans/<id>/plan.ics: the saved plan as a calendar, one all-day event per step at its
// current dates. Also the plan's calendar subscription: calendar apps poll this address, and a
// poll that names the ETag it already holds (If-None-Match) gets 304 and no body. Plan responses
// are never stored by caches (no-store), so a revoked link is gone at once; a calendar app keeps
// its own copy and revalidates with the ETag.
import { pageCopy } from "@/data/copy";
import { CALENDAR_FILE, planCalendarPath } from "@/lib/addresses";
import { planToIcs } from "@/lib/plan-export";
import { alreadyHeld, etagOf } from "@/server/etag";
import { plainText, storeUnavailable } from "@/server/http";
import { loadPlan } from "@/server/plans/load-plan";
import { shareLink } from "@/server/origin";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = (await params).id;
  const plan = await loadPlan(id).catch((error: unknown) =>
    storeUnavailable(error, { method: request.method, path: planCalendarPath(id) }),
  );
  if (plan instanceof Response) return plan;
  if (!plan) return plainText(`${pageCopy.exports.notFound}\n`, 404);
  const ics = planToIcs(plan, shareLink(plan.id));
  if (!ics.ok) {
    console.error(`plan.ics for ${plan.id.slice(0, 4)}… failed:`, ics.error.message);
    return plainText(`${pageCopy.exports.calendarFailed}\n`, 500);
  }
  const etag = etagOf(ics.text);
  const validators = { ETag: etag, "Cache-Control": "no-store" };
  if (alreadyHeld(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers: validators });
  return new Response(ics.text, {
    headers: {
      ...validators,
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${CALENDAR_FILE}"`,
    },
  });
}
