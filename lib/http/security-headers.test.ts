import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, servedOverHttps } from "./security-headers";

describe("newNonce", () => {
  it("is 128 random bits in base64, different every time", () => {
    const nonces = new Set(Array.from({ length: 1000 }, newNonce));
    expect(nonces.size).toBe(1000);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("contentSecurityPolicy", () => {
  const directives = (csp: string) => Object.fromEntries(csp.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1).join(" ")]));

  it("allows scripts only with the nonce, never inline or eval, in production", () => {
    expect(directives(contentSecurityPolicy("abc123=="))).toEqual({
      "default-src": "'self'",
      "script-src": "'self' 'nonce-abc123==' 'strict-dynamic'",
      "style-src": "'self' 'unsafe-inline'",
      "img-src": "'self' data:",
      "object-src": "'none'",
      "base-uri": "'none'",
      "form-action": "'self'",
      "frame-ancestors": "'none'",
    });
  });

  it("adds 'unsafe-eval' for the development server only", () => {
    expect(directives(contentSecurityPolicy("n", true))["script-src"]).toBe("'self' 'nonce-n' 'strict-dynamic' 'unsafe-eval'");
  });
});

describe("servedOverHttps", () => {
  const h = (proto?: string) => new Headers(proto ? { "x-bordin-client-proto": proto } : {});
  it.each([
    [{}, undefined, false],
    [{}, "http", false],
    [{}, "https", true],
    [{ NEXTAUTH_URL: "https://bordin.example" }, undefined, true],
    [{ APP_URL: "https://bordin.example" }, undefined, true],
    [{ APP_URL: "http://bordin.example", NEXTAUTH_URL: "http://bordin.example" }, undefined, false],
    [{ APP_URL: "http://bordin.example" }, "https", true],
  ])("env %j, x-bordin-client-proto %s → %s", (env, proto, expected) => {
    expect(servedOverHttps(h(proto), env)).toBe(expected);
  });
});
