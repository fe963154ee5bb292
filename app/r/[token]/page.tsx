import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { openRatingLink } from "@/lib/data/ratings";
import { looksLikeToken } from "@/lib/rating/token";
import { RatingPage } from "@/components/rating/rating-page";
import { PatientShell } from "@/components/rating/patient-shell";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ratingForm"))("title") };
}

// The link a patient opens from a message or a QR code. next.config.ts sends it with
// Referrer-Policy no-referrer and no-store, so the token leaks neither to other sites nor to caches.
export default async function RatingLinkPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = looksLikeToken(token) ? await openRatingLink({ token }) : null;
  const path = looksLikeToken(token) ? `/r/${token}` : "/r";
  return (
    <PatientShell returnTo={path}>
      <RatingPage link={link} source="link" token={token} path={path} />
    </PatientShell>
  );
}
