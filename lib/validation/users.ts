import { z } from "zod";
import { ROLES, type Role } from "@/lib/roles";
import { LOCALES } from "@/lib/i18n/config";
import { keyed } from "./messages";
import { fieldMessages } from "./zod-locale";

// A clinic's user accounts as an administrator manages them, for the forms and the REST API alike.
// Every user holds at least one role; the language is the user's own (absent: the clinic's default).
const id = z.string().trim().min(1).max(64);
export const userName = fieldMessages(z.string().trim().min(1).max(100).meta({ example: "Kari Nordmann" }), { invalid: "personName" });
export const userEmail = fieldMessages(z.string().trim().toLowerCase().pipe(z.email().max(254)).meta({ example: "kari@clinic.example" }), { invalid: "emailFormat" });
// A list of roles, each at most once; empty → "choose at least one" (our message, not zod's count).
export const userRoles = z
  .array(z.enum(ROLES as unknown as [Role, ...Role[]]))
  .max(ROLES.length)
  .transform((roles) => [...new Set(roles)])
  .superRefine((roles, ctx) => {
    if (roles.length === 0) ctx.addIssue({ code: "custom", ...keyed("rolesRequired") });
  })
  .meta({ description: "At least one of ADMIN, SUPERVISOR, THERAPIST.", example: ["THERAPIST"] });
// The form's "default" and the API's null both mean "the clinic's default language".
export const userLocale = z
  .union([z.enum(LOCALES), z.null(), z.literal("default")])
  .transform((v) => (v === "default" ? null : v))
  .meta({ description: "The user's language (nb or en); null or \"default\": the clinic's default." });

export const userInviteSchema = z.object({
  name: userName,
  email: userEmail,
  roles: userRoles,
  locale: userLocale.optional(),
});
export type UserInviteInput = z.output<typeof userInviteSchema>;

/** A change to an account: only the fields given change (the form sends name, roles and language). */
export const userUpdateSchema = z.object({
  id,
  name: userName.optional(),
  roles: userRoles.optional(),
  locale: userLocale.optional(),
  active: z.boolean().optional().meta({ description: "false deactivates the account (its open logins end at their next request); true reactivates it." }),
});
export type UserUpdateInput = z.output<typeof userUpdateSchema>;

/** The form's one-button status change: "true" reactivates, "false" deactivates. */
export const userActiveSchema = z.object({ id, active: z.enum(["true", "false"]).transform((v) => v === "true") });

export const userIdSchema = z.object({ id });

export const supervisionPairSchema = z.object({
  supervisorId: id.meta({ description: "A user of the clinic holding SUPERVISOR." }),
  therapistId: id.meta({ description: "A user of the clinic holding THERAPIST." }),
});
export type SupervisionPairInput = z.output<typeof supervisionPairSchema>;

export const patientReassignSchema = z.object({
  id,
  therapistId: id.meta({ description: "The active therapist of the clinic who takes over the patient and all its treatment episodes." }),
});
export type PatientReassignInput = z.output<typeof patientReassignSchema>;

export const caseloadReassignSchema = z.object({ fromTherapistId: id, toTherapistId: id });
export type CaseloadReassignInput = z.output<typeof caseloadReassignSchema>;
