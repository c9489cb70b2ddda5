// Why each other route lost, and what would flip it: the smallest change a person could choose to
// make, or, where none would do, what would have to be true instead. Collapsed by default and with
// no links to other results: the point of the page is one route, not seven.
import { Disclosure } from "@/components/ui/disclosure";
import type { RecommendationResponse } from "@/lib/api-contract";

export function WhyNot({ others }: { others: RecommendationResponse["others"] }) {
  return (
    <Disclosure summary={<>Why not the other {others.length} routes?</>}>
      <ul className="grid gap-3 px-5 pb-5">
        {others.map((other) => (
          <li key={other.route} className="rounded-xl border border-line bg-surface p-4">
            <h3 className="font-semibold">
              {other.name}{" "}
              <span className="ml-1 rounded-full bg-surface-sunken px-2 py-0.5 text-xs font-medium text-ink-muted">
                {other.status === "eliminated" ? "ruled out" : "fit less well"}
              </span>
            </h3>
            <p className="mt-1">{other.why}</p>
            {other.flip || other.wouldNeed ? (
              <p className="mt-2 text-sm text-ink-muted">{other.flip ? other.flip.text : other.wouldNeed}</p>
            ) : null}
          </li>
        ))}
      </ul>
    </Disclosure>
  );
}
