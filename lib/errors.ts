import type { MessageValues, ValidationKey } from "@/lib/validation/messages";

// Errors the data layer and wrappers throw on purpose. Each maps to one HTTP status and carries a
// message that is safe to show: never patient data, never a stack trace. The codes are a closed
// list shared by the server and the UI (forms translate them with the `errors` messages, which
// have one entry per code and one for "internal"), so a misspelt or retired code fails to compile.
export const ERROR_CODES = [
  "unauthenticated",
  "forbidden",
  "not_found",
  "conflict",
  "gone",
  "invalid",
  "bad_json",
  "bad_idempotency_key",
  "unsupported_media_type",
  "rate_limited",
  "password_change_required",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
/** What an answer or a form state may name: a code thrown on purpose, or "internal" for anything else. */
export type AnswerCode = ErrorCode | "internal";

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "string" && (ERROR_CODES as readonly string[]).includes(value);
}

/** A code received from an answer or a form state, as the UI shows it: unknown codes read as "internal". */
export function answerCode(value: unknown): AnswerCode {
  return isErrorCode(value) ? value : "internal";
}

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
    /** For one of our own rules: the field and the key of its message, to be told in the answer's language. */
    readonly keyed?: { field: string; key: ValidationKey; values?: MessageValues },
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const unauthenticated = () => new AppError(401, "unauthenticated", "Sign in to continue.");
export const forbidden = () => new AppError(403, "forbidden", "You do not have access to this.");
// A one-time password (setup, clinic:add, an admin's invite or reset) must be replaced before anything else.
export const passwordChangeRequired = () =>
  new AppError(403, "password_change_required", "Choose your own password before you continue: open /account in the browser and replace the one-time password.");
// Records outside the user's scope are reported as missing, so their existence does not leak.
export const notFound = () => new AppError(404, "not_found", "Not found.");
export const conflict = (message: string) => new AppError(409, "conflict", message);
export const gone = (message: string) => new AppError(410, "gone", message);
export const invalid = (fieldErrors: Record<string, string[]>, message = "Some fields are not valid.") =>
  new AppError(422, "invalid", message, fieldErrors);

/** Prisma's unique-constraint violation: two writers raced for the same key and the index decided. */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === "P2002";
}
