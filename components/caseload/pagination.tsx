import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function Pagination({ page, pages, params, path = "/caseload" }: { page: number; pages: number; params: Record<string, string | undefined>; path?: string }) {
  const t = await getTranslations("caseload");
  if (pages <= 1) return null;
  const href = (p: number) => {
    const query = new URLSearchParams(Object.entries({ ...params, page: String(p) }).filter((e): e is [string, string] => !!e[1]));
    return `${path}?${query}`;
  };
  return (
    <nav aria-label={t("pagination")} className="row pagination">
      {page > 1 && <Link href={href(page - 1)}>{t("previous")}</Link>}
      <span aria-current="page">{t("pageOf", { page, pages })}</span>
      {page < pages && <Link href={href(page + 1)}>{t("next")}</Link>}
    </nav>
  );
}
