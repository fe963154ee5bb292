import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/openapi/document";

describe("OpenAPI document", () => {
  const doc = openApiDocument() as unknown as { openapi: string; paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { properties: Record<string, { enum?: string[]; properties?: object }> } }> } }>> };

  it("is OpenAPI 3.1 and lists every workspace, rating and provisioning route", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths).sort()).toEqual([
      "/api/v1/audit-events",
      "/api/v1/audit-events.csv",
      "/api/v1/clinic/settings",
      "/api/v1/episodes/{id}/alliance",
      "/api/v1/episodes/{id}/sessions",
      "/api/v1/patients",
      "/api/v1/patients/{id}",
      "/api/v1/patients/{id}/episodes",
      "/api/v1/patients/{id}/reassign",
      "/api/v1/ratings/{token}",
      "/api/v1/sessions/{id}/rating-link",
      "/api/v1/sessions/{id}/rating-status",
      "/api/v1/supervision",
      "/api/v1/supervision/summary",
      "/api/v1/supervision/{supervisorId}/{therapistId}",
      "/api/v1/users",
      "/api/v1/users/{id}",
      "/api/v1/users/{id}/password-reset",
    ]);
  });

  it("documents the provisioning routes, with the admin's 404 and no body on DELETE", () => {
    const ops = doc.paths as unknown as Record<string, Record<string, { requestBody?: unknown; responses: Record<string, { description: string }> }>>;
    expect(Object.keys(ops["/api/v1/users/{id}"]).sort()).toEqual(["get", "patch"]);
    expect(ops["/api/v1/users/{id}"].patch.responses["404"].description).toMatch(/not an administrator/);
    const remove = ops["/api/v1/supervision/{supervisorId}/{therapistId}"].delete;
    expect(remove.requestBody).toBeUndefined();
    expect(Object.keys(remove.responses)).not.toContain("415");
    const invite = doc.paths["/api/v1/users"].post.requestBody!.content["application/json"].schema;
    expect(invite.properties.roles).toBeTruthy();
  });

  it("takes request bodies from the validation schemas", () => {
    const session = doc.paths["/api/v1/episodes/{id}/sessions"].post.requestBody!.content["application/json"].schema;
    expect(session.properties.marker.enum).toEqual(["none", "withdrawal", "confrontation"]);
    expect(session.properties.repairStrategies).toBeTruthy();
    const rating = doc.paths["/api/v1/ratings/{token}"].post.requestBody!.content["application/json"].schema;
    expect(Object.keys(rating.properties.answers.properties ?? {})).toEqual(["bond", "goals", "tasks"]);
  });

  it("describes the rating route's statuses and its Idempotency-Key header", () => {
    const op = (doc.paths["/api/v1/ratings/{token}"].post as unknown) as { parameters: { name: string; in: string }[]; responses: Record<string, unknown> };
    expect(Object.keys(op.responses).sort()).toEqual(["200", "201", "400", "404", "410", "415", "422", "429"]);
    expect(op.parameters).toContainEqual(expect.objectContaining({ name: "Idempotency-Key", in: "header" }));
  });

  it("describes the supervision summary: its period, its statuses and the figures' reasons", () => {
    const op = (doc.paths["/api/v1/supervision/summary"].get as unknown) as { parameters: { name: string; in: string }[]; responses: Record<string, { content?: Record<string, { schema: { properties: Record<string, { items: { properties: Record<string, { properties: Record<string, { enum?: string[] }> }> } }> } }> }> };
    expect(op.parameters.map((p) => `${p.in}:${p.name}`)).toEqual(["query:from", "query:to"]);
    expect(Object.keys(op.responses).sort()).toEqual(["200", "401", "403", "422"]);
    const row = op.responses["200"].content!["application/json"].schema.properties.supervisees.items.properties;
    expect(row.repairRate.properties.reason.enum).toContain("no-ruptures-closed");
  });
});
