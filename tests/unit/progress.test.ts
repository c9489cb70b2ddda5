import { describe, expect, it } from "vitest";
import { MAX_QUESTIONS, measureDepth, remainingAtMost } from "@/lib/progress";

describe("progress", () => {
  it("seeds the first screen with the real depth of the question tree", () => {
    expect(measureDepth({})).toBe(MAX_QUESTIONS);
  });

  it("shrinks as answers come in and reaches zero when decided", () => {
    const after = remainingAtMost({ employer: "pm-team-settled" });
    expect(after).toBeLessThan(MAX_QUESTIONS);
    expect(remainingAtMost({ employer: "pm-team-settled", deadline: "3-12-months", hours: "3-8", networking: "medium" })).toBe(0);
  });
});
