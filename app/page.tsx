import { redirect } from "next/navigation";
import { requirePageUser } from "@/lib/auth";
import { homePath } from "@/lib/roles";

// The role-aware home: each user lands where their work is.
export default async function Home() {
  redirect(homePath(await requirePageUser()));
}
