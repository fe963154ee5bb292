import { describe, expect, it } from "vitest";
import type { RuleFiring } from "@/lib/alliance";
import type { FigureSession, Period } from "./figures";
import { triage, type TriageEpisode, type TriageRupture } from "./triage";
import { periodDays, periodOf } from "./period";

const period: Period = { from: new Date("2026-01-01T00:00:00Z"), to: new Date("2026-04-01T00:00:00Z") };
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const p = (total: number) => ({ bond: total, goals: total, tasks: total });

function sessions(totals: (number | null)[], therapist: (number | null)[] = []): FigureSession[] {
  return totals.map((total, i) => ({ number: i + 1, date: new Date(d("2026-01-05").getTime() + i * 7 * 86_400_000), patient: total === null ? null : p(total), therapist: therapist[i] == null ? null : p(therapist[i]!) }));
}
const marker: RuleFiring = { rule: "therapist-observed", session: 2, marker: "withdrawal", markerDimension: "bond" };
const rupture = (status: TriageRupture["status"], onsetDate: string | null): TriageRupture => ({ id: `r-${onsetDate}`, onset: 2, onsetDate: onsetDate ? d(onsetDate) : null, status, sessionsToRepair: null, rules: [marker], dimensions: ["bond"] });
const episode = (code: string, s: FigureSession[], ruptures: TriageRupture[] = [], therapistId = "t1"): TriageEpisode => ({ id: `e-${code}`, patientId: `p-${code}`, code, therapistId, therapistName: therapistId, sessions: s, ruptures });

const steady = sessions([80, 80, 80, 80]);
const world = [
  episode("GAP", sessions([60, 60, 60, 60], [85, 85, 85, 85])),
  episode("MISSING-4", sessions([80, 80, null, null, null, null])),
  episode("MISSING-3", sessions([80, 80, null, null, null])),
  episode("FALL-10", sessions([80, 80, 80, 70])),
  episode("FALL-20", sessions([80, 80, 80, 60]), [], "t2"),
  episode("OPEN-NEW", steady, [rupture("open", "2026-03-01")]),
  episode("UNREPAIRED", steady, [rupture("unrepaired", "2026-02-01")], "t2"),
  episode("OPEN-OLD", steady, [rupture("open", "2025-11-01")]),
  episode("QUIET", steady, [rupture("repaired", "2026-02-01"), rupture("unrepaired", "2025-12-01")]),
];

describe("triage", () => {
  it("orders ruptures (oldest first), then falling (steepest), missing ratings (longest run), wide gaps", () => {
    expect(triage(world, period, "en").map((e) => [e.code, e.items.map((i) => i.reason)])).toEqual([
      ["OPEN-OLD", ["rupture"]],
      ["UNREPAIRED", ["rupture"]],
      ["OPEN-NEW", ["rupture"]],
      ["FALL-20", ["falling"]],
      ["FALL-10", ["falling"]],
      ["MISSING-4", ["missing-ratings"]],
      ["MISSING-3", ["missing-ratings"]],
      ["GAP", ["wide-gap"]],
    ]);
  });

  it("gives each rupture the engine's explanation in the reader's language, and the numbers of the others", () => {
    const en = triage(world, period, "en");
    expect(en.find((e) => e.code === "OPEN-OLD")!.items[0]).toMatchObject({ status: "open", onset: 2, dimensions: ["bond"], explanation: ["The therapist logged a rupture marker: withdrawal, about strain in the bond."] });
    expect(triage(world, period, "nb").find((e) => e.code === "OPEN-OLD")!.items[0]).toMatchObject({ explanation: [expect.stringContaining("tilbaketrekning")] });
    expect(en.find((e) => e.code === "FALL-20")!.items[0]).toEqual({ reason: "falling", latest: 60, before: 80 });
    expect(en.find((e) => e.code === "MISSING-4")!.items[0]).toEqual({ reason: "missing-ratings", run: 4 });
    expect(en.find((e) => e.code === "GAP")!.items[0]).toEqual({ reason: "wide-gap", gap: 25, pairs: 4 });
  });

  it("filters by therapist and by reason, keeping every reason of an entry shown", () => {
    const both = episode("BOTH", sessions([80, 80, 80, 60, null, null, null]), [rupture("open", "2026-01-20")], "t2");
    expect(triage([...world, both], period, "en", { therapistId: "t2" }).map((e) => e.code)).toEqual(["BOTH", "UNREPAIRED", "FALL-20"]);
    const missing = triage([...world, both], period, "en", { reason: "missing-ratings" });
    expect(missing.map((e) => [e.code, e.items.map((i) => i.reason)])).toEqual([["BOTH", ["rupture", "falling", "missing-ratings"]], ["MISSING-4", ["missing-ratings"]], ["MISSING-3", ["missing-ratings"]]]);
  });

  it("looks no later than the period's end", () => {
    const late = episode("LATE", [...sessions([80, 80, 80]), { number: 4, date: d("2026-04-01"), patient: p(50), therapist: null }], [rupture("open", "2026-04-01")]);
    expect(triage([late], period, "en")).toEqual([]);
  });
});

describe("period", () => {
  it.each([
    [{ period: "4w" }, { from: "2026-03-04", to: "2026-03-31" }],
    [{ period: "3m" }, { from: "2026-01-01", to: "2026-03-31" }],
    [{ period: "12m" }, { from: "2025-04-01", to: "2026-03-31" }],
    [{ period: "custom", from: "2026-02-01", to: "2026-02-01" }, { from: "2026-02-01", to: "2026-02-01" }],
  ] as const)("%j ending 2026-03-31 covers %j", (choice, days) => {
    expect(periodDays(choice, "2026-03-31")).toEqual(days);
  });

  it("runs from the first day's midnight to the midnight after the last", () => {
    expect(periodOf({ from: "2026-02-01", to: "2026-02-01" })).toEqual({ from: d("2026-02-01"), to: d("2026-02-02") });
  });
});
