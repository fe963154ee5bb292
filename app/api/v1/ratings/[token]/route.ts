import { NextResponse } from "next/server";
import { addressOf } from "@/lib/auth";
import { errorResponse, readJson } from "@/lib/http";
import { submitRating } from "@/lib/data/ratings";
import { localeFromAcceptLanguage } from "@/lib/i18n/config";

// POST /api/v1/ratings/<token>: a patient's rating from an integration, validated by the same schema
// and stored by the same path as the form. 201 stored · 200 an identical retry (already stored,
// nothing new) · 409 a different rating was already submitted · 410 expired or revoked · 404 unknown
// · 422 invalid, with field messages (in the Accept-Language, English by default).
export async function POST(req: Request, ctx: { params: Promise<{ token: string }> }) {
  try {
    const { token } = await ctx.params;
    const body = await readJson(req);
    const locale = localeFromAcceptLanguage(req.headers.get("accept-language")) ?? "en";
    const result = await submitRating({ token }, body, { locale, ip: addressOf(req.headers) });
    return NextResponse.json(
      { status: result.status === "created" ? "stored" : "already-stored", submittedAt: result.submittedAt.toISOString() },
      { status: result.status === "created" ? 201 : 200, headers: { "Cache-Control": "no-store" } },
    );
  } catch (error) {
    return errorResponse(error);
  }
}
