import { db } from "@/lib/db";

/** Whether the database answers a trivial query (the health check), without throwing. */
export async function databaseAnswers(): Promise<boolean> {
  try {
    await db.$queryRawUnsafe("SELECT 1");
    return true;
  } catch {
    return false;
  }
}
