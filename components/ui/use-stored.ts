// The one way a component reads this browser's storage (browser/stored-value.ts): null on the
// server and while the page hydrates, so the markup is the server's, then the stored text, and
// again whenever it changes. No effect and no state copied from storage: React reads the store.
import { useSyncExternalStore } from "react";
import type { StoredSource } from "@/browser/stored-value";

const onServer = () => null;

export function useStored(source: StoredSource): string | null {
  return useSyncExternalStore(source.subscribe, source.read, onServer);
}
