// The one way the app reads and writes the browser's storage. Storage can be missing or refuse
// (private modes, policies, a full quota); every call here says so with null or false instead of
// throwing, and the callers carry on without memory rather than break.
export type StorageArea = "local" | "session";

function area(which: StorageArea): Storage | null {
  try {
    return which === "local" ? window.localStorage : window.sessionStorage;
  } catch {
    return null; // access itself can throw when storage is disabled
  }
}

export function readStored(key: string, which: StorageArea = "local"): string | null {
  try {
    return area(which)?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** False when the browser would not keep it. */
export function writeStored(key: string, value: string, which: StorageArea = "local"): boolean {
  try {
    const storage = area(which);
    if (!storage) return false;
    storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

export function removeStored(key: string, which: StorageArea = "local"): void {
  try {
    area(which)?.removeItem(key);
  } catch {
    // nothing to remove from storage that cannot be reached
  }
}

/** Calls onChange with key's new value when another tab changes it (or clears storage); returns the unsubscribe. */
export function onStoredChange(key: string, onChange: (value: string | null) => void): () => void {
  const listener = (event: StorageEvent) => {
    if (event.key === null || event.key === key) onChange(readStored(key));
  };
  window.addEventListener("storage", listener);
  return () => window.removeEventListener("storage", listener);
}
