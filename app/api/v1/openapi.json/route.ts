import { NextResponse } from "next/server";
import { openApiDocument } from "@/lib/openapi";

// Public: the document describes the API, not anyone's data.
export function GET() {
  return NextResponse.json(openApiDocument());
}
