import { defineMutation } from "@/lib/mutation";
import { createSupervisorNote, deleteSupervisorNote, updateSupervisorNote } from "@/lib/data/supervisor-notes";
import { noteCreateSchema, noteDeleteSchema, noteUpdateSchema } from "@/lib/validation/supervisor-note";

// The supervisor's own notes on a supervisee: written by that supervisor only (lib/data checks the
// pair and the author), shown on the supervisee's page and in the supervision report.
const supervisor = { roles: ["SUPERVISOR"] } as const;
const paths = (r: { therapistId: string }) => [`/supervision/therapists/${r.therapistId}`, "/supervision/report"];

export const createNoteMutation = defineMutation({ ...supervisor, schema: noteCreateSchema, run: createSupervisorNote, revalidate: paths });

export const updateNoteMutation = defineMutation({ ...supervisor, schema: noteUpdateSchema, run: updateSupervisorNote, revalidate: paths });

export const deleteNoteMutation = defineMutation({ ...supervisor, schema: noteDeleteSchema, run: deleteSupervisorNote, revalidate: paths });
