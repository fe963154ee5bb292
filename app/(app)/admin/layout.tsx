import { requirePageUser } from "@/lib/auth";
import { AdminNav } from "@/components/admin/admin-nav";

// The admin area: every page under it is for the clinic's administrators only (a 404 to any other
// role). Each page checks again itself, as layouts do not run on every navigation.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  await requirePageUser(["ADMIN"]);
  return (
    <>
      <AdminNav />
      {children}
    </>
  );
}
