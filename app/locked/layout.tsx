import { PatientShell } from "@/components/rating/patient-shell";

// The lock screen of a handed-over tablet: nothing of the therapist's until the password is given.
export default function LockedLayout({ children }: { children: React.ReactNode }) {
  return <PatientShell returnTo="/locked">{children}</PatientShell>;
}
