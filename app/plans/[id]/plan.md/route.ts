// GET /plans/<id>/plan.md: the saved plan as a Markdown file to download. Reading needs only the
// link, like the page; an unknown or revoked id is a 404, a plan store that fails a 503.
import { pageCopy } from "@/data/copy";
import { MARKDOWN_FILE, planMarkdownPath } from "@/lib/addresses";
import { planToMarkdown } from "@/lib/plan-export";
import { plainText, storeUnavailable } from "@/server/http";
import { loadPlan } from "@/server/plans/load-plan";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = (await params).id;
  const plan = await loadPlan(id).catch((error: unknown) => storeUnavailable(error, { method: request.method, path: planMarkdownPath(id) }));
  if (plan instanceof Response) return plan;
  if (!plan) return plainText(`${pageCopy.exports.notFound}\n`, 404);
  return new Response(planToMarkdown(plan), {
    headers: {
      "Content-Type": "text/markdown; charset=utf-8",
      "Content-Disposition": `attachment; filename="${MARKDOWN_FILE}"`,
      "Cache-Control": "no-store",
    },
  });
}
