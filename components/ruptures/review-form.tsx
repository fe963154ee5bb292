"use client";
import { useTranslations } from "next-intl";
import type { FormStateAction } from "@/lib/mutation";
import { ErrorSummary, FieldError, describe, useFormAction } from "@/components/ui/form-parts";

/** Confirm or dismiss the engine's flag, with a note (needed to dismiss); or undo the judgement. */
export function ReviewForm({ ruptureId, review, action: submit }: { ruptureId: string; review: string; action: FormStateAction }) {
  const t = useTranslations("rupture");
  const { state, pending, errors, formProps } = useFormAction(submit);
  const noteId = `note-${ruptureId}`;
  return (
    <form {...formProps} className="stack review-form" noValidate>
      <ErrorSummary state={state} id={`review-errors-${ruptureId}`} fields={[["note", noteId]]} />
      <input type="hidden" name="ruptureId" value={ruptureId} />
      {review === "unreviewed" ? (
        <>
          <div className="field">
            <label htmlFor={noteId}>{t("note")}</label>
            <p className="muted hint" id={`${noteId}-hint`}>{t("noteHint")}</p>
            <textarea id={noteId} name="note" rows={2} maxLength={500} defaultValue={state.values?.note} {...describe(noteId, errors("note"), true)} />
            <FieldError id={`${noteId}-error`} messages={errors("note")} />
          </div>
          <div className="row">
            <button type="submit" name="review" value="confirmed" className="button" disabled={pending}>{t("confirm")}</button>
            <button type="submit" name="review" value="dismissed" className="button secondary" disabled={pending}>{t("dismiss")}</button>
          </div>
        </>
      ) : (
        <div className="row">
          <button type="submit" name="review" value="unreviewed" className="button secondary" disabled={pending}>{t("undo")}</button>
        </div>
      )}
    </form>
  );
}
