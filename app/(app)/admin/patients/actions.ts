"use server";
import { formAction } from "@/lib/mutation";
import { reassignCaseloadMutation, reassignPatientMutation } from "@/lib/mutations/reassign";

// Back to the list the admin was working through (the form's `view`: the therapist filter, a user
// id), saying how many patients moved. User ids only in the address, never a patient's code.
const USER_ID = /^[A-Za-z0-9_-]{1,64}$/;
function listAfterMove(moved: number, view: FormDataEntryValue | null): string {
  const query = new URLSearchParams({ moved: String(moved) });
  if (typeof view === "string" && USER_ID.test(view)) query.set("therapist", view);
  return `/admin/patients?${query}`;
}

export const reassignPatientAction = formAction(reassignPatientMutation, { redirectTo: (_r, form) => listAfterMove(1, form.get("view")) });

/** After a whole caseload, the receiving therapist's list. */
export const reassignCaseloadAction = formAction(reassignCaseloadMutation, { redirectTo: (r) => listAfterMove(r.patients, r.toTherapistId) });
