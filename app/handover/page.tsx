import type { Metadata } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { isLoginLocked } from "@/lib/auth";
import { openRatingLink } from "@/lib/data/ratings";
import { HANDOVER_COOKIE } from "@/lib/rating/token";
import { RatingPage } from "@/components/rating/rating-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("handover"))("formTitle") };
}

// The form on a handed-over tablet; the token is in an httpOnly cookie set by "Hand to patient".
export default async function HandoverFormPage() {
  const token = (await cookies()).get(HANDOVER_COOKIE)?.value;
  const link = token ? await openRatingLink({ token }) : null;
  if (!link || link.state !== "open") redirect((await isLoginLocked()) ? "/locked" : "/login");
  return <RatingPage link={link} source="handover" path="/handover" />;
}
