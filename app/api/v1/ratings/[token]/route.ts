import { addressOf } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { apiJson, errorResponse, readJson } from "@/lib/http/api";
import { checkApiWrite } from "@/lib/http/request-guard";
import { submitRating } from "@/lib/data/ratings";
import { idempotencyKeyOf } from "@/lib/rating/token";
import { localeFromAcceptLanguage } from "@/lib/i18n/config";

// POST /api/v1/ratings/<token>: a patient's rating from an integration, validated by the same schema
// and stored by the same path as the form. 201 stored · 200 a retry with the stored rating's
// Idempotency-Key within 10 minutes (already stored, nothing new) · 410 used, expired or revoked,
// the same answer whatever the body · 429 too many refused submissions for this link · 404 unknown
// · 415 not JSON · 422 invalid, with field messages (in the Accept-Language, English by default).
// The token, not the session cookie, is the credential here, so no Origin is required.
export async function POST(req: Request, ctx: { params: Promise<{ token: string }> }) {
  try {
    checkApiWrite(req, { cookieAuthenticated: false });
    const { token } = await ctx.params;
    const header = req.headers.get("idempotency-key");
    const idempotencyKey = idempotencyKeyOf(header);
    if (header !== null && !idempotencyKey) throw new AppError(400, "bad_idempotency_key", "The Idempotency-Key header must be 1 to 255 visible ASCII characters.");
    const body = await readJson(req);
    const locale = localeFromAcceptLanguage(req.headers.get("accept-language")) ?? "en";
    const result = await submitRating({ token }, body, { locale, ip: addressOf(req.headers), idempotencyKey });
    return apiJson({ status: result.status === "created" ? "stored" : "already-stored", submittedAt: result.submittedAt.toISOString() }, result.status === "created" ? 201 : 200);
  } catch (error) {
    const res = errorResponse(error);
    if (res.status === 429) res.headers.set("Retry-After", "900");
    return res;
  }
}
