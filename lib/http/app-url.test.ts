import { afterEach, describe, expect, it } from "vitest";
import { appBaseUrl } from "./app-url";

// The custom server (scripts/serve.ts) has already dropped X-Forwarded-* unless a trusted proxy sent
// them and put the scheme it trusts in x-bordin-client-proto; these are the headers the app then sees.
describe("appBaseUrl", () => {
  afterEach(() => {
    delete process.env.APP_URL;
  });

  it.each([
    ["Host only", { host: "bordin.example:3000" }, "http://bordin.example:3000"],
    ["a client's own X-Forwarded-Proto does not make it https", { host: "bordin.example", "x-forwarded-proto": "https" }, "http://bordin.example"],
    ["https as the server saw it", { host: "bordin.example", "x-bordin-client-proto": "https" }, "https://bordin.example"],
    ["a trusted proxy's host (it survived the server)", { host: "127.0.0.1:3000", "x-forwarded-host": "clinic.example", "x-bordin-client-proto": "https" }, "https://clinic.example"],
  ])("%s", (_name, headers, expected) => {
    expect(appBaseUrl(new Headers(headers))).toBe(expected);
  });

  it("APP_URL wins over any header", () => {
    process.env.APP_URL = "https://bordin.clinic.example/";
    expect(appBaseUrl(new Headers({ host: "evil.example", "x-forwarded-host": "evil.example" }))).toBe("https://bordin.clinic.example");
  });
});
