import { apiRead } from "@/lib/http/api";
import { getSupervisionSummary } from "@/lib/data/supervision";
import { invalid } from "@/lib/errors";
import { fieldErrors } from "@/lib/mutation";
import { summaryPeriod, summaryQuery } from "@/lib/validation/supervision";
import { todayIso } from "@/lib/validation/form-input";

/** The supervisor home's figures, computed by the same function (lib/supervision/figures.ts). */
export const GET = apiRead(["SUPERVISOR"], async (user, _params, url) => {
  const parsed = summaryQuery.safeParse({ from: url.searchParams.get("from") ?? undefined, to: url.searchParams.get("to") ?? undefined });
  if (!parsed.success) throw invalid(fieldErrors(parsed.error));
  const { days, period } = summaryPeriod(parsed.data, todayIso());
  const { figures } = await getSupervisionSummary(user, period);
  return { from: days.from, to: days.to, supervisees: figures };
});
