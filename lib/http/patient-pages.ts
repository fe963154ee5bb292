// The pages a patient sees, and the handed-over tablet's lock screen. They load no client component
// of ours (plain server-rendered forms), so the root layout leaves out next-intl's client provider
// for them, which would otherwise cost every patient's phone its runtime and the whole message
// catalogue (docs/benchmarks.md, "First-load JavaScript"). proxy.ts marks their requests with this
// header; the header a client sends is always replaced.
export const PATIENT_PAGE_HEADER = "x-bordin-patient-page";

const PATIENT_PAGES = [/^\/r$/, /^\/r\//, /^\/handover$/, /^\/locked$/];

export function isPatientPage(path: string): boolean {
  return PATIENT_PAGES.some((re) => re.test(path));
}
