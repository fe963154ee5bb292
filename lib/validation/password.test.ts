import { describe, expect, it } from "vitest";
import enWorkspace from "@/lib/i18n/messages/en/workspace.json";
import nbWorkspace from "@/lib/i18n/messages/nb/workspace.json";
import { zodLocaleError } from "./zod-locale";
import { isPersonalPassword, passwordChangeSchema } from "./password";
import { setupSchema } from "./setup";

// The password policy (NIST SP 800-63B) as a table: what a person may choose, and the message they
// get when they may not.
const en = enWorkspace.workspaceErrors;
const CURRENT = "the one-time password";

function newPasswordMessages(newPassword: string, locale: "en" | "nb" = "en"): string[] {
  const result = passwordChangeSchema.safeParse({ currentPassword: CURRENT, newPassword, repeatPassword: newPassword }, { error: zodLocaleError(locale) });
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

describe("the new-password policy", () => {
  it.each([
    ["password1", [`newPassword: ${en.passwordCommon}`]],
    ["qwertyuiop", [`newPassword: ${en.passwordCommon}`]],
    ["PassWord1", [`newPassword: ${en.passwordCommon}`]], // the list is checked whatever the case
    ["iloveyou", [`newPassword: ${en.passwordCommon}`]],
    ["abcdefg", [`newPassword: ${en.passwordTooShort}`]], // 7 characters
    ["", [`newPassword: ${en.passwordTooShort}`]],
    ["kqzvwbxj", []], // 8 characters, no digits or symbols needed
    ["x".repeat(64) + "y".repeat(192), []], // 256 characters
    ["x".repeat(257), [`newPassword: ${en.passwordTooLong}`]],
    ["correct horse battery staple", []], // spaces are characters like any other
    ["blåbærsyltetøy på brødskiva", []], // every script
    ["ørnøyeæøå", []], // 9 characters, 9 code points
    ["🐴🔋📎🐴🔋📎🐴", [`newPassword: ${en.passwordTooShort}`]], // 7 emoji are 7 characters, not 14
    ["🐴🔋📎🐴🔋📎🐴🐴", []],
  ])("%j → %j", (password, expected) => {
    expect(newPasswordMessages(password)).toEqual(expected);
  });

  it("tells the common-password refusal in bokmål too", () => {
    expect(newPasswordMessages("password1", "nb")).toEqual([`newPassword: ${nbWorkspace.workspaceErrors.passwordCommon}`]);
  });

  it("asks for the same password twice, and a new one", () => {
    const differ = passwordChangeSchema.safeParse({ currentPassword: CURRENT, newPassword: "kqzvwbxj-1", repeatPassword: "kqzvwbxj-2" }, { error: zodLocaleError("en") });
    expect(differ.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["repeatPassword", en.passwordsDiffer]]);
    const same = passwordChangeSchema.safeParse({ currentPassword: CURRENT, newPassword: CURRENT, repeatPassword: CURRENT }, { error: zodLocaleError("en") });
    expect(same.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["newPassword", en.passwordUnchanged]]);
  });

  it.each([
    ["Kari.Nordmann", true],
    ["karinordmann2026", true],
    ["NORDMANN!", true],
    ["kari@clinic.example", true],
    ["Bordin2026", true],
    ["Kari Nordmann rides at dawn", false],
    ["kqzvwbxj", false],
  ])("personal: %j is the user's own name, email or the service → %s", (password, personal) => {
    expect(isPersonalPassword(password, { email: "kari@clinic.example", name: "Kari Nordmann" })).toBe(personal);
  });

  it("setup refuses the administrator's own name as their password", () => {
    const input = { setupCode: "abcd-efgh-jkmn", clinicName: "Fjordklinikken", defaultLocale: "nb", adminName: "Kari Nordmann", adminEmail: "kari@clinic.example", newPassword: "karinordmann", repeatPassword: "karinordmann" };
    const result = setupSchema.safeParse(input, { error: zodLocaleError("en") });
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["newPassword", en.passwordPersonal]]);
  });
});
