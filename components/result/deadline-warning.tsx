// The deadline warning, prominent at the top of a result: the route usually takes longer than the
// person can wait, and a stepping-stone to take meanwhile. An alert, so that a screen reader
// announces it when the result page arrives.
export function DeadlineWarning({ text }: { text: string }) {
  return (
    <section
      role="alert"
      aria-labelledby="deadline-warning-heading"
      className="rounded-2xl border-2 border-warning bg-warning-soft px-5 py-4 text-ink"
    >
      <h2 id="deadline-warning-heading" className="text-lg font-bold">
        Your deadline is tight for this route
      </h2>
      <p className="mt-1">{text}</p>
    </section>
  );
}
