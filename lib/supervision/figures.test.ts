import { describe, expect, it } from "vitest";
import { byAttention, episodeStats, superviseeFigures, supervisionSummary, type Caseload, type FigureEpisode, type FigureRupture, type FigureSession, type Period } from "./figures";
import { median, olsSlope, sumsOf } from "./stats";

// Hand-made caseloads: each row says what a supervisor should read off the figures.
const period: Period = { from: new Date("2026-01-01T00:00:00Z"), to: new Date("2026-04-01T00:00:00Z") };
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const p = (total: number) => ({ bond: total, goals: total, tasks: total });

/** Weekly sessions from `start`: a number is a patient total, null unrated; `t` adds the therapist's. */
function sessions(start: string, totals: (number | null)[], therapist: (number | null)[] = []): FigureSession[] {
  return totals.map((total, i) => ({
    number: i + 1,
    date: new Date(d(start).getTime() + i * 7 * 86_400_000),
    patient: total === null ? null : p(total),
    therapist: therapist[i] == null ? null : p(therapist[i]!),
  }));
}
const rupture = (status: FigureRupture["status"], onsetDate: string | null, sessionsToRepair: number | null = null): FigureRupture => ({ id: `r-${status}-${onsetDate}-${sessionsToRepair}`, onset: 2, onsetDate: onsetDate ? d(onsetDate) : null, status, sessionsToRepair });
function episode(id: string, s: FigureSession[], ruptures: FigureRupture[] = [], extra: Partial<FigureEpisode> = {}): FigureEpisode {
  return { id, patientId: `p-${id}`, startDate: d("2025-10-01"), endDate: null, stats: episodeStats(s, period), ruptures, ...extra };
}
const caseload = (name: string, episodes: FigureEpisode[]): Caseload => ({ therapistId: `t-${name}`, name, episodes });

describe("supervisee figures", () => {
  it.each([
    ["all rated", [[80, 80, 80, 80, 80]], { sessions: 5, ratedSessions: 5, completion: { value: 1 } }],
    ["three of five rated", [[80, null, 80, null, 80]], { sessions: 5, ratedSessions: 3, completion: { value: 0.6 } }],
    ["pooled over episodes", [[80, null, 80], [null, 70, 70]], { sessions: 6, ratedSessions: 4, completion: { value: 4 / 6 } }],
    ["too few sessions", [[80, 80, 80, 80]], { sessions: 4, completion: { value: null, reason: "too-few-sessions" } }],
    ["no sessions at all", [], { sessions: 0, completion: { value: null, reason: "too-few-sessions" } }],
  ] as const)("completion: %s", (_, totals, expected) => {
    const f = superviseeFigures(caseload("A", totals.map((t, i) => episode(`e${i}`, sessions("2026-01-05", [...t])))), period);
    expect(f).toMatchObject(expected);
  });

  it("counts only sessions dated in the period (from included, to excluded)", () => {
    const edges = ["2025-12-31", "2026-01-01", "2026-03-31", "2026-04-01"].map((date, i) => ({ number: i + 1, date: d(date), patient: i === 2 ? null : p(80), therapist: null }));
    const f = superviseeFigures(caseload("A", [episode("e", edges)]), period);
    expect([f.sessions, f.ratedSessions]).toEqual([2, 1]);
  });

  it.each([
    ["two repaired, one unrepaired", [rupture("repaired", "2026-01-10", 2), rupture("repaired", "2026-02-10", 4), rupture("unrepaired", "2026-02-01")], { open: 0, repaired: 2, unrepaired: 1 }, { value: 2 / 3 }, { value: 3 }],
    ["open ones are undecided", [rupture("open", "2026-03-01"), rupture("repaired", "2026-01-10", 0)], { open: 1, repaired: 1, unrepaired: 0 }, { value: 1 }, { value: 0 }],
    ["only unrepaired", [rupture("unrepaired", "2026-01-10")], { open: 0, repaired: 0, unrepaired: 1 }, { value: 0 }, { value: null, reason: "no-repairs" }],
    ["nothing closed", [rupture("open", "2026-01-10")], { open: 1, repaired: 0, unrepaired: 0 }, { value: null, reason: "no-ruptures-closed" }, { value: null, reason: "no-repairs" }],
    ["odd count: the middle one", [rupture("repaired", "2026-01-10", 1), rupture("repaired", "2026-01-11", 5), rupture("repaired", "2026-01-12", 2)], { open: 0, repaired: 3, unrepaired: 0 }, { value: 1 }, { value: 2 }],
    ["onset outside the period is left out", [rupture("repaired", "2025-12-31", 9), rupture("unrepaired", "2026-04-01"), rupture("open", null)], { open: 0, repaired: 0, unrepaired: 0 }, { value: null, reason: "no-ruptures-closed" }, { value: null, reason: "no-repairs" }],
  ] as const)("ruptures, repair rate and median sessions to repair: %s", (_, ruptures, counts, repairRate, medianSessionsToRepair) => {
    const f = superviseeFigures(caseload("A", [episode("e", sessions("2026-01-05", [80, 80]), [...ruptures])]), period);
    expect(f.ruptures).toEqual(counts);
    expect(f.repairRate).toEqual(repairRate);
    expect(f.medianSessionsToRepair).toEqual(medianSessionsToRepair);
  });

  it.each([
    ["therapist 10 above in three sessions", [70, 70, 70], [80, 80, 80], { value: 10 }],
    ["therapist below the patient", [80, 90, 70], [60, 70, 60], { value: -50 / 3 }],
    ["only sessions rated by both count", [70, null, 70, 70, 70], [80, 80, null, 90, 60], { value: 20 / 3 }],
    ["two pairs are too few", [70, 70, null], [80, 80, 80], { value: null, reason: "too-few-pairs" }],
  ] as const)("therapist-minus-patient gap: %s", (_, patient, therapist, gap) => {
    const f = superviseeFigures(caseload("A", [episode("e", sessions("2026-01-05", [...patient], [...therapist]))]), period);
    expect(f.gap).toEqual(gap.value === null ? gap : { value: expect.closeTo(gap.value, 10) });
  });

  it.each([
    ["two falling episodes", [[90, 85, 80], [80, 78, 76, 74]], -35],
    ["rising and flat", [[60, 70, 80], [75, 75, 75]], 50],
    ["unrated sessions keep their numbers", [[90, 85, null, 75], [80, 80, 80]], -25],
    ["one episode with a slope is not enough", [[90, 85, 80], [80, 70]], null],
    ["fewer than three totals each", [[90, 80], [80, null, 70]], null],
  ] as const)("trend (points per 10 sessions): %s", (_, totals, trend) => {
    const f = superviseeFigures(caseload("A", totals.map((t, i) => episode(`e${i}`, sessions("2026-01-05", [...t])))), period);
    if (trend === null) expect(f.trend).toEqual({ value: null, reason: "too-few-ratings" });
    else expect(f.trend.value).toBeCloseTo(trend);
  });

  it.each([
    ["episode running through the period", [{}], 1],
    ["ended before the period", [{ endDate: d("2025-12-31") }], 0],
    ["ended during the period", [{ endDate: d("2026-02-01") }], 1],
    ["started after the period", [{ startDate: d("2026-04-01") }], 0],
    ["two episodes of one patient count once", [{}, { patientId: "p-e0" }], 1],
  ] as const)("active patients: %s", (_, extras, active) => {
    const f = superviseeFigures(caseload("A", extras.map((x, i) => episode(`e${i}`, [], [], x))), period);
    expect(f.activePatients).toBe(active);
  });
});

