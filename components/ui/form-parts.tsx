"use client";
import { startTransition, useActionState, useEffect, useRef, type FormEvent, type MouseEvent } from "react";
import { useTranslations } from "next-intl";
import type { FormState, FormStateAction } from "@/lib/mutation";
import { answerCode } from "@/lib/errors";

// Declared here, not imported from lib/mutation: that module is server code (it reads the session),
// and a client component importing a value from it would pull it into the browser bundle.
export const idleState: FormState = { status: "idle" };

// The pieces every workspace and admin form shares: the form's action, the error summary at the
// top and the message under a field. Field messages arrive in the user's language, all of them
// ours (lib/validation/zod-locale.ts), from the server.
export function useFieldMessages(state: FormState) {
  return (field: string): string[] => state.fieldErrors?.[field] ?? [];
}

/**
 * A form's action state, with what was typed kept after an answer: React resets a form once its
 * action has run, and a select goes back to the option it started with even when the field was
 * chosen (the session form's marker, asked about its dimension). Submitting through `onSubmit`
 * in a transition runs the same action without that reset; without JavaScript the form posts as
 * before and the page shows the values the action sent back.
 */
export function useFormAction(submit: FormStateAction) {
  const [state, action, pending] = useActionState(submit, idleState);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const form = new FormData(event.currentTarget, submitter);
    startTransition(() => action(form));
  };
  return { state, pending, errors: useFieldMessages(state), values: state.values ?? {}, formProps: { action, onSubmit } };
}

/** The fields a form shows, in its order: a field name, or the name and the id of its input where they differ. */
export type SummaryFields = readonly (string | readonly [field: string, inputId: string])[];
type Item = { message: string; target?: string };

/** Each message once, in the form's order, linked to its input when the form shows that field ("goals.2" belongs to "goals"). */
function summaryItems(fieldErrors: Record<string, string[]>, fields: SummaryFields): Item[] {
  const targets = fields.map((f) => (typeof f === "string" ? ([f, f] as const) : f));
  const rank = (key: string) => targets.findIndex(([field]) => key === field || key.startsWith(`${field}.`));
  const keys = Object.keys(fieldErrors).sort((a, b) => (rank(a) < 0 ? Infinity : rank(a)) - (rank(b) < 0 ? Infinity : rank(b)));
  const items: Item[] = [];
  for (const key of keys) {
    const target = rank(key) >= 0 ? targets[rank(key)][1] : undefined;
    for (const message of fieldErrors[key]) {
      if (!items.some((i) => i.message === message && i.target === target)) items.push({ message, target });
    }
  }
  return items;
}

/** A link of the summary moves the focus to its field and shows the field's label with it. */
function goToField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const input = document.getElementById(id);
  if (!input) return;
  event.preventDefault();
  (input.closest(".field, fieldset") ?? input).scrollIntoView({ block: "start" });
  input.focus({ preventScroll: true });
}

/**
 * The form's answer, at its top. After an error it takes the focus, so a keyboard or screen-reader
 * user hears what went wrong: a heading, then every message, each a link to its field (the pattern
 * of the GOV.UK Design System's error summary). A message for a field the form does not show (the
 * clinic's last administrator) is listed without a link. With `ok`, a success note instead.
 */
export function ErrorSummary({ state, id, fields = [], ok }: { state: FormState; id: string; fields?: SummaryFields; ok?: string }) {
  const t = useTranslations("errors");
  const tw = useTranslations("workspaceErrors");
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === "error") summary.current?.focus();
  }, [state]);
  if (state.status === "ok" && ok) return <p className="notice" role="status">{ok}</p>;
  if (state.status !== "error") return null;
  const items = summaryItems(state.fieldErrors ?? {}, fields);
  // Every code has its message (lib/errors.test.ts); an unknown one reads as "internal".
  const title = items.length ? tw("summary") : t(answerCode(state.code));
  return (
    <div className="error-summary" id={id} tabIndex={-1} ref={summary}>
      <div role="alert">
        <h2 className="error-summary-title">{title}</h2>
        {items.length ? (
          <ul>
            {items.map((item) => (
              <li key={`${item.target}:${item.message}`}>
                {item.target ? <a href={`#${item.target}`} onClick={(e) => goToField(e, item.target!)}>{item.message}</a> : item.message}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}

export function FieldError({ id, messages }: { id: string; messages: string[] }) {
  if (!messages.length) return null;
  return (
    <p className="field-error" id={id}>
      {messages.join(" ")}
    </p>
  );
}

/** aria props for an input with an optional hint and error. */
export function describe(name: string, errors: string[], hint = false) {
  const ids = [hint && `${name}-hint`, errors.length && `${name}-error`].filter(Boolean).join(" ");
  return { "aria-describedby": ids || undefined, "aria-invalid": errors.length ? true : undefined } as const;
}
