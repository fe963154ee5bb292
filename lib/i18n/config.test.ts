import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage, resolveLocale } from "./config";

describe("localeFromAcceptLanguage", () => {
  it.each([
    ["nb-NO,nb;q=0.9,en;q=0.8", "nb"],
    ["en-GB,en;q=0.9", "en"],
    ["no", "nb"],
    ["nn-NO", "nb"],
    ["de-DE,en;q=0.5", "en"],
    ["en;q=0.4,nb;q=0.9", "nb"],
    ["de-DE", null],
    ["", null],
  ])("%s → %s", (header, expected) => {
    expect(localeFromAcceptLanguage(header)).toBe(expected);
  });
});

describe("resolveLocale", () => {
  it.each([
    [{ cookie: "en", user: "nb", acceptLanguage: "nb" }, "en"],
    [{ cookie: "xx", user: "en", acceptLanguage: "nb" }, "en"],
    [{ cookie: null, user: null, acceptLanguage: "en-US" }, "en"],
    [{}, "nb"],
    // The clinic's default comes after everything the user or the client said, before bokmål.
    [{ user: null, acceptLanguage: null, clinic: "en" }, "en"],
    [{ user: "nb", clinic: "en" }, "nb"],
    [{ acceptLanguage: "en-GB", clinic: "nb" }, "en"],
    [{ acceptLanguage: "de-DE", clinic: "en" }, "en"],
    [{ clinic: "xx" }, "nb"],
  ])("%j → %s", (input, expected) => {
    expect(resolveLocale(input)).toBe(expected);
  });
});
