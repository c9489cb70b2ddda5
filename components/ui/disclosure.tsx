// A native <details> disclosure in the app's card style: collapsed by default and
// keyboard-operable with no script.
import type * as React from "react";

export function Disclosure({ summary, children }: { summary: React.ReactNode; children: React.ReactNode }) {
  return (
    <details className="group rounded-2xl border border-line bg-surface-raised">
      <summary className="flex min-h-12 cursor-pointer items-center justify-between gap-3 rounded-2xl px-5 py-3 font-semibold">
        {summary}
        <span aria-hidden="true" className="text-ink-muted transition-transform group-open:rotate-180">
          ▾
        </span>
      </summary>
      {children}
    </details>
  );
}
