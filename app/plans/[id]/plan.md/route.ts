// GET /plans/<id>/plan.md: the saved plan as a Markdown file to download. Reading needs only the
// link, like the page; an unknown or revoked id is a 404.
import { MARKDOWN_FILE } from "@/lib/addresses";
import { planToMarkdown } from "@/lib/plan-export";
import { loadPlan } from "@/server/plans/load-plan";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const plan = await loadPlan((await params).id);
  if (!plan) return new Response("No such plan.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(planToMarkdown(plan), {
    headers: {
      "Content-Type": "text/markdown; charset=utf-8",
      "Content-Disposition": `attachment; filename="${MARKDOWN_FILE}"`,
      "Cache-Control": "no-store",
    },
  });
}
