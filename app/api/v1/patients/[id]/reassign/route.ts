import { apiMutation } from "@/lib/http/api";
import { reassignPatientMutation } from "@/lib/mutations/reassign";

// A reassignment is recorded (audited) as a new fact about the patient, hence 201.
export const POST = apiMutation(reassignPatientMutation, { status: 201 });
