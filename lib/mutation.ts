import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth";
import { AppError, invalid, notFound, type ErrorCode } from "@/lib/errors";
import { inLocale, validationMessage } from "@/lib/validation/messages";
import { assertRole, type Role, type CurrentUser } from "@/lib/roles";
import { zodLocaleError } from "@/lib/validation/zod-locale";
import { formFields, type FormShape } from "@/lib/validation/form-input";
import { requestLocale } from "@/lib/i18n/locale";
import type { Locale } from "@/lib/i18n/config";

// Every write in Bordin, from a form or from the REST API, runs through `runMutation`:
// require user → zod parse → scoped data-layer call (which checks access and audits) → revalidate.
// A mutation is defined once in lib/mutations/<feature>.ts; app/ exposes it as a form action
// (`formAction`) and a REST handler (`apiMutation`, lib/http/api.ts) from that one definition.
export type MutationDef<S extends z.ZodType, R> = {
  roles?: readonly Role[];
  /**
   * Answer a missing role as "not found" (404), as pages do, instead of 403: the admin area's
   * writes are not revealed to other roles.
   */
  hideFromOtherRoles?: boolean;
  /** Also for a user who must still replace a one-time password: only the password change itself. */
  beforePasswordChange?: boolean;
  /** The one schema, of the JSON shape the REST API takes (and OpenAPI documents). */
  schema: S;
  /** How a form's string fields become that shape (numbers, lists); empty fields always count as absent. */
  form?: FormShape;
  /** For a form whose fields do not map one to one onto the schema (sections, check boxes): builds its shape. */
  fromForm?: (fields: Record<string, unknown>) => unknown;
  run: (user: CurrentUser, input: z.output<S>) => Promise<R>;
  revalidate?: (result: R, input: z.output<S>) => string[];
};

/** Declares a mutation with its types inferred from the schema and `run`. */
export function defineMutation<S extends z.ZodType, R>(def: MutationDef<S, R>): MutationDef<S, R> {
  return def;
}

export async function runMutation<S extends z.ZodType, R>(def: MutationDef<S, R>, raw: unknown, locale: Locale): Promise<R> {
  return applyMutation(def, await requireCaller(def), raw, locale);
}

/** The signed-in user holding one of the mutation's roles; 401, else 403 (or 404 when the def hides its roles). */
export async function requireCaller(def: Pick<MutationDef<z.ZodType, unknown>, "roles" | "hideFromOtherRoles" | "beforePasswordChange">): Promise<CurrentUser> {
  const user = await requireUser(undefined, { beforePasswordChange: def.beforePasswordChange });
  assertMutationRole(def, user);
  return user;
}

function assertMutationRole(def: Pick<MutationDef<z.ZodType, unknown>, "roles" | "hideFromOtherRoles" | "beforePasswordChange">, user: CurrentUser): void {
  try {
    assertRole(user, def.roles);
  } catch (error) {
    if (def.hideFromOtherRoles && error instanceof AppError && error.code === "forbidden") throw notFound();
    throw error;
  }
}

/** The rest of the sequence, for a caller that has required the user itself (the REST wrapper). */
export async function applyMutation<S extends z.ZodType, R>(def: MutationDef<S, R>, user: CurrentUser, raw: unknown, locale: Locale): Promise<R> {
  assertMutationRole(def, user);
  const input = parseInput(def.schema, raw, locale);
  const result = await def.run(user, input).catch(inLocale(locale));
  for (const path of def.revalidate?.(result, input) ?? []) revalidatePath(path);
  return result;
}

/** Input through its schema, with our messages in `locale`; a 422 with field messages when it does not fit. */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown, locale: Locale): z.output<S> {
  const parsed = schema.safeParse(raw, { error: zodLocaleError(locale) });
  if (!parsed.success) throw invalid(fieldErrors(parsed.error), validationMessage("fieldsInvalid", locale));
  return parsed.data;
}

/** A posted form through the mutation, in the language of the page it was posted from. */
export async function runFormMutation<S extends z.ZodType, R>(def: MutationDef<S, R>, form: FormData): Promise<R> {
  const fields = formFields(formToObject(form), def.form);
  return runMutation(def, def.fromForm ? def.fromForm(fields) : fields, await requestLocale());
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
  /** The AppError's code; forms translate it with the `errors` messages. */
  code?: ErrorCode;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string>;
  /**
   * What the form shows once after success and never again (a one-time password): it travels in
   * the action's answer only, never in a URL, a cookie or a log.
   */
  shown?: Record<string, string>;
};

/** A form's server action as `useActionState` takes it; pages pass it to their form components. */
export type FormStateAction = (state: FormState, form: FormData) => Promise<FormState>;

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

/** The values a form posted, to give back with its errors; never a password (the user types it again). */
export function typedValues(form: FormData): Record<string, string> {
  // A list field (`x[]`, e.g. ticked boxes) comes back as its values, one per line; passwords never come back.
  const entries = Object.entries(formToObject(form)).filter(([k]) => !/password/i.test(k));
  return Object.fromEntries(entries.map(([k, v]) => [k, Array.isArray(v) ? v.join("\n") : String(v)]));
}

/**
 * A server action for a form: on success it redirects (or reports ok), on a known error it returns
 * the field messages and the values typed, so nothing the user wrote is lost.
 */
export function formAction<S extends z.ZodType, R>(def: MutationDef<S, R>, options: { redirectTo?: (result: R, form: FormData) => string | Promise<string>; show?: (result: R) => Record<string, string> } = {}): FormStateAction {
  return async (_prev, form) => {
    let result: R;
    try {
      result = await runFormMutation(def, form);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      return { status: "error", code: error.code, fieldErrors: error.fieldErrors, values: typedValues(form) };
    }
    // Where to go may depend on which button sent the form (its name and value are in `form`).
    if (options.redirectTo) redirect(await options.redirectTo(result, form));
    return options.show ? { status: "ok", shown: options.show(result) } : { status: "ok" };
  };
}
