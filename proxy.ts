// Sets a strict, per-request Content-Security-Policy on every page (Next 16's proxy, formerly
// middleware). Next reads the nonce from the request's CSP header while rendering and puts it on
// its own scripts; pages must therefore render dynamically (see app/layout.tsx).
// Rate limits are not here: the front door (server/front-door/) counts every request once, before
// Next, API requests included, which never reach this proxy.
import { NextResponse, type NextRequest } from "next/server";

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

export function proxy(request: NextRequest) {
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
  // Everything except API routes (JSON only, app/api/[...path] included) and build assets.
  // Prefetches too: a request that merely says "Purpose: prefetch" can still get a whole HTML page.
  matcher: ["/((?!api/|_next/static/|_next/image).*)"],
};
