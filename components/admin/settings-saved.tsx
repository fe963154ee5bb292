import { getTranslations } from "next-intl/server";
import type { RuptureChanges } from "@/lib/data/rupture-changes";

/** After a save: that it was saved and, when the ruptures were recomputed, how many changed. */
export async function SettingsSaved({ notice }: { notice: { ruptures: RuptureChanges | null } | null }) {
  if (!notice) return null;
  const t = await getTranslations("clinicSettings");
  const r = notice.ruptures;
  return (
    <div className="notice" role="status">
      <p>{t("saved")}</p>
      {r && (
        <p>
          <strong>{t("recomputed", { total: r.total })}</strong>
          {r.total > 0 ? ` ${t("recomputedDetail", r)}` : null}
        </p>
      )}
    </div>
  );
}
