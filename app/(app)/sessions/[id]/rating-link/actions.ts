"use server";
import { redirect } from "next/navigation";
import { AppError } from "@/lib/errors";
import { runFormMutation } from "@/lib/mutation";
import { actionError } from "@/lib/page-errors";
import type { GotLink } from "@/lib/data/rating-links";
import { createRatingLinkMutation, getRatingLinkMutation, revokeRatingLinkMutation } from "@/lib/mutations/rating-links";
import { keepNewLink, ratingLinkPath } from "@/lib/rating/new-link";

/**
 * "Get rating link" (the session's rating-link page, the timeline after a save) and, with
 * `replace=1` from the confirm step, "withdraw this link and make a new one". A POST, never the
 * page's GET: opening or prefetching a page must not write. Then to the page, which shows the new
 * link from the cookie `keepNewLink` sets. An open link is kept unless `replace` says otherwise.
 */
export async function getLinkAction(form: FormData): Promise<void> {
  let got: GotLink;
  try {
    got = form.get("replace") === "1" ? await runFormMutation(createRatingLinkMutation, form) : await runFormMutation(getRatingLinkMutation, form);
  } catch (error) {
    // Rated meanwhile (another tab, the link): the page shows the rating.
    if (error instanceof AppError && error.status === 409) redirect(ratingLinkPath(String(form.get("id"))));
    actionError(error);
  }
  if (!("kept" in got)) await keepNewLink(got);
  redirect(ratingLinkPath(got.sessionId));
}

export async function revokeLinkAction(form: FormData): Promise<void> {
  try {
    await runFormMutation(revokeRatingLinkMutation, form);
  } catch (error) {
    // The page re-reads the status either way; an out-of-scope session is simply not changed.
    if (!(error instanceof AppError)) throw error;
  }
}
