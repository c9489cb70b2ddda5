// A saved plan's page while the plan store is unavailable: the page says so plainly and offers to
// load it again (the server has logged the failure in one line, server/plans/load-plan.ts).
import { pageCopy } from "@/data/copy";
import { buttonClasses } from "@/components/ui/button";

export function PlanUnavailable({ retryHref }: { retryHref: string }) {
  return (
    <div className="mx-auto flex w-full max-w-2xl flex-col items-start gap-4 px-4 py-16 sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight text-ink sm:text-4xl">{pageCopy.storeDown.heading}</h1>
      <p role="alert" className="text-lg text-ink-muted">
        {pageCopy.storeDown.text}
      </p>
      <a href={retryHref} className={buttonClasses()}>
        {pageCopy.storeDown.retry}
      </a>
    </div>
  );
}
