import { z } from "zod";
import { answersSchema, type Difficulty, type Instrument, type TalkedAbout } from "@/lib/alliance";
import type { Locale } from "@/lib/i18n/config";

// The one schema of a patient's rating, shared by the form, the REST API and the OpenAPI document.
// Answers are keyed by the instrument's item ids (bond, goals, tasks for the default instrument).
export const COMMENT_MAX = 1000;
export const DIFFICULTY_VALUES = ["none", "some", "a-lot"] as const satisfies readonly Difficulty[];
export const TALKED_ABOUT_VALUES = ["no", "partly", "yes"] as const satisfies readonly TalkedAbout[];

const MESSAGES = {
  en: {
    difficulty: "Choose whether anything was difficult today.",
    talkedAbout: "Choose no, partly or yes.",
    talkedAboutNotAsked: "Only answer this when something was difficult.",
    comment: `The comment can be at most ${COMMENT_MAX} characters.`,
    answers: "The answers are missing.",
  },
  nb: {
    difficulty: "Velg om noe var vanskelig i dag.",
    talkedAbout: "Velg nei, delvis eller ja.",
    talkedAboutNotAsked: "Svar bare på dette når noe var vanskelig.",
    comment: `Kommentaren kan være på høyst ${COMMENT_MAX} tegn.`,
    answers: "Svarene mangler.",
  },
} as const;

export function ratingSubmissionSchema(instrument: Instrument, locale: Locale = "en") {
  const msg = MESSAGES[locale];
  return z
    .strictObject({
      answers: z.custom<unknown>((v) => v !== undefined && v !== null, { error: msg.answers }).pipe(answersSchema(instrument, { locale })),
      difficulty: z.enum(DIFFICULTY_VALUES, { error: msg.difficulty }),
      talkedAbout: z.enum(TALKED_ABOUT_VALUES, { error: msg.talkedAbout }).nullish(),
      comment: z
        .string({ error: msg.comment })
        .trim()
        .max(COMMENT_MAX, { error: msg.comment })
        .nullish()
        .transform((c) => (c ? c : null)),
    })
    .superRefine((value, ctx) => {
      // "Did you talk about it?" follows only a "yes, something was difficult".
      if (value.difficulty === "none" && value.talkedAbout) {
        ctx.addIssue({ code: "custom", path: ["talkedAbout"], message: msg.talkedAboutNotAsked });
      }
    })
    .transform((value) => ({ ...value, talkedAbout: value.talkedAbout ?? null }));
}

export type RatingSubmission = z.output<ReturnType<typeof ratingSubmissionSchema>>;

/**
 * The rating form's fields as the API's JSON shape: `answers.<item>` fields become numbers in
 * `answers`, and the talked-about answer is dropped when nothing was difficult (without JavaScript
 * that question is always on the page, so it may be answered by mistake).
 */
export function ratingFormToRaw(form: FormData): Record<string, unknown> {
  const text = (name: string) => {
    const v = form.get(name);
    return typeof v === "string" && v.trim() !== "" ? v : undefined;
  };
  const answers: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (!key.startsWith("answers.") || typeof value !== "string") continue;
    answers[key.slice("answers.".length)] = /^-?\d+$/.test(value.trim()) ? Number(value) : value;
  }
  const difficulty = text("difficulty");
  return {
    answers,
    difficulty,
    talkedAbout: difficulty && difficulty !== "none" ? text("talkedAbout") : undefined,
    comment: text("comment"),
  };
}

/** Which session a rating link is for (route param `id`, or a hidden form field of the same name). */
export const ratingLinkRequestSchema = z.object({ id: z.string().trim().min(1).max(64) });
