// Sets a strict, per-request Content-Security-Policy on every page (Next 16's proxy, formerly
// middleware). Next reads the nonce from the request's CSP header while rendering and puts it on
// its own scripts; pages must therefore render dynamically (see app/layout.tsx).
import { NextResponse, type NextRequest } from "next/server";
import { clientKey, overLimit } from "@/server/rate-limit";

function createNonce(): string {
  const bytes = new Uint8Array(16); // 128 bits from the platform's cryptographic source
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

function contentSecurityPolicy(nonce: string, isDev: boolean): string {
  return [
    "default-src 'self'",
    // In development React uses eval() to rebuild server error stacks; never in production.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    // Next and React inject style attributes and <style> tags without a nonce.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join("; ");
}

/** A saved plan's page, image or download: each one is a look-up by id. */
const PLAN_LOOKUP = /^\/plans\/[^/]+/;

export function proxy(request: NextRequest) {
  // Plan pages count against the same per-client look-up limit as GET /api/plans/<id>, so a burst
  // of guessed links gets 429s rather than a stream of 404s to learn from.
  if (PLAN_LOOKUP.test(request.nextUrl.pathname)) {
    const wait = overLimit("lookup", clientKey(request));
    if (wait !== null) {
      return new NextResponse("Too many requests. Please wait a minute and try again.", {
        status: 429,
        headers: { "Retry-After": String(wait), "Content-Type": "text/plain; charset=utf-8" },
      });
    }
  }
  const nonce = createNonce();
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: [
    {
      // Everything except API routes, build assets, image optimisation and the favicon.
      source: "/((?!api|_next/static|_next/image|favicon.ico).*)",
      // Link prefetches carry no HTML document, so they need no policy of their own.
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
