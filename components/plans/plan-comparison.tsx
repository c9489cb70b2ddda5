// Above a re-run result: what changed against the saved plan it was re-run from. The saved plan
// itself never changes; saving the new result makes a new plan.
import Link from "next/link";
import { getLevel } from "@/data/ladder";
import type { PlanDiff, StepChange } from "@/lib/plan-diff";
import { copy, pageCopy } from "@/data/copy";
import { planPath } from "@/lib/addresses";

/** saved: null when the plan is not found, or (unavailable) when the plan store could not be read */
type Props = { saved: { id: string; title: string }; diff: PlanDiff } | { saved: null; diff?: undefined; unavailable?: boolean };

const box = "rounded-2xl border border-line-strong bg-surface-raised p-5 print:hidden";

function changeNote(change: StepChange): string {
  if (change.was) return `was “${change.was}”`;
  return change.fields.includes("doneWhen") ? "new finish line" : "reworded";
}

function StepGroup({ title, items }: { title: string; items: { id: string; title: string; note?: string }[] }) {
  if (items.length === 0) return null;
  return (
    <div>
      <h3 className="font-semibold">
        {title} ({items.length})
      </h3>
      <ul className="mt-1 grid list-disc gap-1 pl-5">
        {items.map((item) => (
          <li key={item.id}>
            {item.title}
            {item.note ? <span className="text-ink-muted"> ({item.note})</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function PlanComparison(props: Props) {
  const { saved, diff } = props;
  if (!saved && props.unavailable) {
    return (
      <section aria-labelledby="compare-heading" className={box}>
        <h2 id="compare-heading" className="text-xl font-bold tracking-tight">
          {pageCopy.storeDown.compareHeading}
        </h2>
        <p className="mt-2 text-ink-muted">{pageCopy.storeDown.compare}</p>
      </section>
    );
  }
  if (!saved) {
    return (
      <section aria-labelledby="compare-heading" className={box}>
        <h2 id="compare-heading" className="text-xl font-bold tracking-tight">
          Nothing to compare with
        </h2>
        <p className="mt-2 text-ink-muted">{pageCopy.comparison.notFound}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="compare-heading" className={box}>
      <h2 id="compare-heading" className="text-xl font-bold tracking-tight">
        What changed since you saved “<span className="break-words">{saved.title}</span>”
      </h2>
      <p className="mt-2 text-lg">
        {diff.sameRoute ? (
          <>
            <strong>{pageCopy.comparison.sameRoute}</strong> {diff.to.name}.
          </>
        ) : (
          <>
            <strong>{pageCopy.comparison.differentRoute}</strong> {pageCopy.comparison.insteadOf(diff.to.name, diff.from.name)}
          </>
        )}
      </p>
      {diff.level ? (
        <p className="mt-2">
          <strong>{copy.result.aimFor}:</strong>{" "}
          {pageCopy.comparison.insteadOf(getLevel(diff.level.to).name, getLevel(diff.level.from).name)}
        </p>
      ) : null}
      {diff.same ? (
        <p className="mt-2">{pageCopy.comparison.sameSteps}</p>
      ) : (
        <div className="mt-3 grid gap-3">
          <StepGroup title="New steps" items={diff.added} />
          <StepGroup title="Steps no longer in the plan" items={diff.removed} />
          <StepGroup title="Steps that changed" items={diff.changed.map((c) => ({ id: c.id, title: c.title, note: changeNote(c) }))} />
          {diff.unchanged > 0 ? <p className="text-sm text-ink-muted">{pageCopy.comparison.unchanged(diff.unchanged)}</p> : null}
        </div>
      )}
      <p className="mt-3 text-sm text-ink-muted">
        {pageCopy.comparison.staysAsItWas}{" "}
        <Link href={planPath(saved.id)} className="font-medium text-accent-text">
          Back to your saved plan
        </Link>
        {pageCopy.comparison.orSaveNew}
      </p>
    </section>
  );
}
