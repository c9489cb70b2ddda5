// The edit link's QR code is drawn from the qrcode package's matrix as one SVG path: drawing the
// path back onto a grid gives exactly the matrix, for a real edit link.
import { create } from "qrcode";
import { describe, expect, it } from "vitest";
import { qrPath } from "@/components/plans/qr-path";

/** Paints the path's rectangles ("M<x> <y>h<run>v1h-<run>z") onto a grid. */
function paint(d: string, size: number): boolean[][] {
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  for (const [, x, y, run] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
    for (let i = 0; i < Number(run); i++) {
      expect(grid[Number(y)]![Number(x) + i], `painted twice at ${x},${y}`).toBe(false);
      grid[Number(y)]![Number(x) + i] = true;
    }
  }
  return grid;
}

describe("qrPath", () => {
  it("draws every dark module once and nothing else", () => {
    const link = `https://plans.example.org/plans/${"A".repeat(24)}#edit=${"t".repeat(43)}`;
    const { modules } = create(link, { errorCorrectionLevel: "M" });
    const d = qrPath(modules);
    expect(d.replace(/M\d+ \d+h(\d+)v1h-\1z/g, "")).toBe("");
    const grid = paint(d, modules.size);
    for (let y = 0; y < modules.size; y++) {
      for (let x = 0; x < modules.size; x++) expect(grid[y]![x], `${x},${y}`).toBe(Boolean(modules.get(y, x)));
    }
  });

  it("draws nothing for a blank matrix", () => {
    expect(qrPath({ size: 3, get: () => 0 })).toBe("");
    expect(qrPath({ size: 2, get: () => 1 })).toBe("M0 0h2v1h-2zM0 1h2v1h-2z");
  });
});
