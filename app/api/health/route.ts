import { databaseAnswers } from "@/lib/data/health";
import { apiJson } from "@/lib/http/api";

export const dynamic = "force-dynamic";

export async function GET() {
  if (await databaseAnswers()) return apiJson({ status: "ok", db: "ok" });
  return apiJson({ status: "error", db: "unreachable", reason: "The database did not answer." }, 503);
}
