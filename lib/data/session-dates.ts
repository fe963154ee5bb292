import type { Tx } from "@/lib/prisma-client";
import { fieldInvalid } from "@/lib/validation/messages";
import { dateFromIso, isoFromDate, todayIso } from "@/lib/validation/form-input";

// The dates of an episode's sessions (docs/domain-model.md, "Session"): a session is dated on or
// after its episode's start, on or before its end, never after today, and in the order of the
// session numbers: not before the previous session's date, not after the next one's (two sessions
// on one day are fine). The engine reads sessions in number order and the chart draws them by
// date, so the two orders must agree. Checked inside the writing transaction, so what it read is
// what is written against. Each refusal is a 422 naming the field, with nothing written.

type Episode = { id: string; startDate: Date; endDate: Date | null };

/**
 * Throws the first rule `dateIso` breaks for session `number` of `episode`; `sessionId` is the
 * session being changed (left out of its neighbours), absent for a new one.
 */
export async function assertSessionDateFits(tx: Tx, episode: Episode, number: number, dateIso: string, now: Date, sessionId?: string): Promise<void> {
  if (dateIso > todayIso(now)) throw fieldInvalid("date", "dateInFuture");
  if (dateIso < isoFromDate(episode.startDate)) throw fieldInvalid("date", "sessionBeforeEpisodeStart");
  if (episode.endDate && dateIso > isoFromDate(episode.endDate)) throw fieldInvalid("date", "sessionAfterEpisodeEnd");
  const others = sessionId ? { id: { not: sessionId } } : {};
  const date = dateFromIso(dateIso);
  const previous = await tx.session.findFirst({ where: { episodeId: episode.id, number: { lt: number }, date: { gt: date }, ...others }, orderBy: { number: "desc" }, select: { number: true } });
  if (previous) throw fieldInvalid("date", "sessionBeforePrevious", "en", { number: previous.number });
  const next = await tx.session.findFirst({ where: { episodeId: episode.id, number: { gt: number }, date: { lt: date }, ...others }, orderBy: { number: "asc" }, select: { number: true } });
  if (next) throw fieldInvalid("date", "sessionAfterNext", "en", { number: next.number });
}

/** An episode may end no earlier than its last session's date. */
export async function assertEndAfterSessions(tx: Tx, episodeId: string, endIso: string): Promise<void> {
  const later = await tx.session.findFirst({ where: { episodeId, date: { gt: dateFromIso(endIso) } }, select: { id: true } });
  if (later) throw fieldInvalid("endDate", "endBeforeLastSession");
}
