import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeEpisode, type EngineParamsOverrides, type EpisodeInput, type RuptureEpisode, type SessionInput } from "./index";
import { AS_OF } from "./test-helpers";

const score = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 100 }) },
  { weight: 1, arbitrary: fc.double({ min: 0, max: 100, noNaN: true }) },
  { weight: 1, arbitrary: fc.constant(null) },
);

/** A session's data (its number is given by position). Mostly high scores with falls, like real series. */
const sessionData = fc.record(
  {
    level: fc.integer({ min: 40, max: 100 }),
    bond: score,
    goals: score,
    tasks: score,
    useLevel: fc.boolean(),
    difficulty: fc.constantFrom(undefined, "none", "none", "none", "some", "a-lot"),
    talkedAbout: fc.constantFrom(undefined, "no", "partly", "yes"),
    marker: fc.constantFrom(undefined, "none", "none", "none", "none", "withdrawal", "confrontation"),
    markerDimension: fc.constantFrom(undefined, "bond", "goals", "tasks"),
  },
  { requiredKeys: [] },
);

type Data = Record<string, unknown>;

function toSession(d: Record<string, unknown>, number: number): SessionInput {
  const s: Record<string, unknown> = { number };
  if (d.useLevel) {
    s.bond = s.goals = s.tasks = d.level;
  } else {
    for (const k of ["bond", "goals", "tasks"]) if (d[k] !== undefined) s[k] = d[k];
  }
  for (const k of ["difficulty", "talkedAbout", "marker", "markerDimension"]) if (d[k] !== undefined) s[k] = d[k];
  return s as unknown as SessionInput;
}

const series = fc.array(sessionData, { maxLength: 40 }).map((ds) => ds.map((d, i) => toSession(d as Data, i + 1)));

const params: fc.Arbitrary<EngineParamsOverrides> = fc.record(
  {
    cutoff: fc.integer({ min: 50, max: 95 }),
    drop: fc.integer({ min: 1, max: 40 }),
    k: fc.double({ min: 0.5, max: 4, noNaN: true }),
    sdFloor: fc.integer({ min: 0, max: 20 }),
    tolerance: fc.integer({ min: 0, max: 20 }),
    window: fc.integer({ min: 1, max: 10 }),
    norms: fc.option(fc.record({ sd: fc.integer({ min: 5, max: 25 }), r: fc.double({ min: 0, max: 0.95, noNaN: true }) })),
  },
  { requiredKeys: [] },
);

function analyze(sessions: SessionInput[], p: EngineParamsOverrides = {}, ended = false): RuptureEpisode[] {
  const e: EpisodeInput = { id: "p", ended, sessions };
  return analyzeEpisode(e, p, AS_OF);
}

const RUNS = { numRuns: 500 };

describe("properties", () => {
  it("episodes never overlap, and only the last can be open", () => {
    fc.assert(
      fc.property(series, params, fc.boolean(), (sessions, p, ended) => {
        const rs = analyze(sessions, p, ended);
        for (let i = 0; i < rs.length; i++) {
          const r = rs[i];
          expect(r.onset).toBeLessThanOrEqual(r.lastFlagged);
          if (r.closedAt !== null) expect(r.lastFlagged).toBeLessThanOrEqual(r.closedAt);
          if (i < rs.length - 1) {
            expect(r.closedAt).not.toBeNull();
            expect(r.closedAt!).toBeLessThan(rs[i + 1].onset);
          }
          if (ended) expect(r.status).not.toBe("open");
        }
      }),
      RUNS,
    );
  });

  it("repairedAt ≥ onset; status, repairedAt, closedAt and sessionsToRepair agree", () => {
    fc.assert(
      fc.property(series, params, fc.boolean(), (sessions, p, ended) => {
        for (const r of analyze(sessions, p, ended)) {
          if (r.repairedAt !== null) {
            expect(r.repairedAt).toBeGreaterThanOrEqual(r.onset);
            expect(r.status).toBe("repaired");
            expect(r.closedAt).toBe(r.repairedAt);
            expect(r.sessionsToRepair).toBe(r.repairedAt - r.onset);
          } else {
            expect(r.status).not.toBe("repaired");
            expect(r.sessionsToRepair).toBeNull();
          }
          expect(r.status === "open").toBe(r.closedAt === null);
          expect(r.rules.length).toBeGreaterThan(0);
          expect(r.firings.every((f) => f.session >= r.onset && f.session <= (r.closedAt ?? Infinity))).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it("appending a session never changes an episode that had already closed", () => {
    fc.assert(
      fc.property(series, sessionData, params, (sessions, extra, p) => {
        const before = analyze(sessions, p).filter((r) => r.status !== "open");
        const next = toSession(extra as Data, sessions.length + 1);
        const after = analyze([...sessions, next], p);
        expect(after.slice(0, before.length)).toEqual(before);
      }),
      RUNS,
    );
  });

  it("raising `drop` never adds a `drop` firing", () => {
    fc.assert(
      fc.property(series, params, fc.integer({ min: 0, max: 30 }), (sessions, p, raise) => {
        const dropSessions = (d: number) =>
          new Set(
            analyze(sessions, { ...p, drop: d })
              .flatMap((r) => r.firings)
              .filter((f) => f.rule === "drop")
              .map((f) => f.session),
          );
        const low = dropSessions(p.drop ?? 10);
        for (const s of dropSessions((p.drop ?? 10) + raise)) expect(low.has(s)).toBe(true);
      }),
      RUNS,
    );
  });

  it("a constant series at or above the cutoff never ruptures", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 80, max: 100 }),
        fc.integer({ min: 0, max: 60 }),
        fc.boolean(),
        fc.constantFrom(undefined, "none"),
        (c, n, ended, difficulty) => {
          const sessions = Array.from({ length: n }, (_, i) => ({ number: i + 1, bond: c, goals: c, tasks: c, difficulty }));
          expect(analyze(sessions as SessionInput[], {}, ended)).toEqual([]);
        },
      ),
      RUNS,
    );
  });

  it("a constant series with any cutoff ruptures at most once, at its first session (low-score)", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), fc.integer({ min: 1, max: 60 }), params, (c, n, p) => {
        const sessions = Array.from({ length: n }, (_, i) => ({ number: i + 1, bond: c, goals: c, tasks: c }));
        const rs = analyze(sessions, p);
        expect(rs.length).toBeLessThanOrEqual(1);
        for (const r of rs) {
          expect(r.onset).toBe(1);
          expect(r.firings.map((f) => f.rule)).toEqual(["low-score"]);
        }
      }),
      RUNS,
    );
  });

  it("the order sessions arrive in does not matter", () => {
    fc.assert(
      fc.property(series, params, fc.integer(), (sessions, p, seed) => {
        const shuffled = [...sessions];
        let x = seed >>> 0 || 1;
        for (let i = shuffled.length - 1; i > 0; i--) {
          x = (x * 1103515245 + 12345) >>> 0;
          const j = x % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
        }
        expect(analyze(shuffled, p)).toEqual(analyze(sessions, p));
      }),
      { numRuns: 200 },
    );
  });
});
