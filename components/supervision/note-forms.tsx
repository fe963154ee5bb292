"use client";
import { useTranslations } from "next-intl";
import type { FormStateAction } from "@/lib/mutation";
import { ErrorSummary, FieldError, describe, useFormAction } from "@/components/ui/form-parts";

// The supervisor's note forms. The text has no maxLength in the browser: a pasted note longer than
// the limit is answered with a message naming the limit, not cut off without a word.
type NoteValues = { meetingDate: string; text: string };

/** Add a note (`id` = the supervisee) or change one (`id` = the note); `key` keeps field ids apart. */
export function NoteForm({ id, formKey, initial, action: submit, submitLabel }: { id: string; formKey: string; initial: NoteValues; action: FormStateAction; submitLabel: string }) {
  const t = useTranslations("supervisorNotes");
  const { state, pending, errors, formProps } = useFormAction(submit);
  const v = { ...initial, ...state.values };
  const date = `meetingDate-${formKey}`;
  const text = `text-${formKey}`;
  return (
    <form {...formProps} className="stack note-form" noValidate>
      <ErrorSummary state={state} id={`note-errors-${formKey}`} fields={[["meetingDate", date], ["text", text]]} />
      <input type="hidden" name="id" value={id} />
      <div className="field">
        <label htmlFor={date}>{t("meetingDate")}</label>
        <input id={date} name="meetingDate" type="date" required defaultValue={v.meetingDate} {...describe(date, errors("meetingDate"))} />
        <FieldError id={`${date}-error`} messages={errors("meetingDate")} />
      </div>
      <div className="field">
        <label htmlFor={text}>{t("text")}</label>
        <p className="muted hint" id={`${text}-hint`}>{t("textHint")}</p>
        <textarea id={text} name="text" rows={5} required defaultValue={v.text} {...describe(text, errors("text"), true)} />
        <FieldError id={`${text}-error`} messages={errors("text")} />
      </div>
      <div className="row">
        <button type="submit" className="button" disabled={pending}>{submitLabel}</button>
      </div>
    </form>
  );
}

/** Delete one note; the button names the meeting so a list of them can be told apart. */
export function DeleteNoteForm({ id, label, action: submit }: { id: string; label: string; action: FormStateAction }) {
  const t = useTranslations("supervisorNotes");
  const { state, pending, formProps } = useFormAction(submit);
  return (
    <form {...formProps} className="stack">
      <ErrorSummary state={state} id={`delete-errors-${id}`} />
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="button secondary" disabled={pending} aria-label={label}>{t("delete")}</button>
    </form>
  );
}
