// A simple timeline picture of the plan: one bar per step across the weeks. The checklist beside
// it carries the same facts as text; this is the at-a-glance view.
import { pageCopy } from "@/data/copy";
import type { Plan } from "@/data/plan";
import { formatDate } from "@/lib/dates";

const ROW = 26;
const LABEL = 28;
const WIDTH = 640;

export function PlanTimeline({ plan }: { plan: Plan }) {
  const weeks = Math.max(...plan.steps.map((s) => s.weeks.to));
  const x = (week: number) => LABEL + ((WIDTH - LABEL - 24) * week) / weeks;
  const height = plan.steps.length * ROW + 24;
  const ticks = Array.from({ length: 5 }, (_, i) => Math.round((weeks * i) / 4));
  return (
    <figure className="rounded-xl border border-line bg-surface p-4">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        className="h-auto w-full"
        role="img"
        aria-label={pageCopy.timeline.label(plan.steps.length, weeks, formatDate(plan.startDate), formatDate(plan.endDate))}
      >
        {ticks.map((t) => (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1={0} y2={height - 20} className="stroke-line" strokeDasharray="3 3" />
            <text x={x(t)} y={height - 6} textAnchor="middle" className="fill-ink-muted text-[11px]">
              wk {t}
            </text>
          </g>
        ))}
        {plan.steps.map((step, i) => (
          <g key={step.id}>
            <text x={0} y={i * ROW + 17} className="fill-ink-muted text-[12px] font-semibold">
              {i + 1}
            </text>
            <rect
              x={x(step.weeks.from - 1)}
              y={i * ROW + 5}
              width={Math.max(4, x(step.weeks.to) - x(step.weeks.from - 1))}
              height={ROW - 10}
              rx={4}
              className={step.interviewPractice ? "fill-accent-strong" : "fill-accent"}
            />
          </g>
        ))}
      </svg>
      <figcaption className="mt-2 text-sm text-ink-muted">
        {pageCopy.timeline.caption(formatDate(plan.startDate), formatDate(plan.endDate), weeks)}
      </figcaption>
    </figure>
  );
}
