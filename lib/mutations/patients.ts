import { createPatient } from "@/lib/data/patients";
import { defineMutation } from "@/lib/mutation";
import { patientCreateRequest } from "@/lib/validation/patient";

/** A new patient; with a modality (the form always sends one) their first treatment episode too. */
export const createPatientMutation = defineMutation({
  roles: ["THERAPIST"],
  schema: patientCreateRequest,
  form: { numbers: ["birthYear"], lines: ["goals"], required: ["startDate"] },
  run: (user, { modality, goals, startDate, ...patient }) => createPatient(user, modality ? { ...patient, modality, goals, startDate } : patient),
  revalidate: () => ["/caseload"],
});
