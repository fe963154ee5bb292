import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/openapi/document";

type Op = { parameters?: { name: string; in: string }[]; requestBody?: { content: Record<string, { schema: { properties: Record<string, { properties?: Record<string, unknown> }> } }> }; responses: Record<string, { content?: Record<string, unknown> }> };

describe("OpenAPI: clinic settings and audit log", () => {
  const paths = openApiDocument().paths as unknown as Record<string, Record<string, Op>>;

  it("documents GET and PATCH of the settings, the body from the engine's own parameter schema", () => {
    expect(Object.keys(paths["/api/v1/clinic/settings"]).sort()).toEqual(["get", "patch"]);
    const patch = paths["/api/v1/clinic/settings"].patch;
    const body = patch.requestBody!.content["application/json"].schema;
    expect(Object.keys(body.properties).sort()).toEqual(["defaultLocale", "engineParams", "instrument", "name", "ratingLinkHours"]);
    expect(Object.keys(body.properties.engineParams.properties ?? {})).toEqual(expect.arrayContaining(["cutoff", "drop", "k", "sdFloor", "window", "norms", "rciCritical", "rules"]));
    expect(Object.keys(patch.responses).sort()).toEqual(["200", "401", "403", "404", "409", "415", "422"]);
  });

  it("documents the audit log's filters, its paging and the CSV download", () => {
    const list = paths["/api/v1/audit-events"].get;
    expect(list.parameters!.map((p) => p.name)).toEqual(["userId", "action", "from", "to", "patientId", "page"]);
    expect(JSON.stringify(list.responses["404"])).toMatch(/not an administrator/);
    const csv = paths["/api/v1/audit-events.csv"].get;
    expect(Object.keys(csv.responses["200"].content ?? {})).toEqual(["text/csv"]);
    expect(csv.parameters!.map((p) => p.name)).not.toContain("page");
  });
});
