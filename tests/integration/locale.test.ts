import { describe, expect, it } from "vitest";
import { apiLocale } from "@/lib/i18n/locale";
import { createPrismaClient } from "@/lib/prisma-client";
import { createClinic } from "@/prisma/factories";
import { makeUser } from "@/tests/support/world";

// The REST API's language: the user's own setting, else the client's Accept-Language, else the
// clinic's default (never a fixed "en").
describe("apiLocale", () => {
  const db = createPrismaClient();
  const request = (acceptLanguage?: string) => new Request("http://localhost/api/v1/patients", { headers: acceptLanguage ? { "accept-language": acceptLanguage } : {} });

  it("follows user → Accept-Language → clinic default", async () => {
    const english = await createClinic(db, { defaultLocale: "en" });
    const bokmal = await createClinic(db, { defaultLocale: "nb" });
    const inEnglish = await makeUser(db, english.id, ["THERAPIST"]);
    const inBokmal = await makeUser(db, bokmal.id, ["THERAPIST"]);
    expect(await apiLocale(inEnglish, request())).toBe("en");
    expect(await apiLocale(inBokmal, request())).toBe("nb");
    expect(await apiLocale(inEnglish, request("nb-NO,nb;q=0.9"))).toBe("nb");
    expect(await apiLocale(inBokmal, request("de-DE"))).toBe("nb");
    expect(await apiLocale({ ...inEnglish, locale: "nb" }, request("en-GB"))).toBe("nb");
    expect(await apiLocale({ ...inBokmal, locale: "en" }, request())).toBe("en");
  });
});
