import { afterEach, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { checkApiWrite, isCrossSitePagePost, isSameOrigin } from "./request-guard";

const headers = (h: Record<string, string>) => new Headers(h);

afterEach(() => {
  delete process.env.APP_URL;
});

describe("isSameOrigin", () => {
  it.each([
    [{ host: "bordin.example", origin: "https://bordin.example" }, true],
    [{ host: "127.0.0.1:3223", origin: "http://127.0.0.1:3223" }, true],
    [{ host: "bordin.example:443", origin: "https://bordin.example" }, true],
    [{ host: "BORDIN.example", origin: "https://bordin.example" }, true],
    [{ host: "bordin.example", origin: "https://evil.example" }, false],
    [{ host: "bordin.example", origin: "https://bordin.example.evil.example" }, false],
    [{ host: "bordin.example", origin: "https://evil.example/bordin.example" }, false],
    [{ host: "127.0.0.1:3223", origin: "http://127.0.0.1:3224" }, false],
    [{ host: "bordin.example", origin: "null" }, false],
    [{ host: "bordin.example", origin: "not a url" }, false],
    [{ host: "bordin.example", origin: "file://bordin.example" }, false],
    [{ host: "bordin.example" }, false],
    [{ origin: "https://bordin.example" }, false],
    [{ host: "bad host", origin: "https://bordin.example" }, false],
  ])("%j → %s", (h, expected) => {
    expect(isSameOrigin(headers(h))).toBe(expected);
  });

  it("accepts APP_URL's origin when a proxy rewrites Host", () => {
    process.env.APP_URL = "https://bordin.clinic.example/";
    expect(isSameOrigin(headers({ host: "localhost:3000", origin: "https://bordin.clinic.example" }))).toBe(true);
    expect(isSameOrigin(headers({ host: "localhost:3000", origin: "http://bordin.clinic.example" }))).toBe(false);
  });
});

describe("checkApiWrite", () => {
  const request = (h: Record<string, string>) => new Request("http://bordin.example/api/v1/patients", { method: "POST", headers: h, body: "{}" });
  const statusOf = (req: Request, cookieAuthenticated: boolean) => {
    try {
      checkApiWrite(req, { cookieAuthenticated });
      return 200;
    } catch (error) {
      return error instanceof AppError ? error.status : 500;
    }
  };
  const same = { host: "bordin.example", origin: "https://bordin.example" };

  it.each([
    [{ ...same, "content-type": "application/json" }, true, 200],
    [{ ...same, "content-type": "Application/JSON; charset=utf-8" }, true, 200],
    [{ ...same, "content-type": "text/plain" }, true, 415],
    [{ ...same, "content-type": "application/x-www-form-urlencoded" }, true, 415],
    [{ ...same, "content-type": "multipart/form-data; boundary=x" }, true, 415],
    [{ ...same, "content-type": "application/jsonp" }, true, 415],
    [{ ...same }, true, 415],
    [{ host: "bordin.example", origin: "https://evil.example", "content-type": "application/json" }, true, 403],
    [{ host: "bordin.example", origin: "https://evil.example", "content-type": "text/plain" }, true, 403],
    [{ host: "bordin.example", "content-type": "application/json" }, true, 403],
    [{ host: "bordin.example", origin: "null", "content-type": "application/json" }, true, 403],
    // A token, not the cookie, authenticates the patient's rating: only the body type counts.
    [{ host: "bordin.example", "content-type": "application/json" }, false, 200],
    [{ host: "bordin.example", origin: "https://evil.example", "content-type": "application/json" }, false, 200],
    [{ host: "bordin.example", "content-type": "text/plain" }, false, 415],
  ])("%j, cookie %s → %s", (h, cookie, expected) => {
    expect(statusOf(request(h), cookie)).toBe(expected);
  });
});

describe("isCrossSitePagePost", () => {
  const host = "bordin.example";
  it.each([
    ["GET", { host, origin: "https://evil.example", "next-action": "x" }, false, false],
    ["POST", { host, origin: "https://bordin.example", "next-action": "x" }, false, false],
    ["POST", { host, origin: "https://evil.example", "next-action": "x" }, false, true],
    ["POST", { host, origin: "null", "next-action": "x" }, true, true],
    ["POST", { host, "next-action": "x" }, false, true],
    ["POST", { host, origin: "https://evil.example" }, true, true],
    ["POST", { host, origin: "https://bordin.example" }, false, false],
    ["POST", { host }, false, false],
    ["POST", { host, origin: "null" }, true, false],
    ["POST", { host, origin: "null" }, false, true],
    ["PUT", { host, origin: "https://evil.example" }, false, true],
  ] as const)("%s %j (opaque origin accepted: %s) → %s", (method, h, acceptsOpaqueOrigin, expected) => {
    expect(isCrossSitePagePost(method, headers(h), acceptsOpaqueOrigin)).toBe(expected);
  });
});
