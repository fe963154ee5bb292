import { cookies } from "next/headers";
import { openRatingLink } from "@/lib/data/ratings";
import { CODE_COOKIE, verifySigned } from "@/lib/rating/token";
import { patientPage } from "@/components/patient/page";
import { ratingView } from "@/components/patient/rating-page";

// The form behind a short code accepted at /r (kept in a signed cookie, not in the URL).
export function GET() {
  return patientPage(async () => {
    const code = verifySigned((await cookies()).get(CODE_COOKIE)?.value);
    const link = code ? await openRatingLink({ code }) : null;
    return ratingView({ link, source: "code", path: "/r/form" });
  });
}
