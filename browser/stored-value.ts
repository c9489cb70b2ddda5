// A value in this browser's storage as a component reads it (components/ui/use-stored.ts, on
// useSyncExternalStore): read() gives the stored text, the same string while it has not changed,
// and subscribe() hears of a change. Two kinds: a value kept under its key (the result page's
// ticks), which a write here or in another tab changes; and a one-time value (the message left for
// the next page, flash.ts), which leaves storage once a reader has it on screen.
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

/** A one-time value as its reader sees it: `seen()` once it is on screen takes it out of storage. */
export type OneTimeSource = StoredSource & { seen: () => void };

/**
 * A one-time value, left for one page: `accept` turns the stored text into the value, or null where
 * it is not this page's (or too old). A reader keeps what it first read through every later read
 * (any number of renders), and the value stays in storage until a reader says it is on screen
 * (`seen`, from the element's ref when React commits it): a render React throws away, which
 * Next's navigations do, leaves it for the render that shows it. Once seen, no later reader, on
 * this page or the next, gets it again.
 */
export function takeOnce(key: string, area: StorageArea, accept: (stored: string) => string | null = (v) => v): OneTimeSource {
  let taken: { raw: string | null; value: string | null } | null = null;
  return {
    read() {
      if (!taken) {
        const raw = readStored(key, area);
        taken = { raw, value: raw === null ? null : accept(raw) };
      }
      return taken.value;
    },
    // Nothing changes it once read.
    subscribe: () => () => {},
    seen() {
      // Only what this reader read: a newer value left since is the next page's.
      if (taken?.value != null && readStored(key, area) === taken.raw) removeStored(key, area);
    },
  };
}
