import { apiRead } from "@/lib/http/api";
import { getSupervisionSummary } from "@/lib/data/supervision";
import { parseInput } from "@/lib/mutation";
import { apiLocale } from "@/lib/i18n/locale";
import { summaryPeriod, summaryQuery } from "@/lib/validation/supervision";
import { todayIso } from "@/lib/validation/form-input";

/** The supervisor home's figures, computed by the same function (lib/supervision/figures.ts). */
export const GET = apiRead(["SUPERVISOR"], async (user, _params, url, req) => {
  const query = parseInput(summaryQuery, { from: url.searchParams.get("from") ?? undefined, to: url.searchParams.get("to") ?? undefined }, await apiLocale(user, req));
  const { days, period } = summaryPeriod(query, todayIso());
  const { figures } = await getSupervisionSummary(user, period);
  return { from: days.from, to: days.to, supervisees: figures };
});
