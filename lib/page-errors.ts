import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";

/**
 * For pages: a data-layer "not found" (a record missing or outside the user's scope) becomes Next's
 * 404 page, which says nothing about the record. Use as `.catch(pageNotFound)`.
 */
export function pageNotFound(error: unknown): never {
  if (error instanceof AppError && error.status === 404) notFound();
  throw error;
}
