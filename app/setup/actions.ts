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

/**
 * The first run's form. There is no user yet, so it is not a mutation of lib/mutations (which start
 * from the signed-in user); it validates with the same schemas and messages, creates the clinic and
 * its administrator in one transaction that refuses once a clinic exists, and logs the administrator in.
 */
export async function setupAction(_prev: FormState, form: FormData): Promise<FormState> {
  if (!(await setupOpen())) notFound();
  const parsed = setupSchema.safeParse(formFields(formToObject(form)), { error: zodLocaleError(await requestLocale()) });
  if (!parsed.success) {
    const roles = form.getAll("roles[]").filter((r): r is string => typeof r === "string");
    return { status: "error", code: "invalid", fieldErrors: fieldErrors(parsed.error), values: { ...typedValues(form), roles: roles.join(",") } };
  }
  const admin = await createFirstClinic(parsed.data, await clientAddress()).catch((error: unknown) => {
    // Another submission won the race: the page is closed now, for this one too.
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  });
  await startLogin(admin);
  redirect(homePath(admin));
}
