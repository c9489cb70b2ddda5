// The values components read from this browser's storage (browser/stored-value.ts), in a stand-in
// window: a one-time message is for its own page, stays each reader's from its first read, and
// leaves storage once a reader has it on screen; a kept value follows writes, and shows for this
// visit when storage refuses it.
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
  const page = "/plans/PlanIdPlanIdPlanId0001";

  it("is its page's reader's from the first read through every later read, and leaves storage once seen", () => {
    setFlash("Switched to Networking.", page);
    const reader = flashReader(page);
    expect(reader.read()).toBe("Switched to Networking.");
    // Another render, React's check that the snapshot is cached: the same, still in storage.
    expect(reader.read()).toBe("Switched to Networking.");
    expect(session.items.size).toBe(1);
    reader.seen();
    expect(session.items.size).toBe(0);
    expect(reader.read()).toBe("Switched to Networking.");
    // No other reader, on this page or the next, gets it again.
    expect(flashReader(page).read()).toBeNull();
  });

  it("survives a render thrown away before it was shown: the render that shows it still gets it", () => {
    setFlash("Your plan is saved.", page);
    expect(flashReader(page).read()).toBe("Your plan is saved."); // a render Next threw away
    const shown = flashReader(page);
    expect(shown.read()).toBe("Your plan is saved.");
    shown.seen();
    expect(flashReader(page).read()).toBeNull();
  });

  it("is only its own page's, and not for long", () => {
    setFlash("Deleted “Plan”. Its link no longer works.", "/plans");
    expect(flashReader(page).read()).toBeNull();
    const now = Date.now();
    vi.spyOn(Date, "now").mockReturnValue(now + 61_000);
    expect(flashReader("/plans").read()).toBeNull();
    vi.restoreAllMocks();
    expect(flashReader("/plans").read()).toBe("Deleted “Plan”. Its link no longer works.");
  });

  it("left after a reader's first read is not that reader's, and its seen() leaves it for the next", () => {
    const mounted = flashReader(page);
    expect(mounted.read()).toBeNull();
    setFlash("New link made.", page);
    expect(mounted.read()).toBeNull();
    mounted.seen();
    expect(flashReader(page).read()).toBe("New link made.");
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
