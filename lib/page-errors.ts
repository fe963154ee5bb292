import { notFound, redirect } from "next/navigation";
import { AppError } from "@/lib/errors";

/**
 * For pages: a data-layer "not found" (a record missing or outside the user's scope) becomes Next's
 * 404 page, which says nothing about the record. Use as `.catch(pageNotFound)`.
 */
export function pageNotFound(error: unknown): never {
  if (error instanceof AppError && error.status === 404) notFound();
  throw error;
}

/**
 * For server actions that end in a redirect rather than a form state: a data-layer error becomes
 * what a page would show instead of a 500 with a stack trace. Not signed in → the login page; a
 * one-time password not yet replaced → the account page where it is replaced; a
 * missing role, a record out of scope or a malformed id → the 404 page (which tells nothing).
 */
export function actionError(error: unknown): never {
  if (error instanceof AppError) {
    if (error.status === 401) redirect("/login");
    if (error.code === "password_change_required") redirect("/account");
    if (error.status === 403 || error.status === 404 || error.status === 422) notFound();
  }
  throw error;
}
