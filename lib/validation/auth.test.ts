import { describe, expect, it } from "vitest";
import { loginSchema, safeCallbackUrl, sameSitePath } from "./auth";

// Every known way to turn "a path on this site" into a jump to another site. Browsers strip tabs
// and newlines from URLs and read `\` as `/`, so "/\t/evil.example" is "//evil.example" to them.
const OFF_SITE = [
  "//evil.example/x",
  "/\\evil.example",
  "\\/evil.example",
  "\\\\evil.example",
  "\\/\\/evil.example",
  "/\t/evil.example/phish",
  "/\n/evil.example/phish",
  "/\r\n/evil.example",
  "\t//evil.example",
  "/\x00/evil.example",
  "/\x7f/evil.example",
  "/\v/evil.example",
  "///evil.example",
  "/.//evil.example",
  "/%2e//evil.example",
  "/a/..//evil.example",
  "https://evil.example",
  "http:evil.example",
  "javascript:alert(1)",
  "evil.example",
  " /caseload",
  "/" + "a".repeat(1001),
  "",
];

describe("sameSitePath", () => {
  it.each(OFF_SITE.map((input) => [JSON.stringify(input).slice(0, 60), input]))("refuses %s", (_label, input) => {
    expect(sameSitePath(input)).toBeNull();
  });

  it.each([
    ["/caseload", "/caseload"],
    ["/patients/abc?tab=1", "/patients/abc?tab=1"],
    ["/r", "/r"],
    // Encoded characters stay encoded: the browser reads them as part of a path on this site.
    ["/%09/evil.example", "/%09/evil.example"],
    ["/%2F%2Fevil.example", "/%2F%2Fevil.example"],
    ["/%5Cevil.example", "/%5Cevil.example"],
    // A fragment is never needed after a redirect and is dropped.
    ["/caseload#top", "/caseload"],
    ["/a/../caseload", "/caseload"],
  ])("%s → %s", (input, expected) => {
    expect(sameSitePath(input)).toBe(expected);
  });

  it("refuses undefined", () => {
    expect(sameSitePath(undefined)).toBeNull();
  });
});

describe("safeCallbackUrl", () => {
  it.each([
    ["/caseload", "/caseload"],
    ["/patients/abc?tab=1", "/patients/abc?tab=1"],
    ["/login?x=1", null],
    ["/login", null],
    ["/login#x", null],
    ["/login/x", null],
    ["/loginhelp", "/loginhelp"],
    ["/./login", null],
    ["/\t/evil.example/phish", null],
    ["/\n/evil.example/phish", null],
    [undefined, null],
  ])("%s → %s", (input, expected) => {
    expect(safeCallbackUrl(input)).toBe(expected);
  });
});

describe("loginSchema", () => {
  it("drops an overlong callbackUrl instead of refusing the login", () => {
    const parsed = loginSchema.parse({ email: "a@b.test", password: "pw", callbackUrl: `/${"a".repeat(3000)}` });
    expect(parsed.callbackUrl).toBeUndefined();
  });
});
