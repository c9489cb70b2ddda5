// Every route beside the questions: an eliminated route is struck through with its reason,
// a route that can no longer catch up is dimmed, and the count of routes still in the running is
// announced politely as it changes.
import { routeCount, routeName } from "@/data/route-facts";
import type { standings } from "@/lib/standings";
import { cn } from "@/components/ui/cn";

export function RouteNarrowing({ board }: { board: ReturnType<typeof standings> }) {
  return (
    <aside
      aria-labelledby="routes-heading"
      className="rounded-2xl border border-line bg-surface-raised p-5 lg:sticky lg:top-6 lg:self-start"
    >
      <h2 id="routes-heading" className="text-lg font-semibold">
        The {routeCount} routes
      </h2>
      <p className="mt-1 text-sm text-ink-muted" aria-live="polite">
        <strong className="text-ink">
          {board.inRunning} of {board.routes.length}
        </strong>{" "}
        still in the running
      </p>
      <ul className="mt-4 grid gap-2">
        {board.routes.map(({ route, status, reason }) => (
          <li
            key={route}
            className={cn(
              "rounded-lg border px-3 py-2 text-sm transition-colors",
              status === "in" ? "border-line-strong bg-surface" : "border-line bg-surface-sunken",
            )}
          >
            <span className={cn("font-medium", status !== "in" && "text-ink-muted", status === "eliminated" && "line-through")}>
              {routeName(route)}
            </span>
            <span className="sr-only">{status === "in" ? ": still in the running" : ": out"}</span>
            {reason ? <span className="mt-0.5 block text-xs text-ink-muted">{reason}</span> : null}
          </li>
        ))}
      </ul>
    </aside>
  );
}
