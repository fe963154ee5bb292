import { defineMutation } from "@/lib/mutation";
import { reassignCaseload, reassignPatient } from "@/lib/data/patient-reassign";
import { caseloadReassignSchema, patientReassignSchema } from "@/lib/validation/users";

// Moving patients, with all their treatment episodes, to another therapist of the clinic: an
// administrator's task (hidden from other roles), done by patient code only.
const admin = { roles: ["ADMIN"], hideFromOtherRoles: true } as const;
const paths = () => ["/admin/patients", "/caseload", "/supervision"];

export const reassignPatientMutation = defineMutation({ ...admin, schema: patientReassignSchema, run: reassignPatient, revalidate: paths });

/** Every patient of one therapist (a leaver's caseload) to another. */
export const reassignCaseloadMutation = defineMutation({ ...admin, schema: caseloadReassignSchema, run: reassignCaseload, revalidate: paths });
