// The saved plan's segment: absolute URLs in its metadata (the preview image) use the site's own
// origin, never a forwarded host a client could make up. Here rather than in the page, so the
// not-found page for an unknown plan resolves them too.
import type { Metadata } from "next";
import { headers } from "next/headers";
import { siteOrigin } from "@/server/origin";

export async function generateMetadata(): Promise<Metadata> {
  const origin = siteOrigin(await headers());
  return { metadataBase: origin ? new URL(origin) : undefined };
}

export default function PlanLayout({ children }: { children: React.ReactNode }) {
  return children;
}
