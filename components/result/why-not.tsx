// Why each other route lost, and the smallest change of answers that would make it win. Collapsed
// by default: the point of the page is one route, not seven.
import Link from "next/link";
import type { Answers } from "@/data/answers";
import { Disclosure } from "@/components/ui/disclosure";
import { getRoute } from "@/data/catalog";
import { answersToSearch } from "@/lib/answers-url";
import type { OtherRoute } from "@/lib/recommend";

export function WhyNot({ others, answers }: { others: OtherRoute[]; answers: Answers }) {
  return (
    <Disclosure summary={<>Why not the other {others.length} routes?</>}>
      <ul className="grid gap-3 px-5 pb-5">
        {others.map((other) => {
          const flipped = other.flip
            ? { ...answers, ...Object.fromEntries(other.flip.changes.map((c) => [c.question, c.to])) }
            : null;
          return (
            <li key={other.route} className="rounded-xl border border-line bg-surface p-4">
              <h3 className="font-semibold">
                {getRoute(other.route).name}{" "}
                <span className="ml-1 rounded-full bg-surface-sunken px-2 py-0.5 text-xs font-medium text-ink-muted">
                  {other.status === "eliminated" ? "ruled out" : "scored lower"}
                </span>
              </h3>
              <p className="mt-1">{other.why}</p>
              <p className="mt-2 text-sm text-ink-muted">
                {other.flip ? other.flip.text : `No change to one or two answers would make ${getRoute(other.route).name} win.`}
                {flipped ? (
                  <>
                    {" "}
                    <Link href={`/result?${answersToSearch(flipped as Answers)}`} className="font-medium text-accent-text">
                      See that result<span className="sr-only"> for {getRoute(other.route).name}</span>
                    </Link>
                  </>
                ) : null}
              </p>
            </li>
          );
        })}
      </ul>
    </Disclosure>
  );
}
