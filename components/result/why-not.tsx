// Why each other route lost, and what would flip it or what it would need. Collapsed by default on
// screen, with no links to other results: the point of the page is one route, not all of them; in
// print it opens (app/globals.css). Routes with the same line share it.
import { copy } from "@/data/copy";
import { Disclosure } from "@/components/ui/disclosure";
import type { ResultView } from "@/lib/result-view";

export function WhyNot({ view }: { view: ResultView }) {
  const others = view.whyNot.reduce((n, item) => n + item.routes.length, 0);
  return (
    <Disclosure summary={<>{copy.result.whyNotSummary(others)}</>}>
      <ul className="grid gap-3 px-5 pb-5 print:gap-1 print:px-0">
        {view.whyNot.map((item) => (
          <li key={item.routes[0]!.id} className="rounded-xl border border-line bg-surface p-4 print:border-0 print:p-0">
            <h3 className="font-semibold">
              {item.routes.map((r) => r.name).join(", ")}{" "}
              <span className="ml-1 rounded-full bg-surface-sunken px-2 py-0.5 text-xs font-medium text-ink-muted">{item.badge}</span>
            </h3>
            <p className="mt-1">{item.why}</p>
            {item.next.map((line) => (
              <p key={line} className="mt-2 text-sm text-ink-muted">
                {line}
              </p>
            ))}
          </li>
        ))}
      </ul>
    </Disclosure>
  );
}
