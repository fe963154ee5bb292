"use server";
import { formAction } from "@/lib/mutation";
import { createNoteMutation, deleteNoteMutation, updateNoteMutation } from "@/lib/mutations/supervisor-notes";

// Back to the supervisee's page, at the notes, saying what was done (no text in the URL).
const back = (done: string) => (r: { therapistId: string }) => `/supervision/therapists/${r.therapistId}?done=${done}#supervisor-notes`;

export const createNoteAction = formAction(createNoteMutation, { redirectTo: back("created") });

export const updateNoteAction = formAction(updateNoteMutation, { redirectTo: back("updated") });

export const deleteNoteAction = formAction(deleteNoteMutation, { redirectTo: back("deleted") });
