// The one way a component reads this browser's storage (browser/stored-value.ts): null on the
// server and while the page hydrates, so the markup is the server's, then the stored text, and
// again whenever it changes. No effect and no state copied from storage: React reads the store.
import { useState, useSyncExternalStore } from "react";
import { flashReader } from "@/browser/flash";
import type { StoredSource } from "@/browser/stored-value";

const onServer = () => null;

export function useStored(source: StoredSource): string | null {
  return useSyncExternalStore(source.subscribe, source.read, onServer);
}

/**
 * The one-time message left for the page at `path` (browser/flash.ts), and the ref for the element
 * that shows it: once React puts that element on the page, it takes focus (the outcome of what the
 * person did on the page before is where they land) and the message is marked seen.
 */
export function useFlash(path: string): [message: string | null, shown: (element: HTMLElement | null) => void] {
  const [reader] = useState(() => flashReader(path));
  const message = useStored(reader);
  const [shown] = useState(() => (element: HTMLElement | null) => {
    if (!element) return;
    element.focus();
    reader.seen();
  });
  return [message, shown];
}
