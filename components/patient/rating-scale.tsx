/** @jsxImportSource preact */
import type { FormItem } from "@/lib/rating/form-state";

// One question of the patient's form as eleven radio buttons, 0 to 10, each with its number: it
// starts unanswered (a preset value would anchor the answer, and an untouched item would be stored
// as a score), and it works the same with JavaScript off. Styled as a row of buttons (two rows on a
// phone), each target at least 44 px.
type Props = { item: FormItem; hint: string; initial?: string; error?: string };

export function RatingScale({ item, hint, initial, error }: Props) {
  const id = `answers-${item.id}`;
  const numbers = Array.from({ length: item.max - item.min + 1 }, (_, i) => item.min + i);
  return (
    <fieldset id={id} role="radiogroup" aria-required="true" aria-invalid={error ? "true" : undefined} className="rating-item" aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}>
      <legend className="legend">{item.label}</legend>
      <p id={`${id}-hint`} className="rating-hint">{hint}</p>
      {error && <p id={`${id}-error`} className="field-error">{error}</p>}
      <div className={error ? "rating-scale rating-scale-invalid" : "rating-scale"}>
        {numbers.map((n) => (
          <label key={n} className="rating-number" htmlFor={`${id}-${n}`}>
            <input type="radio" id={`${id}-${n}`} name={`answers.${item.id}`} value={n} checked={initial === String(n)} />
            <span>{n}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
