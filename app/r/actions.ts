"use server";
import { redirect } from "next/navigation";
import type { CodeEntryState, RatingFormState } from "@/lib/rating/form-state";
import { handleCodeEntry, handleRatingForm } from "@/lib/rating/forms";

// The patient forms with JavaScript on; app/r/code and app/r/submit take the same forms as plain
// POSTs when it is off.
export async function enterCode(_prev: CodeEntryState, form: FormData): Promise<CodeEntryState> {
  const outcome = await handleCodeEntry(form);
  if ("redirect" in outcome) redirect(outcome.redirect);
  return outcome.state;
}

export async function submitRatingForm(prev: RatingFormState, form: FormData): Promise<RatingFormState> {
  const outcome = await handleRatingForm(prev, form);
  if ("redirect" in outcome) redirect(outcome.redirect);
  return outcome.state;
}
