// Next's request hook (Next 16's proxy, formerly middleware). It gives every page its
// Content-Security-Policy (server/csp.ts): a prerendered page gets the hashes of its own inline
// scripts; every other page a fresh nonce, which Next reads from the request's CSP header while
// rendering and puts on its scripts (and the not-found page's hashes, since an unknown address is
// answered with that prerendered page). The wizard with answers in its address is rewritten to the
// page that renders them (app/wizard/answers/).
// Rate limits are not here: the front door (server/front-door/) counts every request once, before
// Next, API requests included, which never reach this proxy.
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, prerenderedPageHashes } from "@/server/csp";

function createNonce(): string {
  const bytes = new Uint8Array(16); // 128 bits from the platform's cryptographic source
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const pages = prerenderedPageHashes();
  const rewriteWizard = pathname === "/wizard" && search !== "";

  const prerendered = rewriteWizard ? undefined : pages[pathname];
  if (prerendered) {
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", contentSecurityPolicy({ hashes: prerendered }));
    return response;
  }

  const nonce = createNonce();
  const csp = contentSecurityPolicy({ nonce, hashes: pages["/_not-found"] ?? [] });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const init = { request: { headers: requestHeaders } };
  const response = rewriteWizard
    ? NextResponse.rewrite(new URL(`/wizard/answers${search}`, request.url), init)
    : NextResponse.next(init);
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Everything except API routes (JSON only, app/api/[...path] included) and build assets.
  // Prefetches too: a request that merely says "Purpose: prefetch" can still get a whole HTML page.
  matcher: ["/((?!api/|_next/static/|_next/image).*)"],
};
