// Errors the data layer and wrappers throw on purpose. Each maps to one HTTP status and carries a
// message that is safe to show: never patient data, never a stack trace.
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const unauthenticated = () => new AppError(401, "unauthenticated", "Sign in to continue.");
export const forbidden = () => new AppError(403, "forbidden", "You do not have access to this.");
// Records outside the user's scope are reported as missing, so their existence does not leak.
export const notFound = () => new AppError(404, "not_found", "Not found.");
export const conflict = (message: string) => new AppError(409, "conflict", message);
/** A conflict that belongs to one field of a form (a taken code or number, a date out of order). */
export const fieldConflict = (field: string, message: string) => new AppError(409, "conflict", message, { [field]: [message] });
export const gone = (message: string) => new AppError(410, "gone", message);
export const invalid = (fieldErrors: Record<string, string[]>) =>
  new AppError(422, "invalid", "Some fields are not valid.", fieldErrors);

/** Prisma's unique-constraint violation: two writers raced for the same key and the index decided. */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === "P2002";
}
