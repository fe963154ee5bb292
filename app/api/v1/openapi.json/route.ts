import { apiJson } from "@/lib/http/api";
import { openApiDocument } from "@/lib/openapi/document";

// Public: the document describes the API, not anyone's data.
export function GET() {
  return apiJson(openApiDocument());
}
