import { AppError } from "@/lib/errors";

/** The HTTP status a data-layer call would answer with: 200, or the AppError's status. */
export async function statusOf(run: () => Promise<unknown>): Promise<number> {
  try {
    await run();
    return 200;
  } catch (e) {
    if (e instanceof AppError) return e.status;
    throw e;
  }
}
