import { describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import type { AuditRow } from "@/lib/data/audit-log";
import { CSV_COLUMNS, auditCsv, auditCsvFilename, neutralizeFormula } from "./csv";

const row = (over: Partial<AuditRow> = {}): AuditRow => ({ id: "e1", at: new Date("2026-01-15T10:00:00Z"), userId: "u1", userName: "Tone Terapeut", actor: "user", action: "episode.read", entity: "TreatmentEpisode", entityId: "ep1", ip: "10.0.0.1", detail: null, ...over });
const label = (a: string) => (a === "episode.read" ? "Viewed a treatment episode" : a);

describe("audit CSV", () => {
  it.each([
    ["=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"],
    ["+1", "'+1"],
    ["-1", "'-1"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["Åse Øvre", "Åse Øvre"],
    ["a=b", "a=b"],
    ["", ""],
  ])("neutralizes %j → %j", (input, expected) => {
    expect(neutralizeFormula(input)).toBe(expected);
  });

  it("writes a header, the clinic's local time and quotes what needs quoting", () => {
    const text = auditCsv([row(), row({ userName: 'Ola "Nordmann", jr.', detail: '{"ids":["p1","p2"]}', userId: null, at: new Date("2026-07-01T21:30:00Z") })], label, true);
    expect(text.startsWith("\uFEFF")).toBe(true);
    const rows = parse(text.slice(1), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0])).toEqual([...CSV_COLUMNS]);
    expect(rows[0]).toMatchObject({ time_utc: "2026-01-15T10:00:00.000Z", time_clinic: "2026-01-15 11:00:00", user: "Tone Terapeut", action_label: "Viewed a treatment episode", entity_id: "ep1" });
    expect(rows[1]).toMatchObject({ time_clinic: "2026-07-01 23:30:00", user: 'Ola "Nordmann", jr.', user_id: "", detail: '{"ids":["p1","p2"]}' });
  });

  it("a later batch has no header and no byte order mark", () => {
    const text = auditCsv([row({ userName: "=cmd" })], label, false);
    expect(text.startsWith("\uFEFF")).toBe(false);
    expect(parse(text)).toEqual([["2026-01-15T10:00:00.000Z", "2026-01-15 11:00:00", "'=cmd", "u1", "user", "episode.read", "Viewed a treatment episode", "TreatmentEpisode", "ep1", "10.0.0.1", ""]]);
  });

  it("names the file by the clinic's date only", () => {
    expect(auditCsvFilename(new Date("2026-01-15T23:30:00Z"))).toBe("bordin-audit-log-2026-01-16.csv");
  });
});
