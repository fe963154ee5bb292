import { z } from "zod";
import { isoDateField, todayIso } from "./form-input";
import { keyed } from "./messages";
import { fieldMessages, keyedCheck } from "./zod-locale";

// A supervisor's own note on a supervisee, for the form on the drill-down page. The text is free
// (it may name what was discussed), so it is bounded, never logged and never put in an audit detail.
export const NOTE_TEXT_MAX = 4000;
const id = z.string().trim().min(1).max(64);
// The meeting may be planned ahead (notes to prepare it) but not by more than a year, nor dated
// before the clinic could have used Bordin: a typo in the year is caught rather than stored.
export const MEETING_DATE_MIN = "2000-01-01";
const DAY = 86_400_000;
const latestMeetingDate = () => new Date(Date.parse(todayIso()) + 366 * DAY).toISOString().slice(0, 10);
const meetingDate = fieldMessages(
  isoDateField()
    .superRefine((v, ctx) => {
      if (/^\d{4}-\d{2}-\d{2}$/.test(v) && (v < MEETING_DATE_MIN || v > latestMeetingDate())) ctx.addIssue({ code: "custom", ...keyed("meetingDateRange") });
    })
    .meta({ description: "Date of the supervision meeting (YYYY-MM-DD), from 2000 to a year ahead.", example: "2026-03-02" }),
  { empty: "meetingDateRequired", invalid: "dateFormat" },
);
// Blank reads as "required", too long as our own message with the limit, in the user's language.
const text = z
  .string()
  .trim()
  .check(keyedCheck(z.maxLength(NOTE_TEXT_MAX), "noteTooLong"))
  .default("")
  .check(keyedCheck(z.minLength(1), "required"))
  .meta({ description: `The note, 1 to ${NOTE_TEXT_MAX} characters.` });

/** A new note: `id` is the supervisee (the therapist the page is about). */
export const noteCreateSchema = z.object({ id, meetingDate, text });
export type NoteCreateInput = z.output<typeof noteCreateSchema>;

/** A change to one of the supervisor's own notes: `id` is the note. */
export const noteUpdateSchema = z.object({ id, meetingDate, text });
export type NoteUpdateInput = z.output<typeof noteUpdateSchema>;

export const noteDeleteSchema = z.object({ id });
