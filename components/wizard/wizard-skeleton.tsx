// Placeholder with the wizard's footprint while its code loads.
export function WizardSkeleton() {
  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]" aria-busy="true">
      <div className="min-h-[34rem] animate-pulse rounded-2xl border border-line bg-surface-raised motion-reduce:animate-none">
        <p className="sr-only">Loading the questions…</p>
      </div>
      <div className="hidden min-h-[24rem] rounded-2xl border border-line bg-surface-raised lg:block" />
    </div>
  );
}
