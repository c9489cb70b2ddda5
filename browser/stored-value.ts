// A value in this browser's storage as a component reads it (components/ui/use-stored.ts, on
// useSyncExternalStore): read() gives the stored text, the same string while it has not changed,
// and subscribe() hears of a change. Two kinds: a value kept under its key (the result page's
// ticks), which a write here or in another tab changes; and a one-time value (the message left for
// the next page, flash.ts), which its reader takes out of storage on its first read and keeps.
import { onStoredChange, readStored, removeStored, writeStored, type StorageArea } from "./storage";

export type StoredSource = {
  /** The stored text, or null; the same string while it has not changed. */
  read: () => string | null;
  /** Calls onChange when the value may have changed; returns the unsubscribe. */
  subscribe: (onChange: () => void) => () => void;
};

export type StoredValue = StoredSource & {
  /** Stores the text and tells the readers; storage that refuses it keeps it in memory for this visit. */
  write: (text: string) => void;
};

// One source per key, so a component that renders again keeps the same subscription. Kept in the
// browser only: a server rendering the component reads nothing, and keeps nothing between requests.
const sources = new Map<string, StoredValue>();

/** The value under key, kept up to date with writes here and in other tabs. */
export function storedValue(key: string, area: StorageArea = "local"): StoredValue {
  if (typeof window === "undefined") return keptValue(key, area);
  const id = `${area}:${key}`;
  let source = sources.get(id);
  if (!source) sources.set(id, (source = keptValue(key, area)));
  return source;
}

function keptValue(key: string, area: StorageArea): StoredValue {
  const listeners = new Set<() => void>();
  let unstored: string | null = null;
  return {
    read: () => unstored ?? readStored(key, area),
    subscribe(onChange) {
      listeners.add(onChange);
      const stop = onStoredChange(key, onChange);
      return () => {
        listeners.delete(onChange);
        stop();
      };
    },
    write(text) {
      unstored = writeStored(key, text, area) ? null : text;
      for (const listener of listeners) listener();
    },
  };
}

/**
 * A one-time value, for one reader: its first read takes the value out of storage, and every later
 * read gives the same. A component that holds its reader (in state) shows the value for as long as
 * it lives, through any number of renders, StrictMode's double render included; no other reader,
 * on this page or the next, sees it again. A render React throws away before it shows it takes the
 * value with it: a one-time value may go unseen, never seen twice.
 */
export function takeOnce(key: string, area: StorageArea): StoredSource {
  let taken: { value: string | null } | null = null;
  return {
    read() {
      if (!taken) {
        taken = { value: readStored(key, area) };
        if (taken.value !== null) removeStored(key, area);
      }
      return taken.value;
    },
    // Nothing changes it once taken.
    subscribe: () => () => {},
  };
}
