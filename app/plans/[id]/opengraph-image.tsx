// The card a chat app or social network shows for a plan's link: route, title and progress,
// drawn with the font that ships with next/og. Nothing is fetched: characters that font lacks
// (emoji, most non-Latin scripts) are left out, because for those next/og would fetch a font.
import { ImageResponse } from "next/og";
import { progressText, stepsDone } from "@/lib/plan-progress";
import { currentPlan } from "@/lib/living-plan";
import { storeUnavailable } from "@/server/http";
import { loadPlan } from "@/server/plans/load-plan";
import { LogoMark } from "@/components/ui/logo-mark";
import { planPreviewPath } from "@/lib/addresses";

export const alt = "A saved OnePath plan: its route, title and progress";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

// Basic Latin, Latin-1 and Latin Extended-A, and common punctuation: all in the bundled font.
const drawable = (text: string) =>
  text
    .replace(/[^\u0020-\u007e\u00a0-\u017f\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026]/gu, "")
    .replace(/\s+/g, " ")
    .trim();

export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  const id = (await params).id;
  const plan = await loadPlan(id).catch((error: unknown) => storeUnavailable(error, { method: "GET", path: planPreviewPath(id) }));
  if (plan instanceof Response) return plan;
  if (!plan) return new Response("Not found", { status: 404 });
  const progress = stepsDone(currentPlan(plan).steps, plan.done);
  const title = drawable(plan.title) || "A OnePath plan";

  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: 72,
        background: "#f7f8f6",
        color: "#14201f",
      }}
    >
      <div style={{ display: "flex", alignItems: "center", gap: 20, fontSize: 34, fontWeight: 700 }}>
        <LogoMark size={56} parts={{ back: { fill: "#0f6e66" }, line: { stroke: "#ffffff" }, dot: { fill: "#ffffff" } }} />
        OnePath
      </div>
      <div style={{ display: "flex", flexDirection: "column", gap: 20 }}>
        <div style={{ fontSize: 34, color: "#0b6259", fontWeight: 700 }}>{`Route: ${drawable(plan.snapshot.route.name)}`}</div>
        <div style={{ fontSize: title.length > 60 ? 52 : 68, fontWeight: 700, lineHeight: 1.1, display: "flex" }}>
          {title.length > 110 ? `${title.slice(0, 109)}…` : title}
        </div>
      </div>
      <div style={{ display: "flex", flexDirection: "column", gap: 16 }}>
        <div style={{ fontSize: 36, color: "#4a5a58" }}>{progressText(progress)}</div>
        <div style={{ display: "flex", width: "100%", height: 18, borderRadius: 9, background: "#e3f1ee" }}>
          <div style={{ width: `${(100 * progress.done) / progress.total}%`, height: "100%", borderRadius: 9, background: "#0f6e66" }} />
        </div>
      </div>
    </div>,
    { ...size, headers: { "Cache-Control": "no-store" } },
  );
}
