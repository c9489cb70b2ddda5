// The values components read from this browser's storage (browser/stored-value.ts), in a stand-in
// window: a one-time message is taken by its first reader's first read and stays that reader's
// through every later read; a kept value follows writes, and shows for this visit when storage
// refuses it.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { flashReader, setFlash } from "@/browser/flash";
import { storedValue, takeOnce } from "@/browser/stored-value";

class MemoryStorage {
  items = new Map<string, string>();
  refuse = false;
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => {
    if (this.refuse) throw new Error("QuotaExceededError");
    this.items.set(key, value);
  };
  removeItem = (key: string) => void this.items.delete(key);
}

let local: MemoryStorage;
let session: MemoryStorage;
beforeEach(() => {
  local = new MemoryStorage();
  session = new MemoryStorage();
  vi.stubGlobal("window", { localStorage: local, sessionStorage: session, addEventListener: () => {}, removeEventListener: () => {} });
});
afterEach(() => vi.unstubAllGlobals());

describe("a one-time message", () => {
  it("is taken out of storage by its reader's first read, and every later read of that reader gives it again", () => {
    setFlash("Deleted “Plan”. Its link no longer works.");
    const reader = flashReader();
    expect(reader.read()).toBe("Deleted “Plan”. Its link no longer works.");
    expect(session.items.size).toBe(0);
    // Another render, StrictMode's second render, React's check that the snapshot is cached.
    expect(reader.read()).toBe("Deleted “Plan”. Its link no longer works.");
    expect(reader.read()).toBe("Deleted “Plan”. Its link no longer works.");
  });

  it("is seen by no other reader, on this page or the next", () => {
    setFlash("New link made.");
    expect(flashReader().read()).toBe("New link made.");
    expect(flashReader().read()).toBeNull();
  });

  it("left after a reader's first read is not that reader's: the next page's reader takes it", () => {
    const mounted = flashReader();
    expect(mounted.read()).toBeNull();
    setFlash("Switched to Networking.");
    expect(mounted.read()).toBeNull();
    expect(flashReader().read()).toBe("Switched to Networking.");
  });

  it("is nothing where storage cannot be reached", () => {
    vi.stubGlobal("window", {});
    expect(takeOnce("onepath.flash", "session").read()).toBeNull();
  });
});

describe("a kept value", () => {
  it("is one source per key, whose readers hear of a write", () => {
    const ticks = storedValue("onepath.ticks.test.a");
    expect(storedValue("onepath.ticks.test.a")).toBe(ticks);
    const heard = vi.fn();
    const stop = ticks.subscribe(heard);
    ticks.write('["step-1"]');
    expect(heard).toHaveBeenCalledOnce();
    expect(ticks.read()).toBe('["step-1"]');
    expect(local.getItem("onepath.ticks.test.a")).toBe('["step-1"]');
    stop();
    ticks.write("[]");
    expect(heard).toHaveBeenCalledOnce();
  });

  it("shows what was written for this visit when storage refuses it", () => {
    const ticks = storedValue("onepath.ticks.test.b");
    local.refuse = true;
    ticks.write('["step-2"]');
    expect(ticks.read()).toBe('["step-2"]');
    expect(local.items.size).toBe(0);
  });
});
