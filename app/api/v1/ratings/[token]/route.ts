import { NextResponse } from "next/server";
import { addressOf } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { errorResponse, readJson } from "@/lib/http";
import { submitRating } from "@/lib/data/ratings";
import { idempotencyKeyOf } from "@/lib/rating-token";
import { localeFromAcceptLanguage } from "@/lib/i18n/config";

// POST /api/v1/ratings/<token>: a patient's rating from an integration, validated by the same schema
// and stored by the same path as the form. 201 stored · 200 a retry with the stored rating's
// Idempotency-Key within 10 minutes (already stored, nothing new) · 410 used, expired or revoked,
// the same answer whatever the body · 429 too many refused submissions for this link · 404 unknown
// · 422 invalid, with field messages (in the Accept-Language, English by default).
export async function POST(req: Request, ctx: { params: Promise<{ token: string }> }) {
  try {
    const { token } = await ctx.params;
    const header = req.headers.get("idempotency-key");
    const idempotencyKey = idempotencyKeyOf(header);
    if (header !== null && !idempotencyKey) throw new AppError(400, "bad_idempotency_key", "The Idempotency-Key header must be 1 to 255 visible ASCII characters.");
    const body = await readJson(req);
    const locale = localeFromAcceptLanguage(req.headers.get("accept-language")) ?? "en";
    const result = await submitRating({ token }, body, { locale, ip: addressOf(req.headers), idempotencyKey });
    return NextResponse.json(
      { status: result.status === "created" ? "stored" : "already-stored", submittedAt: result.submittedAt.toISOString() },
      { status: result.status === "created" ? 201 : 200, headers: { "Cache-Control": "no-store" } },
    );
  } catch (error) {
    const res = errorResponse(error);
    if (res.status === 429) res.headers.set("Retry-After", "900");
    return res;
  }
}
