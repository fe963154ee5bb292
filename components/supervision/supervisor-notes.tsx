import { getFormatter, getTranslations } from "next-intl/server";
import type { FormStateAction } from "@/lib/mutation";
import type { SupervisorNoteView } from "@/lib/data/supervisor-notes";
import { isoFromDate } from "@/lib/validation/form-input";
import { DeleteNoteForm, NoteForm } from "./note-forms";

type Actions = { create: FormStateAction; update: FormStateAction; remove: FormStateAction };
export type NoteDone = "created" | "updated" | "deleted";

/**
 * The supervisor's own notes on a supervisee, newest meeting first, with a form to add one and,
 * per note, to change or delete it. Says plainly who can read them.
 */
export async function SupervisorNotes({ therapist, notes, today, done, actions }: { therapist: { id: string; name: string }; notes: SupervisorNoteView[]; today: string; done?: NoteDone; actions: Actions }) {
  const [t, format] = await Promise.all([getTranslations("supervisorNotes"), getFormatter()]);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: "UTC" });
  return (
    <section id="supervisor-notes" aria-labelledby="notes-heading" className="stack">
      <h2 id="notes-heading">{t("title")}</h2>
      <p className="muted">{t("privacy", { name: therapist.name })}</p>
      {done && <p className="notice" role="status">{t(`done.${done}`)}</p>}
      <details className="card" open={notes.length === 0}>
        <summary>{t("newTitle")}</summary>
        <NoteForm id={therapist.id} formKey="new" initial={{ meetingDate: today, text: "" }} action={actions.create} submitLabel={t("save")} />
      </details>
      {notes.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ol className="note-list stack" aria-label={t("listLabel")}>
          {notes.map((n) => (
            <li key={n.id} className="card stack">
              <h3>{t("meeting", { date: date(n.meetingDate) })}</h3>
              <p className="note-text">{n.text}</p>
              <p className="muted">{t("written", { date: format.dateTime(n.updatedAt, { dateStyle: "medium", timeStyle: "short" }) })}</p>
              <details>
                <summary>{t("editLabel", { date: date(n.meetingDate) })}</summary>
                <NoteForm id={n.id} formKey={n.id} initial={{ meetingDate: isoFromDate(n.meetingDate), text: n.text }} action={actions.update} submitLabel={t("update")} />
              </details>
              <DeleteNoteForm id={n.id} label={t("deleteLabel", { date: date(n.meetingDate) })} action={actions.remove} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
