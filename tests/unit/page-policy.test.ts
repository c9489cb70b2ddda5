// Each page's Content-Security-Policy, chosen by the front door before Next renders the page, and
// the rewrite that sends the wizard with answers to the page that renders them (next.config.ts
// builds it from the same list of keys the front door counts by, lib/wizard-keys.ts).
import { IncomingMessage, ServerResponse } from "node:http";
import { Socket } from "node:net";
import { describe, expect, it, vi } from "vitest";
import { QUESTION_IDS } from "@/data/ids";
import { setPagePolicy } from "@/server/front-door/page-policy";
import { parseTarget } from "@/server/front-door/request-kind";
import { RESTART_WIZARD, wizardHref } from "@/lib/addresses";
import { WIZARD_QUERY_KEYS } from "@/lib/wizard-keys";
import nextConfig from "../../next.config";
import { scriptSources, strictnessProblem } from "../fixtures/csp";

const pages = {
  "/": ["sha256-home"],
  "/wizard": ["sha256-wizard"],
  "/_not-found": ["sha256-missing"],
};

function policyFor(url: string, requestHeaders: Record<string, string> = {}) {
  const request = new IncomingMessage(new Socket());
  request.url = url;
  Object.assign(request.headers, requestHeaders);
  const response = new ServerResponse(request);
  setPagePolicy(request, response, parseTarget(url)!, { pages, styles: ["sha256-css"] });
  const sent = response.getHeader("content-security-policy") as string | undefined;
  return { sent, told: request.headers["content-security-policy"], sources: scriptSources(sent) ?? [] };
}

const nonces = (sources: string[]) => sources.filter((s) => s.startsWith("'nonce-"));

describe("setPagePolicy", () => {
  it("allows <style> elements by the build's hashes alone, and style attributes, on every page", () => {
    for (const url of ["/", "/result?hours=3-8", "/plans/abc"]) {
      const { sent } = policyFor(url);
      expect(sent, url).toContain("style-src-elem 'self' 'sha256-css';");
      expect(sent, url).toContain("style-src-attr 'unsafe-inline'");
    }
  });

  it("allows a prerendered page's own scripts by hash, with no nonce and nothing told to Next", () => {
    const { sent, told, sources } = policyFor("/");
    expect(strictnessProblem(sent)).toBeNull();
    expect(sources).toEqual(["'self'", "'sha256-home'"]);
    expect(told).toBeUndefined();
  });

  it("gives any other page a fresh nonce, and tells Next the same policy to render with", () => {
    const first = policyFor("/result?hours=3-8");
    const second = policyFor("/result?hours=3-8");
    expect(strictnessProblem(first.sent)).toBeNull();
    expect(first.told).toBe(first.sent);
    expect(nonces(first.sources)).toHaveLength(1);
    expect(nonces(first.sources)[0]).toMatch(/^'nonce-[A-Za-z0-9+/]{22}=='$/); // 128 bits
    expect(nonces(second.sources)).not.toEqual(nonces(first.sources));
    // An unknown address is answered with the prerendered not-found page.
    expect(first.sources).toContain("'sha256-missing'");
    expect(first.sources).not.toContain("'sha256-home'");
  });

  it("allows both the rendered and the prerendered page when a prerendered path has a query", () => {
    const { sources } = policyFor("/wizard?hours=3-8&q=role");
    expect(nonces(sources)).toHaveLength(1);
    expect(sources).toContain("'sha256-wizard'");
  });

  it("never lets the client choose the nonce Next renders with", () => {
    const forged = "script-src 'nonce-chosen-by-the-client'";
    expect(policyFor("/", { "content-security-policy": forged }).told).toBeUndefined();
    const { told } = policyFor("/plans/abc", { "content-security-policy": forged, "content-security-policy-report-only": forged });
    expect(told).not.toContain("chosen-by-the-client");
  });

  it("leaves the API and build assets alone", () => {
    expect(policyFor("/api/catalog").sent).toBeUndefined();
    expect(policyFor("/_next/static/chunks/a.js").sent).toBeUndefined();
  });

  it("gives Next's not-found pages under /api and /_next a nonce, as any other page", () => {
    for (const url of ["/api", "/_next", "/_next/foo", "/_next/data/build/page.json", "/_next/st%61tic/a.js"]) {
      const { sent, sources } = policyFor(url);
      expect(strictnessProblem(sent), url).toBeNull();
      expect(nonces(sources), url).toHaveLength(1);
      expect(sources, url).toContain("'sha256-missing'");
    }
  });

  it("allows a prerendered page's hashes alone only at its literal address", () => {
    // Next serves the prerendered file for "/wizard" only; "/wiz%61rd" gets the not-found page.
    for (const url of ["/wiz%61rd", "/%77izard"]) {
      const { sources } = policyFor(url);
      expect(nonces(sources), url).toHaveLength(1);
      expect(sources, url).toContain("'sha256-missing'");
    }
  });
});

describe("prerenderedPageHashes", () => {
  it("gives no page hashes in development, where every page is rendered on request", async () => {
    // A production build's hashes may still be in .next; development pages must not get them.
    vi.stubEnv("NODE_ENV", "development");
    vi.resetModules();
    try {
      const { prerenderedPageHashes } = await import("@/server/csp");
      expect(prerenderedPageHashes()).toEqual({});
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
    }
  });
});

describe("the wizard's rewrite", () => {
  it("knows every key a wizard address can carry: each question id, and each key the app's links write", () => {
    for (const question of QUESTION_IDS) expect(WIZARD_QUERY_KEYS).toContain(question);
    const hrefs = [wizardHref({ hours: "3-8", constraints: ["needs-visa"], networking: "low" }, "role", "plan-id"), RESTART_WIZARD];
    const keys = hrefs.flatMap((href) => [...new URL(href, "http://x").searchParams.keys()]);
    expect(keys).toEqual(["constraints", "hours", "networking", "q", "compare", "restart"]);
    for (const key of keys) expect(WIZARD_QUERY_KEYS).toContain(key);
  });

  it("sends /wizard with any of those keys to the page that renders answers, before the prerendered page", async () => {
    const config = nextConfig("phase-production-build");
    const { beforeFiles } = (await config.rewrites!()) as {
      beforeFiles: { source: string; destination: string; has: { key: string }[] }[];
    };
    expect(
      beforeFiles
        .map((rule) => rule.has.map((h) => h.key))
        .flat()
        .sort(),
    ).toEqual([...WIZARD_QUERY_KEYS].sort());
    for (const rule of beforeFiles) expect([rule.source, rule.destination]).toEqual(["/wizard", "/wizard/answers"]);
  });
});
