// GET /plans/<id>/plan.ics: the saved plan as a calendar file, one all-day event per step.
import { planToIcs } from "@/lib/plan-export";
import { loadPlan } from "@/server/plans/load-plan";

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const plan = await loadPlan((await params).id);
  if (!plan) return text("No such plan.\n", 404);
  const ics = planToIcs(plan);
  if (!ics.ok) {
    console.error(`plan.ics for ${plan.id.slice(0, 4)}… failed:`, ics.error.message);
    return text("We couldn't make the calendar file.\n", 500);
  }
  return new Response(ics.text, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'attachment; filename="onepath-plan.ics"',
      "Cache-Control": "no-store",
    },
  });
}
