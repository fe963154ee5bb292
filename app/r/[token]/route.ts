import { openRatingLink } from "@/lib/data/ratings";
import { looksLikeToken } from "@/lib/rating/token";
import { patientPage } from "@/components/patient/page";
import { ratingView } from "@/components/patient/rating-page";

// The link a patient opens from a message or a QR code. next.config.ts sends it with
// Referrer-Policy no-referrer and no-store, so the token leaks neither to other sites nor to caches.
export function GET(_req: Request, { params }: { params: Promise<{ token: string }> }) {
  return patientPage(async () => {
    const { token } = await params;
    const wellFormed = looksLikeToken(token);
    const link = wellFormed ? await openRatingLink({ token }) : null;
    return ratingView({ link, source: "link", token, path: wellFormed ? `/r/${token}` : "/r" });
  });
}
