import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth";
import { AppError, invalid } from "@/lib/errors";
import { inLocale } from "@/lib/validation/messages";
import { assertRole, type Role, type SessionUser } from "@/lib/roles";
import { zodLocaleError } from "@/lib/validation/zod-locale";
import type { AppLocale } from "@/lib/i18n/config";

// Every write in Bordin, from a form or from the REST API, runs through `runMutation`:
// require user → zod parse → scoped data-layer call (which checks access and audits) → revalidate.
export type MutationDef<S extends z.ZodType, R> = {
  roles?: readonly Role[];
  schema: S;
  run: (user: SessionUser, input: z.output<S>) => Promise<R>;
  revalidate?: (result: R, input: z.output<S>) => string[];
};

export async function runMutation<S extends z.ZodType, R>(
  def: MutationDef<S, R>,
  raw: unknown,
  locale: AppLocale = "en",
): Promise<R> {
  return applyMutation(def, await requireUser(def.roles), raw, locale);
}

/** The rest of the sequence, for a caller that has required the user itself (the REST wrapper). */
export async function applyMutation<S extends z.ZodType, R>(def: MutationDef<S, R>, user: SessionUser, raw: unknown, locale: AppLocale = "en"): Promise<R> {
  assertRole(user, def.roles);
  const parsed = def.schema.safeParse(raw, { error: zodLocaleError(locale) });
  if (!parsed.success) throw invalid(fieldErrors(parsed.error));
  const result = await def.run(user, parsed.data).catch(inLocale(locale));
  for (const path of def.revalidate?.(result, parsed.data) ?? []) revalidatePath(path);
  return result;
}

export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** What a form's server action returns to `useActionState`. */
export type FormState = {
  status: "idle" | "error" | "ok";
  /** An AppError code (e.g. "invalid", "conflict"); forms translate it with the `errors` messages. */
  code?: string;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string>;
};

/** Plain object from form fields; a field named `x[]` becomes the array `x`. */
export function formToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION")) continue;
    if (key.endsWith("[]")) ((out[key.slice(0, -2)] ??= []) as string[]).push(value);
    else out[key] = value;
  }
  return out;
}

/**
 * A server action for a form: on success it redirects (or reports ok), on a known error it returns
 * the field messages and the values typed, so nothing the user wrote is lost.
 */
export function formAction<S extends z.ZodType, R>(
  def: MutationDef<S, R> & { redirectTo?: (result: R) => string; locale: () => Promise<AppLocale> },
) {
  return async (_prev: FormState, form: FormData): Promise<FormState> => {
    const raw = formToObject(form);
    let result: R;
    try {
      result = await runMutation(def, raw, await def.locale());
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const values = Object.fromEntries(Object.entries(raw).filter(([, v]) => typeof v === "string")) as Record<string, string>;
      return { status: "error", code: error.code, fieldErrors: error.fieldErrors, values };
    }
    if (def.redirectTo) redirect(def.redirectTo(result));
    return { status: "ok" };
  };
}
