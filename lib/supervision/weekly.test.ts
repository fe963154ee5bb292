import { describe, expect, it } from "vitest";
import { weekStart, weeklySeries, type WeeklyRupture, type WeeklySession } from "./weekly";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
// Thursday 1 January 2026 to Saturday 31 January inclusive: weeks from Monday 29 December.
const JANUARY = { from: d("2026-01-01"), to: d("2026-02-01") };
const s = (iso: string, total: number | null, rated = total !== null): WeeklySession => ({ date: d(iso), rated, patientTotal: total });

describe("weekStart", () => {
  it.each([
    ["2026-01-05", "2026-01-05"], // a Monday is its own week
    ["2026-01-11", "2026-01-05"], // Sunday belongs to the Monday before
    ["2026-01-01", "2025-12-29"], // across the year
  ])("%s → %s", (day, monday) => {
    expect(weekStart(new Date(`${day}T15:30:00Z`)).toISOString().slice(0, 10)).toBe(monday);
  });
});

describe("weeklySeries", () => {
  const cases: { name: string; sessions: WeeklySession[]; ruptures: WeeklyRupture[]; want: Record<string, Partial<ReturnType<typeof weeklySeries>[number]>> }[] = [
    {
      name: "no data: every week of the period, with no mean and no completion",
      sessions: [],
      ruptures: [],
      want: { "2025-12-29": { sessions: 0, meanAlliance: null, completion: null, opened: 0 }, "2026-01-26": { sessions: 0, meanAlliance: null } },
    },
    {
      name: "means the rated totals and shares the rated sessions per week",
      sessions: [s("2026-01-05", 80), s("2026-01-07", 60), s("2026-01-09", null), s("2026-01-12", 90)],
      ruptures: [],
      want: { "2026-01-05": { sessions: 3, rated: 2, meanAlliance: 70, completion: 2 / 3 }, "2026-01-12": { sessions: 1, meanAlliance: 90, completion: 1 } },
    },
    {
      name: "a rating without a total counts as rated but not in the mean",
      sessions: [s("2026-01-20", null, true), s("2026-01-21", 50)],
      ruptures: [],
      want: { "2026-01-19": { sessions: 2, rated: 2, meanAlliance: 50, completion: 1 } },
    },
    {
      name: "sessions outside the period are left out, in the weeks it cuts too",
      sessions: [s("2025-12-30", 10), s("2026-01-02", 40), s("2026-02-01", 10)],
      ruptures: [],
      want: { "2025-12-29": { sessions: 1, meanAlliance: 40 }, "2026-01-26": { sessions: 0, meanAlliance: null } },
    },
    {
      name: "ruptures count in the week they opened and the week they were repaired",
      sessions: [],
      ruptures: [
        { onsetDate: d("2026-01-06"), repairDate: d("2026-01-20") },
        { onsetDate: d("2026-01-07"), repairDate: null },
        { onsetDate: d("2025-12-01"), repairDate: d("2026-01-08") },
        { onsetDate: null, repairDate: null },
      ],
      want: { "2026-01-05": { opened: 2, repaired: 1 }, "2026-01-19": { opened: 0, repaired: 1 }, "2025-12-29": { opened: 0, repaired: 0 } },
    },
  ];
  it.each(cases)("$name", ({ sessions, ruptures, want }) => {
    const series = weeklySeries(sessions, ruptures, JANUARY);
    expect(series.map((w) => w.week)).toEqual(["2025-12-29", "2026-01-05", "2026-01-12", "2026-01-19", "2026-01-26"]);
    for (const [week, point] of Object.entries(want)) expect(series.find((w) => w.week === week), week).toMatchObject(point);
  });

  it("an empty period has no weeks", () => {
    expect(weeklySeries([s("2026-01-05", 80)], [], { from: d("2026-01-05"), to: d("2026-01-05") })).toEqual([]);
  });
});
