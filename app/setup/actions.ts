"use server";
import { notFound, redirect } from "next/navigation";
import { clientAddress, startLogin } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { createFirstClinic, setupOpen } from "@/lib/data/setup";
import { fieldErrors, formToObject, typedValues, type FormState } from "@/lib/mutation";
import { requestLocale } from "@/lib/i18n/locale";
import { homePath } from "@/lib/roles";
import { formFields } from "@/lib/validation/form-input";
import { setupSchema } from "@/lib/validation/setup";
import { zodLocaleError } from "@/lib/validation/zod-locale";
import { inLocale } from "@/lib/validation/messages";

/**
 * The first run's form. There is no user yet, so it is not a mutation of lib/mutations (which start
 * from the signed-in user); it validates with the same schemas and messages, creates the clinic and
 * its administrator in one transaction that refuses once a clinic exists, and logs the administrator in.
 */
export async function setupAction(_prev: FormState, form: FormData): Promise<FormState> {
  if (!(await setupOpen())) notFound();
  const locale = await requestLocale();
  const refused = (errors: Record<string, string[]> | undefined): FormState => {
    const roles = form.getAll("roles[]").filter((r): r is string => typeof r === "string");
    return { status: "error", code: "invalid", fieldErrors: errors, values: { ...typedValues(form), roles: roles.join(",") } };
  };
  const parsed = setupSchema.safeParse(formFields(formToObject(form)), { error: zodLocaleError(locale) });
  if (!parsed.success) return refused(fieldErrors(parsed.error));
  let admin;
  try {
    admin = await createFirstClinic(parsed.data, await clientAddress()).catch(inLocale(locale));
  } catch (error) {
    // Another submission won the race: the page is closed now, for this one too.
    if (error instanceof AppError && error.status === 404) notFound();
    if (error instanceof AppError && error.code === "invalid") return refused(error.fieldErrors);
    throw error;
  }
  await startLogin(admin);
  redirect(homePath(admin));
}
