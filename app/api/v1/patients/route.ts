import { apiMutation, apiRead } from "@/lib/http/api";
import { listPatients } from "@/lib/data/patients";
import { createPatientMutation } from "@/lib/mutations/patients";
import { patientJson } from "@/lib/data/api-views";
import { invalid } from "@/lib/errors";
import { fieldErrors } from "@/lib/mutation";
import { patientListQuery } from "@/lib/validation/patient";

export const GET = apiRead(undefined, async (user, _params, url) => {
  // Paging only: a patient code in a query string would end up in access logs.
  const parsed = patientListQuery.omit({ q: true }).safeParse({ page: url.searchParams.get("page") ?? undefined });
  if (!parsed.success) throw invalid(fieldErrors(parsed.error));
  const list = await listPatients(user, parsed.data);
  return { ...list, patients: list.patients.map(patientJson) };
});

export const POST = apiMutation(createPatientMutation, { status: 201, present: (r) => patientJson(r.patient) });
