"use client";
import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/mutation";
import { answerCode } from "@/lib/errors";

/**
 * The admin forms' error summary and success note. On an error it takes the focus, so a keyboard
 * or screen-reader user hears what went wrong; a message for no field the form shows (the clinic's
 * last administrator, an admin's own account) is told in the summary itself.
 */
export function FormStatus({ state, id, fields = [], ok }: { state: FormState; id: string; fields?: readonly string[]; ok?: string }) {
  const t = useTranslations("errors");
  const tw = useTranslations("workspaceErrors");
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === "error") summary.current?.focus();
  }, [state]);
  if (state.status === "ok" && ok) return <p className="notice" role="status">{ok}</p>;
  if (state.status !== "error") return null;
  const entries = Object.entries(state.fieldErrors ?? {});
  const unshown = entries.filter(([field]) => !fields.includes(field)).flatMap(([, messages]) => messages);
  const shown = entries.some(([field]) => fields.includes(field));
  return (
    <div className="error-summary" role="alert" id={id} tabIndex={-1} ref={summary}>
      {unshown.length ? unshown.map((m) => <p key={m}>{m}</p>) : <p>{t(answerCode(state.code))}</p>}
      {shown ? <p>{tw("summary")}</p> : null}
    </div>
  );
}
