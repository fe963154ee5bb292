import { db } from "@/lib/db";
import { apiJson } from "@/lib/http";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    await db.$queryRawUnsafe("SELECT 1");
    return apiJson({ status: "ok", db: "ok" });
  } catch {
    return apiJson({ status: "error", db: "unreachable", reason: "The database did not answer." }, 503);
  }
}
