// How a saved plan has lived: each move (the day, how far most of the steps moved, how many went to
// the calendar's next window, the hours it was made at) and each check-in at the checkpoint, for
// everyone with the link, with or without JavaScript.
import { copy } from "@/data/copy";
import type { SavedPlan } from "@/lib/api-contract";
import { formatDate } from "@/lib/dates";

type Props = {
  plan: Pick<SavedPlan, "reschedules" | "checkIns">;
  /** the hours options, to name the hours a move was made at */
  hours: readonly { id: string; label: string }[];
};

export function PlanHistory({ plan, hours }: Props) {
  const label = (id: string | undefined) => (id ? hours.find((h) => h.id === id)?.label.toLowerCase() : undefined);
  const entries = [
    ...plan.reschedules.map((r) => ({
      on: r.on,
      text: copy.living.rescheduled(formatDate(r.on), r.weeksMoved, r.toNextWindow, label(r.hours)),
    })),
    ...plan.checkIns.map((c) => ({ on: c.on, text: copy.living.checkedIn(formatDate(c.on), c.working) })),
  ].sort((a, b) => a.on.localeCompare(b.on));
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="history-heading" className="grid gap-2">
      <h2 id="history-heading" className="text-xl font-bold tracking-tight">
        {copy.living.historyHeading}
      </h2>
      <ul className="grid list-disc gap-1 pl-5">
        {entries.map((entry, i) => (
          <li key={i}>{entry.text}</li>
        ))}
      </ul>
    </section>
  );
}
