import { PatientShell } from "@/components/rating/patient-shell";

export default function HandoverLayout({ children }: { children: React.ReactNode }) {
  return <PatientShell returnTo="/handover">{children}</PatientShell>;
}
