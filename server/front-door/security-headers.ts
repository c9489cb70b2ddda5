// Headers every response carries, set by the front door before Next sees the request, so that
// Next's own error answers and the door's refusals have them too. Pages' Content-Security-Policy
// is set in page-policy.ts; plan pages' extra headers in next.config.ts.
export const SECURITY_HEADERS: readonly (readonly [string, string])[] = [
  ["X-Content-Type-Options", "nosniff"],
  ["Referrer-Policy", "no-referrer"],
  ["X-Frame-Options", "DENY"],
  ["Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()"],
];

/** For the door's own plain answers (400, 405, 429): nothing may load, run or frame them. */
export const REFUSAL_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
