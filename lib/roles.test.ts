import { describe, expect, it } from "vitest";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { assertRole, hasAnyRole, type Role } from "@/lib/roles";
import { episodeWhere, patientWhere } from "@/lib/data/access";

const who = (...roles: Role[]) => ({ id: "u1", clinicId: "c1", email: "u@x.test", name: "U", locale: null, roles });
const refusal = (fn: () => void) => {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return null;
};

describe("assertRole", () => {
  it("lets a user with any one of the roles through, and anyone signed in when no role is named", () => {
    expect(refusal(() => assertRole(who("SUPERVISOR", "THERAPIST"), ["ADMIN", "THERAPIST"]))).toBeNull();
    expect(refusal(() => assertRole(who("ADMIN"), "ADMIN"))).toBeNull();
    expect(refusal(() => assertRole(who(), undefined))).toBeNull();
    expect(refusal(() => assertRole(who(), []))).toBeNull();
  });

  it("refuses a user with none of the roles with the 403 AppError", () => {
    const error = refusal(() => assertRole(who("SUPERVISOR"), ["THERAPIST", "ADMIN"]));
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ status: 403, code: "forbidden" });
    expect(refusal(() => assertRole(who(), "THERAPIST"))).toMatchObject({ status: 403 });
    expect(hasAnyRole(who("THERAPIST"), ["SUPERVISOR"])).toBe(false);
  });
});

describe("scope builders", () => {
  it("are Prisma where-inputs: a misspelt relation does not compile", () => {
    // @ts-expect-error `therapsit` is not a relation of Patient
    const misspelt: Prisma.PatientWhereInput = { therapsit: { id: "x" } };
    const scoped: Prisma.TreatmentEpisodeWhereInput = { ...episodeWhere(who("THERAPIST"), "read"), status: "active" };
    expect(misspelt).toBeDefined();
    expect(scoped.patient).toEqual(patientWhere(who("THERAPIST"), "read"));
  });

  it("a user without a role that grants patient data matches nothing", () => {
    expect(patientWhere(who("ADMIN"), "read")).toEqual({ clinicId: "c1", id: { in: [] } });
    expect(patientWhere(who("SUPERVISOR"), "write")).toEqual({ clinicId: "c1", id: { in: [] } });
  });
});
