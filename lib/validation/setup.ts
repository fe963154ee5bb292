import { z } from "zod";
import { LOCALES } from "@/lib/i18n/config";
import { keyed } from "./messages";
import { requiredText } from "./zod-locale";
import { PASSWORD_INPUT_MAX, checkRepeated, isPersonalPassword, newPasswordField } from "./password";

// A new clinic and its first administrator: the first-run page (/setup) and `npm run clinic:add`.
/** An email address as accounts hold it: trimmed, lower case (logins compare it so). */
export const emailField = requiredText(320)
  .pipe(z.email())
  .transform((email) => email.toLowerCase());
export const clinicNameField = requiredText(120);
export const personNameField = requiredText(120);
/** The roles the first administrator may also hold: a solo practitioner holds all three. */
export const EXTRA_FIRST_ROLES = ["SUPERVISOR", "THERAPIST"] as const;

export const setupSchema = z
  .object({
    /** The code the server printed at start (lib/setup-code.ts); checked by the first-run action. */
    setupCode: requiredText(40),
    clinicName: clinicNameField,
    defaultLocale: z.enum(LOCALES),
    adminName: personNameField,
    adminEmail: emailField,
    newPassword: newPasswordField,
    repeatPassword: z.string().max(PASSWORD_INPUT_MAX).default(""),
    roles: z.array(z.enum(EXTRA_FIRST_ROLES)).max(EXTRA_FIRST_ROLES.length).default([]),
  })
  .superRefine((value, ctx) => {
    checkRepeated(value, ctx);
    if (isPersonalPassword(value.newPassword, { email: value.adminEmail, name: value.adminName })) {
      ctx.addIssue({ code: "custom", path: ["newPassword"], ...keyed("passwordPersonal") });
    }
  });
export type SetupInput = z.output<typeof setupSchema>;

/** `npm run clinic:add -- --name … --admin … --admin-name … [--locale nb|en]`. */
export const clinicAddSchema = z.object({
  name: clinicNameField,
  admin: emailField,
  "admin-name": personNameField,
  locale: z.enum(LOCALES).default("nb"),
});
