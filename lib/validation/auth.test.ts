import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./auth";

describe("safeCallbackUrl", () => {
  it.each([
    ["/caseload", "/caseload"],
    ["/patients/abc?tab=1", "/patients/abc?tab=1"],
    ["//evil.example/x", null],
    ["/\\evil.example", null],
    ["https://evil.example", null],
    ["/login?x=1", null],
    [undefined, null],
  ])("%s → %s", (input, expected) => {
    expect(safeCallbackUrl(input)).toBe(expected);
  });
});
