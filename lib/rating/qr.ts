import QRCode from "qrcode";
import type { ShownLinkView } from "@/lib/rating/form-state";
import { formatCode, ratingUrl } from "@/lib/rating/token";

/** A just-made link as its page shows it: the patient's URL, its QR code (SVG, drawn here), the code. */
export async function shownLinkView(baseUrl: string, link: { token: string; code: string }, expiresAt: Date): Promise<ShownLinkView> {
  const url = ratingUrl(baseUrl, link.token);
  const qrSvg = await QRCode.toString(url, { type: "svg", margin: 2, errorCorrectionLevel: "M" });
  return { url, code: formatCode(link.code), expiresAt, qrSvg };
}
