// A bar showing how much of something is done. Decorative: the text beside it carries the numbers.
import { cn } from "./cn";

export function ProgressBar({ value, max, className }: { value: number; max: number; className?: string }) {
  return (
    <div aria-hidden="true" className={cn("h-2 overflow-hidden rounded-full bg-surface-sunken", className)}>
      <div
        className="h-full rounded-full bg-accent transition-[width] duration-300 motion-reduce:transition-none"
        style={{ width: `${max > 0 ? Math.round((100 * value) / max) : 0}%` }}
      />
    </div>
  );
}
