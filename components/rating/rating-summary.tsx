import { getFormatter, getTranslations } from "next-intl/server";
import type { Difficulty, TalkedAbout } from "@/lib/alliance";

type Rating = { bond: number | null; goals: number | null; tasks: number | null; difficulty: Difficulty; talkedAbout: TalkedAbout | null; comment: string | null; submittedAt: Date };

/** The patient's rating of one session, as the therapist (or supervisor) reads it. */
export async function RatingSummary({ rating }: { rating: Rating }) {
  const [t, format] = await Promise.all([getTranslations("ratingLink"), getFormatter()]);
  const score = (v: number | null) => (v === null ? "–" : t("scoreOf", { score: Math.round(v) }));
  // Parsed where the rating is read (lib/data/columns.ts): every value has its words.
  const difficulty = t(`difficultyValue.${rating.difficulty}`);
  const talked = rating.talkedAbout ? t(`talkedValue.${rating.talkedAbout}`) : t("talkedValue.none");
  return (
    <section className="card" aria-labelledby="rating-heading">
      <h2 id="rating-heading">{t("rating")}</h2>
      <p className="muted">{t("submittedAt", { time: format.dateTime(rating.submittedAt, { dateStyle: "medium", timeStyle: "short" }) })}</p>
      <dl className="rating-scores">
        <dt>{t("bond")}</dt><dd>{score(rating.bond)}</dd>
        <dt>{t("goals")}</dt><dd>{score(rating.goals)}</dd>
        <dt>{t("tasks")}</dt><dd>{score(rating.tasks)}</dd>
        <dt>{t("difficulty")}</dt><dd>{difficulty}</dd>
        <dt>{t("talkedAbout")}</dt><dd>{talked}</dd>
        <dt>{t("comment")}</dt><dd>{rating.comment ?? <span className="muted">{t("noComment")}</span>}</dd>
      </dl>
    </section>
  );
}
