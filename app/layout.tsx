// The shell around every page: skip link, header with the wordmark and main navigation, <main>
// and footer. Nothing here is per request, so pages with nothing personal are prerendered (their
// Content-Security-Policy allows their inline scripts by hash; see server/front-door/page-policy.ts).
import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { Hydrated } from "@/components/ui/hydrated";
import { pageCopy } from "@/data/copy";
import { HOME, LADDER, MY_PLANS, ROUTES } from "@/lib/addresses";
import { EDIT_LINK_SCRIPT } from "@/lib/edit-link-script";
import "./globals.css";
import { LogoMark } from "@/components/ui/logo-mark";

export const metadata: Metadata = {
  title: {
    default: "OnePath: one route into your first PM job",
    template: "%s · OnePath",
  },
  description: pageCopy.site.description,
  applicationName: "OnePath",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f7f8f6" },
    { media: "(prefers-color-scheme: dark)", color: "#0e1514" },
  ],
};

// Links in view are prefetched with their page's code, on every page. My plans reads this
// browser's list with the contract's schemas (zod): fetched when it is opened, not on every visit.
const nav = [
  { href: ROUTES, label: "Routes", prefetch: undefined },
  { href: LADDER, label: "The PM ladder", prefetch: undefined },
  { href: MY_PLANS, label: "My plans", prefetch: false },
] as const;

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <head>
        {/* A constant, never user data: takes a private edit link's token out of the address bar before anything paints. */}
        <script dangerouslySetInnerHTML={{ __html: EDIT_LINK_SCRIPT }} />
      </head>
      <body className="flex min-h-dvh flex-col">
        <a
          href="#main"
          className="sr-only rounded-md bg-accent px-4 py-3 font-semibold text-accent-ink focus:not-sr-only focus:absolute focus:top-3 focus:left-3 focus:z-50"
        >
          Skip to content
        </a>

        <header className="border-b border-line bg-surface-raised print:border-0">
          <div className="mx-auto flex w-full max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-1 px-4 py-2 sm:px-6">
            <Link
              href={HOME}
              className="-ml-1 inline-flex min-h-11 items-center gap-2 rounded-md px-1 text-lg font-bold tracking-tight text-ink no-underline"
            >
              <LogoMark
                size={24}
                aria-hidden="true"
                className="shrink-0"
                parts={{
                  back: { className: "fill-accent" },
                  line: { className: "stroke-accent-ink" },
                  dot: { className: "fill-accent-ink" },
                }}
              />
              OnePath
            </Link>
            <nav aria-label="Main" className="-mx-3 sm:mx-0 print:hidden">
              <ul className="flex flex-wrap items-center gap-x-1">
                {nav.map((item) => (
                  <li key={item.href}>
                    <Link
                      href={item.href}
                      prefetch={item.prefetch}
                      className="inline-flex min-h-11 items-center rounded-md px-3 text-[0.9375rem] font-medium text-ink-muted no-underline transition-colors hover:bg-surface-sunken hover:text-ink"
                    >
                      {item.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </header>

        <main id="main" tabIndex={-1} className="flex-1">
          {children}
        </main>

        <footer className="border-t border-line print:hidden">
          <div className="mx-auto flex w-full max-w-6xl flex-col gap-1 px-4 py-6 text-sm text-ink-muted sm:flex-row sm:justify-between sm:px-6">
            <p>{pageCopy.site.footer}</p>
            <p>{pageCopy.site.footerNote}</p>
          </div>
        </footer>
        <Hydrated />
      </body>
    </html>
  );
}
