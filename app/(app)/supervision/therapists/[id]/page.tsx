import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth";
import { getSuperviseeCaseload } from "@/lib/data/supervision";
import { listSupervisorNotes } from "@/lib/data/supervisor-notes";
import { pageNotFound } from "@/lib/page-errors";
import { periodParams } from "@/lib/supervision/period";
import { patientListQuery } from "@/lib/validation/patient";
import { readPeriod } from "@/lib/validation/supervision";
import { todayIso } from "@/lib/validation/form-input";
import { CaseloadTable } from "@/components/caseload/caseload-table";
import { Pagination } from "@/components/caseload/pagination";
import { SupervisorNotes, type NoteDone } from "@/components/supervision/supervisor-notes";
import { createNoteAction, deleteNoteAction, updateNoteAction } from "./actions";

// The therapist's name stays out of the tab title like patient codes do: a generic title.
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("supervisionCaseload"))("metaTitle") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const DONE: readonly string[] = ["created", "updated", "deleted"] satisfies NoteDone[];

/**
 * A supervisee's caseload, read-only: the rows link to timelines the supervisor may read. Below it
 * the supervisor's own notes on the supervisee, the only thing on the page they can change.
 */
export default async function SuperviseeCaseloadPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const user = await requirePageUser(["SUPERVISOR"]);
  const [{ id }, raw] = await Promise.all([params, searchParams]);
  const parsed = patientListQuery.omit({ q: true }).safeParse({ filter: first(raw.filter), page: first(raw.page) });
  const query = parsed.success ? parsed.data : patientListQuery.parse({});
  const { choice, days } = readPeriod({ period: first(raw.period), from: first(raw.from), to: first(raw.to) }, todayIso());
  const period = periodParams(choice, days);
  const caseload = await getSuperviseeCaseload(user, id, query).catch(pageNotFound);
  // After the caseload: a therapist who is not a supervisee is refused once, by the first read.
  const notes = await listSupervisorNotes(user, id).catch(pageNotFound);
  const done = first(raw.done);
  const [t, tc] = await Promise.all([getTranslations("supervisionCaseload"), getTranslations("caseload")]);
  return (
    <>
      <h1>{t("title", { name: caseload.therapist.name })}</h1>
      <p className="notice">{t("readOnly")}</p>
      <p><a href="#supervisor-notes">{t("toNotes")}</a></p>
      <p className="row tight">
        <Link href={`/supervision?${new URLSearchParams(period)}`}>{t("back")}</Link>
        <Link href={`/supervision/triage?${new URLSearchParams({ ...period, therapist: id })}`}>{t("triage", { name: caseload.therapist.name })}</Link>
      </p>
      <p role="status">{tc("count", { total: caseload.total, attention: caseload.attention })}</p>
      {caseload.rows.length === 0 ? <p>{t("empty")}</p> : <CaseloadTable rows={caseload.rows} />}
      <Pagination page={caseload.page} pages={caseload.pages} path={`/supervision/therapists/${id}`} params={{ ...period, filter: query.filter === "all" ? undefined : query.filter }} />
      <SupervisorNotes
        therapist={caseload.therapist}
        notes={notes}
        today={todayIso()}
        done={done && DONE.includes(done) ? (done as NoteDone) : undefined}
        actions={{ create: createNoteAction, update: updateNoteAction, remove: deleteNoteAction }}
      />
    </>
  );
}
