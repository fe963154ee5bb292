import { addressOf } from "@/lib/auth";
import { apiJson, errorResponse, readJson } from "@/lib/http";
import { checkApiWrite } from "@/lib/request-guard";
import { submitRating } from "@/lib/data/ratings";
import { localeFromAcceptLanguage } from "@/lib/i18n/config";

// POST /api/v1/ratings/<token>: a patient's rating from an integration, validated by the same schema
// and stored by the same path as the form. 201 stored · 200 an identical retry (already stored,
// nothing new) · 409 a different rating was already submitted · 410 expired or revoked · 404 unknown
// · 415 not JSON · 422 invalid, with field messages (in the Accept-Language, English by default).
// The token, not the session cookie, is the credential here, so no Origin is required.
export async function POST(req: Request, ctx: { params: Promise<{ token: string }> }) {
  try {
    checkApiWrite(req, { cookieAuthenticated: false });
    const { token } = await ctx.params;
    const body = await readJson(req);
    const locale = localeFromAcceptLanguage(req.headers.get("accept-language")) ?? "en";
    const result = await submitRating({ token }, body, { locale, ip: addressOf(req.headers) });
    return apiJson({ status: result.status === "created" ? "stored" : "already-stored", submittedAt: result.submittedAt.toISOString() }, result.status === "created" ? 201 : 200);
  } catch (error) {
    return errorResponse(error);
  }
}
