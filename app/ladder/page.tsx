// The PM ladder: the four levels from Associate PM to Principal PM, and where a first job lands.
import type { Metadata } from "next";
import Link from "next/link";
import { pageCopy } from "@/data/copy";
import { ladder, type LevelId } from "@/data/ladder";
import { WIZARD } from "@/lib/addresses";

export const metadata: Metadata = {
  title: "The PM ladder",
  description: pageCopy.ladder.description,
};

// Where first jobs land: shown as a tag on the level it applies to.
const entryPoint: Partial<Record<LevelId, string>> = pageCopy.ladder.entryPoint;

export default function LadderPage() {
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-10 px-4 py-10 sm:px-6 lg:py-14">
      <header className="flex flex-col gap-4">
        <h1 className="text-3xl font-bold tracking-tight text-ink sm:text-4xl">The PM ladder</h1>
        <p className="text-lg text-ink-muted">{pageCopy.ladder.intro}</p>
        <p className="rounded-xl border border-line bg-surface-raised p-4 text-ink">
          <strong className="font-semibold">{pageCopy.ladder.aimingHeading}</strong> {pageCopy.ladder.aiming}
        </p>
      </header>

      <ol className="flex flex-col">
        {ladder.map((level, index) => {
          const isLast = index === ladder.length - 1;
          const titleId = `${level.id}-title`;
          const tag = entryPoint[level.id];
          return (
            <li key={level.id} id={level.id} className="relative flex gap-4 sm:gap-6">
              <div aria-hidden="true" className="flex flex-col items-center">
                <span className="flex size-10 shrink-0 items-center justify-center rounded-full bg-accent font-bold text-accent-ink">
                  {index + 1}
                </span>
                {!isLast && <span className="w-0.5 flex-1 bg-line" />}
              </div>
              <div className={isLast ? "flex-1" : "flex-1 pb-10"}>
                <div className="flex flex-wrap items-center gap-x-3 gap-y-1 pt-1.5">
                  <h2 id={titleId} className="text-xl font-bold tracking-tight text-ink sm:text-2xl">
                    {level.name}
                  </h2>
                  {tag && <span className="rounded-full bg-accent-soft px-2.5 py-0.5 text-sm font-medium text-accent-text">{tag}</span>}
                </div>
                <p className="mt-1 text-lg text-ink-muted">{level.summary}</p>

                <h3 className="mt-4 text-sm font-semibold text-ink">The work</h3>
                <ul className="mt-1 list-disc space-y-1 pl-5 text-ink-muted marker:text-line-strong">
                  {level.work.map((item) => (
                    <li key={item}>{item}</li>
                  ))}
                </ul>

                <h3 className="mt-4 text-sm font-semibold text-ink">Who starts here</h3>
                <p className="mt-1 text-ink-muted">{level.whoStartsHere}</p>
              </div>
            </li>
          );
        })}
      </ol>

      <p className="text-ink-muted">
        {pageCopy.ladder.everyRoute}{" "}
        <Link href={WIZARD} className="font-medium text-accent-text underline underline-offset-4">
          Find the route that gets you there
        </Link>
        .
      </p>
    </div>
  );
}
