import { apiJson } from "@/lib/http";
import { openApiDocument } from "@/lib/openapi";

// Public: the document describes the API, not anyone's data.
export function GET() {
  return apiJson(openApiDocument());
}
