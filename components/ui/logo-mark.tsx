// OnePath's mark: one line from a dot that bends toward where it is going, on a rounded square.
// Drawn by the page header (colours from the theme's classes) and by the preview card (colours
// written out, as the image renderer has no style sheet).
import type { SVGProps } from "react";

type Parts = { back: SVGProps<SVGRectElement>; line: SVGProps<SVGPathElement>; dot: SVGProps<SVGCircleElement> };

export function LogoMark({ size, parts, ...svg }: { size: number; parts: Parts } & SVGProps<SVGSVGElement>) {
  return (
    <svg viewBox="0 0 24 24" width={size} height={size} {...svg}>
      <rect width="24" height="24" rx="6" {...parts.back} />
      <path d="M6 17.5c3.5 0 4-11 8-11h4" fill="none" strokeWidth="2.25" strokeLinecap="round" {...parts.line} />
      <circle cx="6" cy="17.5" r="1.9" {...parts.dot} />
    </svg>
  );
}
