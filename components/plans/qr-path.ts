// A QR code's dark modules as one SVG path: each run of dark modules in a row is one rectangle,
// one unit high. No React here, so a test can draw the same path from the same matrix.

/** The matrix as the qrcode package gives it. */
export type QrModules = { size: number; get(row: number, col: number): number | boolean };

export function qrPath(modules: QrModules): string {
  const { size } = modules;
  let d = "";
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (!modules.get(y, x)) continue;
      const from = x;
      while (x + 1 < size && modules.get(y, x + 1)) x++;
      const run = x - from + 1;
      d += `M${from} ${y}h${run}v1h-${run}z`;
    }
  }
  return d;
}
