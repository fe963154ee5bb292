/** @jsxImportSource preact */
import type { AnswerCode } from "@/lib/errors";
import { initialRatingForm, type FormItem, type RatingFormState } from "@/lib/rating/form-state";
import { RatingScale } from "@/components/patient/rating-scale";
import type { Translate } from "@/components/patient/types";

// The patient's post-session form: plain HTML and a plain POST to app/r/submit, the same with
// JavaScript on or off. After a refused POST the page comes back with the answers given (from the
// flash cookie), a message at each unanswered item, and focus on the error summary (the `autofocus`
// attribute: no script needed).
type Props = {
  t: Translate;
  source: "link" | "code" | "handover";
  token?: string;
  formKey: string;
  items: FormItem[];
  commentMax: number;
  initial?: RatingFormState;
};

export function RatingForm({ t, source, token, formKey, items, commentMax, initial }: Props) {
  const state = initial ?? initialRatingForm;
  const errors = Object.entries(state.fieldErrors ?? {});
  const values = state.values ?? {};
  const errorOf = (field: string) => state.fieldErrors?.[field]?.[0];
  return (
    <form method="post" action="/r/submit" className="stack rating-form" noValidate>
      <input type="hidden" name="source" value={source} />
      {token && <input type="hidden" name="token" value={token} />}
      {/* Drawn on the server for each form shown: sending this form twice stores one rating. */}
      <input type="hidden" name="idempotencyKey" value={formKey} />
      {state.status === "error" && (
        <div tabIndex={-1} autoFocus role="alert" className="error-summary" id="rating-errors">
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
      {items.map((item) => (
        <RatingScale key={item.id} item={item} hint={t("scaleHint", { min: item.minLabel, max: item.maxLabel })}
          initial={values[`answers.${item.id}`]} error={errorOf(`answers.${item.id}`)} />
      ))}
      <Choices name="difficulty" required legend={t("difficulty")} initial={values.difficulty} error={errorOf("difficulty")}
        options={[["none", t("difficultyNone")], ["some", t("difficultySome")], ["a-lot", t("difficultyALot")]]} />
      {/* Shown only after "a little" or "a lot" where the browser supports :has() (app/globals.css);
          elsewhere always shown, with the hint saying when to answer it. */}
      <Choices name="talkedAbout" legend={t("talkedAbout")} hint={t("talkedAboutHint")} initial={values.talkedAbout} error={errorOf("talkedAbout")}
        options={[["no", t("talkedNo")], ["partly", t("talkedPartly")], ["yes", t("talkedYes")]]} className="rating-talked" />
      <div className="field">
        <label htmlFor="comment">{t("comment")}</label>
        <p id="comment-hint" className="rating-hint">{t("commentHint", { max: commentMax })}</p>
        {errorOf("comment") && <p id="comment-error" className="field-error">{errorOf("comment")}</p>}
        <textarea id="comment" name="comment" rows={3} maxLength={commentMax} value={values.comment ?? ""}
          aria-describedby={errorOf("comment") ? "comment-hint comment-error" : "comment-hint"} aria-invalid={errorOf("comment") ? "true" : undefined} />
      </div>
      <button type="submit" className="button rating-submit">{t("submit")}</button>
    </form>
  );
}

function errorKey(code: AnswerCode | undefined) {
  return code === "gone" || code === "not_found" || code === "rate_limited" ? code : "internal";
}

/** The error summary's link target: the question's fieldset (its legend scrolls into view). */
function anchorFor(field: string): string {
  if (field === "difficulty" || field === "talkedAbout") return field;
  return field.replace(".", "-");
}

type ChoicesProps = { name: string; legend: string; hint?: string; options: [string, string][]; initial?: string; error?: string; className?: string; required?: boolean };

function Choices({ name, legend, hint, options, initial, error, className, required }: ChoicesProps) {
  const described = [hint && `${name}-hint`, error && `${name}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset id={name} role="radiogroup" aria-required={required ? "true" : undefined} aria-invalid={error ? "true" : undefined}
      className={className ? `rating-choices ${className}` : "rating-choices"} aria-describedby={described}>
      <legend className="legend">{legend}</legend>
      {hint && <p id={`${name}-hint`} className="rating-hint rating-talked-hint">{hint}</p>}
      {error && <p id={`${name}-error`} className="field-error">{error}</p>}
      <div className="rating-options">
        {options.map(([value, label]) => (
          <label key={value} className="rating-option" htmlFor={`${name}-${value}`}>
            <input type="radio" id={`${name}-${value}`} name={name} value={value} checked={initial === value} />
            <span>{label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
