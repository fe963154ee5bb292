import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import { isLoginLocked } from "@/lib/auth";
import { openRatingLink } from "@/lib/data/ratings";
import { seeOther } from "@/lib/rating/forms";
import { HANDOVER_COOKIE } from "@/lib/rating/token";
import { patientPage } from "@/components/patient/page";
import { ratingView } from "@/components/patient/rating-page";

// The form on a handed-over tablet; the token is in an httpOnly cookie set by "Hand to patient".
export function GET() {
  return patientPage(async () => {
    const token = (await cookies()).get(HANDOVER_COOKIE)?.value;
    const link = token ? await openRatingLink({ token }) : null;
    if (!link || link.state !== "open") return seeOther((await isLoginLocked()) ? "/locked" : "/login");
    const [view, t] = await Promise.all([ratingView({ link, source: "handover", path: "/handover" }), getTranslations("handover")]);
    return { ...view, title: t("formTitle") };
  });
}
