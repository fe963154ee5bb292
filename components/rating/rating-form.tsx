"use client";
import { useActionState, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";
import { initialRatingForm, type FormItem, type RatingFormState } from "@/lib/rating/form-state";
import type { AnswerCode } from "@/lib/errors";

// The patient's post-session form. A plain form POST to a server action, so it works with
// JavaScript off; with it on, the follow-up question appears only when something was difficult and
// each slider shows the number chosen.
const noop = () => () => {};
const useHydrated = () => useSyncExternalStore(noop, () => true, () => false);

type Props = {
  source: "link" | "code" | "handover";
  token?: string;
  formKey: string;
  items: FormItem[];
  commentMax: number;
  initial?: RatingFormState;
  action: (state: RatingFormState, form: FormData) => Promise<RatingFormState>;
};

export function RatingForm({ source, token, formKey, items, commentMax, initial, action: submitRatingForm }: Props) {
  // Without JavaScript the form posts to the permalink, a plain route handler (see app/r/submit).
  const [state, action, pending] = useActionState<RatingFormState, FormData>(submitRatingForm, initial ?? initialRatingForm, "/r/submit");
  const t = useTranslations("ratingForm");
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === "error") summary.current?.focus();
  }, [state]);
  const errors = Object.entries(state.fieldErrors ?? {});
  return (
    <form action={action} className="stack rating-form" noValidate>
      <input type="hidden" name="source" value={source} />
      {token && <input type="hidden" name="token" value={token} />}
      {/* Drawn on the server for each form shown: sending this form twice stores one rating. */}
      <input type="hidden" name="idempotencyKey" value={formKey} />
      {state.status === "error" && (
        <div ref={summary} tabIndex={-1} role="alert" className="error-summary">
          {errors.length ? (
            <>
              <p className="rating-summary-title">{t("errorSummary")}</p>
              <ul>
                {errors.map(([field, messages]) => (
                  <li key={field}><a href={`#${anchorFor(field)}`}>{messages[0]}</a></li>
                ))}
              </ul>
            </>
          ) : (
            <p>{t(errorKey(state.code))}</p>
          )}
        </div>
      )}
      <RatingFields key={state.attempt} items={items} state={state} commentMax={commentMax} />
      <button type="submit" className="button rating-submit" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}

function errorKey(code: AnswerCode | undefined) {
  return code === "gone" || code === "not_found" || code === "rate_limited" ? code : "internal";
}

function anchorFor(field: string): string {
  if (field === "difficulty") return "difficulty-none";
  if (field === "talkedAbout") return "talkedAbout-no";
  return field.replace(".", "-");
}

function RatingFields({ items, state, commentMax }: { items: FormItem[]; state: RatingFormState; commentMax: number }) {
  const t = useTranslations("ratingForm");
  const hydrated = useHydrated();
  const values = state.values ?? {};
  const errorOf = (field: string) => state.fieldErrors?.[field]?.[0];
  const [difficulty, setDifficulty] = useState(values.difficulty ?? "");
  const showTalked = !hydrated || difficulty === "some" || difficulty === "a-lot";
  return (
    <>
      {items.map((item) => (
        <Slider key={item.id} item={item} initial={values[`answers.${item.id}`]} error={errorOf(`answers.${item.id}`)} hydrated={hydrated} />
      ))}
      <Choices
        name="difficulty"
        legend={t("difficulty")}
        options={[["none", t("difficultyNone")], ["some", t("difficultySome")], ["a-lot", t("difficultyALot")]]}
        initial={values.difficulty}
        error={errorOf("difficulty")}
        onChange={setDifficulty}
      />
      {showTalked && (
        <Choices
          name="talkedAbout"
          legend={t("talkedAbout")}
          hint={hydrated ? undefined : t("talkedAboutHint")}
          options={[["no", t("talkedNo")], ["partly", t("talkedPartly")], ["yes", t("talkedYes")]]}
          initial={values.talkedAbout}
          error={errorOf("talkedAbout")}
        />
      )}
      <div className="field">
        <label htmlFor="comment">{t("comment")}</label>
        <p id="comment-hint" className="rating-hint">{t("commentHint", { max: commentMax })}</p>
        {errorOf("comment") && <p id="comment-error" className="field-error">{errorOf("comment")}</p>}
        <textarea id="comment" name="comment" rows={3} maxLength={commentMax} defaultValue={values.comment ?? ""}
          aria-describedby={errorOf("comment") ? "comment-hint comment-error" : "comment-hint"} aria-invalid={errorOf("comment") ? true : undefined} />
      </div>
    </>
  );
}

function Slider({ item, initial, error, hydrated }: { item: FormItem; initial?: string; error?: string; hydrated: boolean }) {
  const t = useTranslations("ratingForm");
  const id = `answers-${item.id}`;
  const start = initial && /^\d+$/.test(initial) ? Number(initial) : Math.round((item.min + item.max) / 2);
  const [value, setValue] = useState(start);
  const ticks = Array.from({ length: item.max - item.min + 1 }, (_, i) => item.min + i);
  return (
    <div className="field rating-item">
      <label htmlFor={id}>{item.label}</label>
      <p id={`${id}-hint`} className="rating-hint">{t("scaleHint", { min: item.minLabel, max: item.maxLabel })}</p>
      {error && <p id={`${id}-error`} className="field-error">{error}</p>}
      <input type="range" id={id} name={`answers.${item.id}`} min={item.min} max={item.max} step={1} defaultValue={start}
        onChange={(e) => setValue(Number(e.target.value))}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`} aria-invalid={error ? true : undefined} />
      {/* Numbers under the track, so the scale can be read without JavaScript too. */}
      <div className="rating-ticks" aria-hidden="true">{ticks.map((n) => <span key={n}>{n}</span>)}</div>
      {hydrated && <output htmlFor={id} className="rating-value">{t("yourAnswer", { value })}</output>}
    </div>
  );
}

type ChoicesProps = { name: string; legend: string; hint?: string; options: [string, string][]; initial?: string; error?: string; onChange?: (v: string) => void };

function Choices({ name, legend, hint, options, initial, error, onChange }: ChoicesProps) {
  const described = [hint && `${name}-hint`, error && `${name}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset className="rating-choices" aria-describedby={described}>
      <legend className="legend">{legend}</legend>
      {hint && <p id={`${name}-hint`} className="rating-hint">{hint}</p>}
      {error && <p id={`${name}-error`} className="field-error">{error}</p>}
      <div className="rating-options">
        {options.map(([value, label]) => (
          <label key={value} className="rating-option" htmlFor={`${name}-${value}`}>
            <input type="radio" id={`${name}-${value}`} name={name} value={value} defaultChecked={initial === value} onChange={() => onChange?.(value)} />
            <span>{label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
