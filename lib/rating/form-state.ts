import type { AnswerCode } from "@/lib/errors";

/** What the rating form's server action returns to `useActionState`. */
export type RatingFormState = {
  status: "idle" | "error";
  /** An AppError code ("invalid", "gone", "not_found", "rate_limited"), shown in the patient's words. */
  code?: AnswerCode;
  fieldErrors?: Record<string, string[]>;
  /** The fields as sent, so nothing the patient chose is lost when something needs fixing. */
  values?: Record<string, string>;
  /** Counts submissions (a flash cookie holding it is a rating form's, not a code entry's). */
  attempt: number;
};

export const initialRatingForm: RatingFormState = { status: "idle", attempt: 0 };

/** One item of the instrument as the form shows it, in the patient's language. */
export type FormItem = { id: string; label: string; min: number; max: number; minLabel: string; maxLabel: string };

/** `empty`: nothing typed ("Type the code"); `neutral`: a code that does not work, whatever the reason. */
export type CodeEntryState = { error?: "empty" | "neutral" | "rateLimited"; code?: string };

/** A session's open rating link as its page shows it, just after it was made (its token is known only then). */
export type ShownLinkView = { url: string; code: string; expiresAt: Date; qrSvg: string };
