import { describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";
import { verifyPassword } from "@/lib/password";
import { AppError } from "@/lib/errors";
import { createFirstClinic, setupOpen } from "@/lib/data/setup";
import { setupSchema } from "@/lib/validation/setup";
import { setupCode } from "@/lib/setup-code";

// The first run on this file's own empty database: /setup creates the clinic and its administrator
// once, then closes for good, also when two submissions race.
const db = createPrismaClient();
const input = (email: string, code = setupCode()) =>
  setupSchema.parse({ setupCode: code, clinicName: "Fjordklinikken", defaultLocale: "en", adminName: "Kari Nordmann", adminEmail: email, newPassword: "tre små kinesere", repeatPassword: "tre små kinesere", roles: ["THERAPIST", "SUPERVISOR"] });

describe("first run", () => {
  it("is open on an empty installation", async () => {
    expect(await db.clinic.count()).toBe(0);
    expect(await setupOpen()).toBe(true);
  });

  it("refuses anyone without the setup code the server printed, creating nothing", async () => {
    const code = setupCode();
    expect(code).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    for (const wrong of ["", "aaaa-bbbb-cccc", code.slice(0, -1), `${code}x`]) {
      await expect(createFirstClinic(input("kari@fjord.example", wrong || "x"), "192.0.2.9")).rejects.toMatchObject({ status: 422, fieldErrors: { setupCode: [expect.stringContaining("not the setup code")] } });
    }
    expect(await db.clinic.count()).toBe(0);
    expect(await setupOpen()).toBe(true);
  });

  it("of two racing submissions creates one clinic; the other is refused as not found", async () => {
    // Case, spaces and dashes of the typed code do not matter.
    const typed = ` ${setupCode().toUpperCase().replace(/-/g, " ")} `;
    const results = await Promise.allSettled([createFirstClinic(input("kari@fjord.example"), "192.0.2.1"), createFirstClinic(input("ola@fjord.example", typed), "192.0.2.2")]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect([won.length, lost.length]).toEqual([1, 1]);
    expect(lost[0].reason).toBeInstanceOf(AppError);
    expect((lost[0].reason as AppError).status).toBe(404);
    expect(await db.clinic.count()).toBe(1);
    expect(await db.user.count()).toBe(1);
  });

  it("creates the administrator with the password they chose and the roles they ticked, and audits it", async () => {
    const admin = await db.user.findFirstOrThrow({ include: { roles: true, clinic: true }, omit: { passwordHash: false } });
    expect(admin).toMatchObject({ name: "Kari Nordmann", mustChangePassword: false, active: true, clinic: { name: "Fjordklinikken", defaultLocale: "en" } });
    expect(admin.roles.map((r) => r.role).sort()).toEqual(["ADMIN", "SUPERVISOR", "THERAPIST"]);
    expect(await verifyPassword(admin.passwordHash, "tre små kinesere")).toBe(true);
    const events = await db.auditEvent.findMany({ orderBy: { action: "asc" } });
    expect(events.map((e) => [e.actor, e.action, e.entityId, e.userId, e.clinicId])).toEqual([
      ["user", "clinic.create", admin.clinicId, admin.id, admin.clinicId],
      ["user", "user.create", admin.id, admin.id, admin.clinicId],
    ]);
    expect(events[0].ip).toMatch(/^192\.0\.2\.[12]$/);
  });

  it("is closed for good once a clinic exists", async () => {
    expect(await setupOpen()).toBe(false);
    await expect(createFirstClinic(input("someone@else.example"), "192.0.2.3")).rejects.toMatchObject({ status: 404, code: "not_found" });
    expect(await db.clinic.count()).toBe(1);
  });
});
