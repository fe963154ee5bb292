"use client";
import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/mutation";
import { answerCode } from "@/lib/errors";

// Declared here, not imported from lib/mutation: that module is server code (it reads the session),
// and a client component importing a value from it would pull it into the browser bundle.
export const idleState: FormState = { status: "idle" };

// Small pieces every workspace form shares: the error summary at the top and the message under
// a field. Field messages arrive in the user's language: zod's from its catalogues, our own rules'
// from their keys (lib/validation/messages.ts), on the server.
export function useFieldMessages(state: FormState) {
  return (field: string): string[] => state.fieldErrors?.[field] ?? [];
}

export function ErrorSummary({ state, id }: { state: FormState; id: string }) {
  const t = useTranslations("errors");
  const tw = useTranslations("workspaceErrors");
  if (state.status !== "error") return null;
  // Every code has its message (tests/integration/error-codes.test.ts); an unknown one reads as "internal".
  const code = answerCode(state.code);
  return (
    <p className="error-summary" role="alert" id={id} tabIndex={-1}>
      {t(code)} {state.fieldErrors ? tw("summary") : null}
    </p>
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
