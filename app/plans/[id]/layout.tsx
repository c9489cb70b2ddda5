// The saved plan's segment: absolute URLs in its metadata (the preview image) use the site's own
// origin from the settings, never a host a client could make up. Here rather than in the page, so
// the not-found page for an unknown plan resolves them too.
import type { Metadata } from "next";
import { siteOrigin } from "@/server/origin";

export function generateMetadata(): Metadata {
  return { metadataBase: new URL(siteOrigin()) };
}

export default function PlanLayout({ children }: { children: React.ReactNode }) {
  return children;
}
