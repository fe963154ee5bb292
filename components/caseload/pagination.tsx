import { getTranslations } from "next-intl/server";
import { PageLinks } from "@/components/ui/page-links";

export async function Pagination({ page, pages, params, path = "/caseload" }: { page: number; pages: number; params: Record<string, string | undefined>; path?: string }) {
  const t = await getTranslations("caseload");
  const href = (p: number) => {
    const query = new URLSearchParams(Object.entries({ ...params, page: String(p) }).filter((e): e is [string, string] => !!e[1]));
    return `${path}?${query}`;
  };
  return <PageLinks page={page} pages={pages} href={href} labels={{ nav: t("pagination"), previous: t("previous"), next: t("next"), pageOf: t("pageOf", { page, pages }) }} />;
}
