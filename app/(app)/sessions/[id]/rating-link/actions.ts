"use server";
import { headers } from "next/headers";
import QRCode from "qrcode";
import { AppError } from "@/lib/errors";
import { runFormMutation } from "@/lib/mutation";
import { appBaseUrl } from "@/lib/http/app-url";
import { createRatingLinkMutation, revokeRatingLinkMutation } from "@/lib/mutations/rating-links";
import { formatCode, ratingUrl } from "@/lib/rating/token";
import type { CreateLinkState } from "@/lib/rating/form-state";


/** Creates a link (revoking the old one) and returns it once, with its QR code drawn on the server. */
export async function createLinkAction(_prev: CreateLinkState, form: FormData): Promise<CreateLinkState> {
  try {
    const link = await runFormMutation(createRatingLinkMutation, form);
    const url = ratingUrl(appBaseUrl(await headers()), link.token);
    const qrSvg = await QRCode.toString(url, { type: "svg", margin: 2, errorCorrectionLevel: "M" });
    return { status: "ok", link: { url, code: formatCode(link.code), expiresAt: link.expiresAt.toISOString(), qrSvg } };
  } catch (error) {
    if (error instanceof AppError) return { status: "error", code: error.code };
    throw error;
  }
}

export async function revokeLinkAction(form: FormData): Promise<void> {
  try {
    await runFormMutation(revokeRatingLinkMutation, form);
  } catch (error) {
    // The page re-reads the status either way; an out-of-scope session is simply not changed.
    if (!(error instanceof AppError)) throw error;
  }
}
