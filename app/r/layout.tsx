import { redirect } from "next/navigation";
import { setupOpen } from "@/lib/data/setup";

// The patient's pages are the only ones a visitor reaches without the login page, so they too lead
// to the first run while the installation has no clinic (and so no rating link).
export default async function PatientPagesLayout({ children }: { children: React.ReactNode }) {
  if (await setupOpen()) redirect("/setup");
  return children;
}
