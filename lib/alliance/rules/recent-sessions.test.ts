import { describe, expect, it } from "vitest";
import { RecentSessions } from "./recent-sessions";

type Row = [total: number, bond: number | null, goals: number | null, tasks: number | null];

function of(size: number, rows: Row[]): RecentSessions {
  const r = new RecentSessions(size);
  for (const [total, bond, goals, tasks] of rows) r.push(total, bond, goals, tasks);
  return r;
}

describe("RecentSessions: the last sessions outside every episode", () => {
  it.each([
    // [size, sessions, mean total, bond, goals, tasks]
    [3, [], null, null, null, null],
    [3, [[90, 90, 90, 90]], 90, 90, 90, 90],
    [3, [[80, 90, 70, null], [90, 90, 90, 90]], 85, 90, 80, 90],
    [3, [[40, 40, 40, 40], [90, 90, null, 90], [80, 80, null, 80], [70, 70, null, 70]], 80, 80, null, 80],
    [1, [[90, 90, 90, 90], [60, 50, 60, 70]], 60, 50, 60, 70],
  ] as [number, Row[], ...(number | null)[]][])("size %s, %j → %s", (size, rows, total, bond, goals, tasks) => {
    const r = of(size, rows);
    expect([r.meanTotal(), r.meanScore("bond"), r.meanScore("goals"), r.meanScore("tasks")]).toEqual([total, bond, goals, tasks]);
  });
});