describe("attention order", () => {
  const quiet = caseload("Quiet", [episode("q", sessions("2026-01-05", [80, 80, 80, 80, 80]))]);
  const open = caseload("Open", [episode("o", sessions("2026-01-05", [80, 80, 80, 80, 80]), [rupture("open", "2026-02-01")])]);
  const unrepaired = caseload("Unrepaired", [episode("u", sessions("2026-01-05", [80, 80, 80, 80, 80]), [rupture("unrepaired", "2026-02-01")])]);
  const lowCompletion = caseload("Low", [episode("l", sessions("2026-01-05", [80, null, null, null, 80]))]);
  const empty = caseload("Empty", []);

  it("puts unrepaired ruptures first, then open ones, then other signals, then the rest by name", () => {
    expect(supervisionSummary([quiet, empty, lowCompletion, open, unrepaired], period).map((f) => [f.name, f.attention.rank, f.attention.reasons])).toEqual([
      ["Unrepaired", 0, ["unrepaired"]],
      ["Open", 1, ["open"]],
      ["Low", 2, ["low-completion"]],
      ["Empty", 3, []],
      ["Quiet", 3, []],
    ]);
  });

  it("within a rank, more reasons and more pending ruptures come first", () => {
    const twoOpen = caseload("Zed", [episode("z", sessions("2026-01-05", [80, 80, 80, 80, 80]), [rupture("open", "2026-02-01"), rupture("open", "2026-02-08")])]);
    const openAndLow = caseload("Yve", [episode("y", sessions("2026-01-05", [80, null, null, null, 80]), [rupture("open", "2026-02-01")])]);
    const order = [open, twoOpen, openAndLow].map((c) => superviseeFigures(c, period)).sort(byAttention).map((f) => f.name);
    expect(order).toEqual(["Yve", "Zed", "Open"]);
  });
});

describe("statistics", () => {
  it.each([
    [[], null], [[4], 4], [[3, 1, 2], 2], [[4, 1, 3, 2], 2.5],
  ] as const)("median of %j is %s", (xs, m) => expect(median(xs)).toBe(m));

  it.each([
    [[{ x: 1, y: 1 }, { x: 2, y: 3 }], 2],
    [[{ x: 1, y: 5 }, { x: 2, y: 5 }, { x: 3, y: 5 }], 0],
    [[{ x: 1, y: 5 }], null],
    [[{ x: 2, y: 5 }, { x: 2, y: 7 }], null],
  ] as const)("least-squares slope %#", (points, slope) => expect(olsSlope(sumsOf(points))).toBe(slope));
});
