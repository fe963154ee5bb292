import { getTranslations } from "next-intl/server";

/**
 * How answers become the 0–100 scores the pages show, said once where the scores are read.
 * `range` is the answer range all items of the clinic's instrument share (null: items differ).
 */
export async function ScaleNote({ range }: { range: { min: number; max: number } | null }) {
  const t = await getTranslations("timeline");
  const text = !range ? t("scaleMixed") : range.min === 0 && range.max === 10 ? t("scaleTen") : t("scaleRange", range);
  return <p className="muted scale-note">{text}</p>;
}
