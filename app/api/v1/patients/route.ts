import { apiMutation, apiRead } from "@/lib/http/api";
import { listPatients } from "@/lib/data/patients";
import { createPatientMutation } from "@/lib/mutations/patients";
import { patientJson } from "@/lib/data/api-views";
import { parseInput } from "@/lib/mutation";
import { apiLocale } from "@/lib/i18n/locale";
import { patientListQuery } from "@/lib/validation/patient";

export const GET = apiRead(undefined, async (user, _params, url, req) => {
  // Paging only: a patient code in a query string would end up in access logs.
  const query = parseInput(patientListQuery.omit({ q: true }), { page: url.searchParams.get("page") ?? undefined }, await apiLocale(user, req));
  const list = await listPatients(user, query);
  return { ...list, patients: list.patients.map(patientJson) };
});

export const POST = apiMutation(createPatientMutation, { status: 201, present: (r) => patientJson(r.patient) });
