import type { Metadata } from "next";
import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import { openRatingLink } from "@/lib/data/ratings";
import { CODE_COOKIE, verifySigned } from "@/lib/rating/token";
import { RatingPage } from "@/components/rating/rating-page";
import { PatientShell } from "@/components/rating/patient-shell";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ratingForm"))("title") };
}

// The form behind a short code accepted at /r (kept in a signed cookie, not in the URL).
export default async function RatingByCodePage() {
  const code = verifySigned((await cookies()).get(CODE_COOKIE)?.value);
  const link = code ? await openRatingLink({ code }) : null;
  return (
    <PatientShell returnTo="/r/form">
      <RatingPage link={link} source="code" path="/r/form" />
    </PatientShell>
  );
}
