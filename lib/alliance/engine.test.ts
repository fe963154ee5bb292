import { describe, expect, it } from "vitest";
import {
  analyzeEpisode,
  DEFAULT_PARAMS,
  InputError,
  sessionTotal,
  type EngineParamsOverrides,
  type RuptureEpisode,
} from "./index";
import { AS_OF, episode, firedBySession, run, type Spec } from "./test-helpers";

// Sessions are numbered 1, 2, … in the order given. A number = that score on all three subscales;
// null = a session with no data (does not take part); an object = the fields given (total: all three).

const ISOLATE_DEVIATION: EngineParamsOverrides = { cutoff: 0, drop: 100 };

describe("defaults (the contract)", () => {
  it.each([
    ["cutoff", 80],
    ["drop", 10],
    ["k", 2],
    ["sdFloor", 5],
    ["tolerance", 5],
    ["window", 5],
    ["baselineMin", 3],
    ["preRuptureSessions", 3],
    ["norms", null],
    ["rciCritical", 1.96],
  ] as const)("%s = %s", (key, value) => {
    expect(DEFAULT_PARAMS[key]).toEqual(value);
  });
});

describe("sessionTotal", () => {
  it.each([
    [{ bond: 90, goals: 80, tasks: 70 }, 80],
    [{ bond: 90, goals: null, tasks: 70 }, 80],
    [{ bond: 90 }, 90],
    [{ goals: 0 }, 0],
    [{}, null],
    [{ bond: null, goals: undefined, tasks: null }, null],
  ])("%j → %s", (s, total) => {
    expect(sessionTotal(s)).toBe(total);
  });
});

type RuleCase = [name: string, specs: Spec[], params: EngineParamsOverrides, fired: string[]];

describe("rules: which rules fire at which session", () => {
  const cases: RuleCase[] = [
    // low-score
    ["low-score: a fall below the cutoff", [85, 79], {}, ["2:low-score"]],
    ["low-score: exactly at the cutoff does not fire", [85, 80], {}, []],
    ["low-score: a previous total exactly at the cutoff counts as at/above", [80, 79], {}, ["2:low-score"]],
    ["low-score: the first total below the cutoff fires", [79], {}, ["1:low-score"]],
    ["low-score: the first total at the cutoff does not", [80], {}, []],
    ["low-score: staying below does not fire again", [85, 78, 77], {}, ["2:low-score"]],
    ["low-score: previous = latest session with a total", [85, { difficulty: "none" }, 79], {}, ["3:low-score"]],
    ["low-score: cutoff override", [85, 79], { cutoff: 70 }, []],
    ["low-score: switched off", [85, 79], { rules: { "low-score": false } }, []],
    // drop
    ["drop: exactly 10 fires", [95, 85], {}, ["2:drop"]],
    ["drop: 9.9 does not", [95, 85.1], {}, []],
    [
      "drop: 10 between means of three (floating point)",
      [
        { bond: 93, goals: 94, tasks: 94 },
        { bond: 83, goals: 84, tasks: 84 },
      ],
      {},
      ["2:drop"],
    ],
    ["drop: from the latest session with a total", [95, { difficulty: "none" }, 85], {}, ["3:drop"]],
    ["drop: a rise is not a drop", [85, 95], {}, []],
    ["drop: override 20", [95, 85], { drop: 20 }, []],
    ["drop: override 20, exactly 20 fires", [95, 75], { drop: 20, cutoff: 50 }, ["2:drop"]],
    // deviation
    ["deviation: alone (sd(B) above the floor)", [100, 100, 91, 85], {}, ["4:deviation"]],
    ["deviation: needs |B| ≥ 3 (|B| = 2)", [90, 90, 70], ISOLATE_DEVIATION, []],
    ["deviation: |B| = 3 is enough", [90, 90, 90, 70], ISOLATE_DEVIATION, ["4:deviation"]],
    ["deviation: exactly at mean − k·sdFloor does not fire", [95, 95, 95, 85], ISOLATE_DEVIATION, []],
    ["deviation: just below fires", [95, 95, 95, 84.9], ISOLATE_DEVIATION, ["4:deviation"]],
    ["deviation: sdFloor 0 uses sd(B) = 0", [95, 95, 95, 94.9], { ...ISOLATE_DEVIATION, sdFloor: 0 }, ["4:deviation"]],
    ["deviation: k 3 widens the band", [95, 95, 95, 84.9], { ...ISOLATE_DEVIATION, k: 3 }, []],
    ["deviation: baselineMin 4", [90, 90, 90, 70], { ...ISOLATE_DEVIATION, baselineMin: 4 }, []],
    [
      "deviation: B restarts after an episode's close (only 2 sessions since)",
      [95, 95, 95, 70, 93, 94, 94, 83],
      ISOLATE_DEVIATION,
      ["4:deviation"],
    ],
    ["deviation: the same values without the episode fire", [95, 95, 95, 94, 94, 83], ISOLATE_DEVIATION, ["6:deviation"]],
    [
      "deviation: B is frozen while an episode is open",
      [95, 95, 95, 70, 72],
      ISOLATE_DEVIATION,
      ["4:deviation", "5:deviation"],
    ],
    // reliable-drop
    ["reliable-drop: off by default", [95, 75], {}, ["2:low-score,drop"]],
    ["reliable-drop: RCI below −1.96 fires", [95, 82.5], { norms: { sd: 10, r: 0.8 } }, ["2:drop,reliable-drop"]],
    ["reliable-drop: RCI −1.90 does not", [95, 83], { norms: { sd: 10, r: 0.8 } }, ["2:drop"]],
    [
      "reliable-drop: switched off even with norms",
      [95, 82.5],
      { norms: { sd: 10, r: 0.8 }, rules: { "reliable-drop": false } },
      ["2:drop"],
    ],
    // patient-reported
    ["patient-reported: difficulty none does not fire", [90, { total: 90, difficulty: "none" }], {}, []],
    ["patient-reported: some", [90, { total: 90, difficulty: "some" }], {}, ["2:patient-reported"]],
    ["patient-reported: a lot", [90, { total: 90, difficulty: "a-lot", talkedAbout: "no" }], {}, ["2:patient-reported"]],
    ["patient-reported: without scores", [90, { difficulty: "some" }], {}, ["2:patient-reported"]],
    ["patient-reported: switched off", [90, { total: 90, difficulty: "some" }], { rules: { "patient-reported": false } }, []],
    // therapist-observed
    [
      "therapist-observed: withdrawal",
      [90, { total: 90, marker: "withdrawal", markerDimension: "tasks" }],
      {},
      ["2:therapist-observed"],
    ],
    ["therapist-observed: confrontation without scores", [90, { marker: "confrontation" }], {}, ["2:therapist-observed"]],
    ["therapist-observed: marker none does not fire", [90, { total: 90, marker: "none" }], {}, []],
    [
      "therapist-observed: switched off",
      [90, { total: 90, marker: "withdrawal" }],
      { rules: { "therapist-observed": false } },
      [],
    ],
    // several at once, in the table's order
    [
      "all rules at one session, in table order",
      [95, 95, 95, { total: 70, difficulty: "a-lot", marker: "confrontation" }],
      { norms: { sd: 10, r: 0.8 } },
      ["4:low-score,drop,deviation,reliable-drop,patient-reported,therapist-observed"],
    ],
    ["a constant series does not fire", [85, 85, 85, 85, 85, 85, 85], {}, []],
  ];
  it.each(cases)("%s", (_name, specs, params, fired) => {
    expect(firedBySession(run(specs, { params }))).toEqual(fired);
  });
});

describe("rule numbers", () => {
  it("low-score carries total, cutoff and previous", () => {
    const [r] = run([85, 79]);
    expect(r.firings[0]).toEqual({ rule: "low-score", session: 2, total: 79, cutoff: 80, previous: 85, previousSession: 1 });
  });
  it("low-score at the first total has previous null", () => {
    const [r] = run([79]);
    expect(r.firings[0]).toMatchObject({ previous: null, previousSession: null });
  });
  it("drop carries the fall", () => {
    const [r] = run([95, 85]);
    expect(r.firings[0]).toEqual({ rule: "drop", session: 2, total: 85, previous: 95, previousSession: 1, fall: 10, drop: 10 });
  });
  it("deviation carries B's mean, sd, size and the threshold", () => {
    const [r] = run([100, 100, 91, 85]);
    const f = r.firings[0];
    expect(f.rule).toBe("deviation");
    if (f.rule !== "deviation") return;
    expect(f.baselineMean).toBeCloseTo(97, 10);
    expect(f.baselineSd).toBeCloseTo(Math.sqrt(27), 10);
    expect(f.baselineN).toBe(3);
    expect(f.threshold).toBeCloseTo(97 - 2 * Math.sqrt(27), 10);
    expect(f).toMatchObject({ total: 85, k: 2, sdFloor: 5 });
  });
  it("reliable-drop carries the RCI", () => {
    const [r] = run([95, 82.5], { params: { norms: { sd: 10, r: 0.8 } } });
    const f = r.firings.find((x) => x.rule === "reliable-drop");
    expect(f).toMatchObject({ previous: 95, total: 82.5, sd: 10, r: 0.8, critical: 1.96 });
    if (f?.rule === "reliable-drop") expect(f.rci).toBeCloseTo(-12.5 / (10 * Math.SQRT2 * Math.sqrt(0.2)), 10);
  });
  it("patient-reported and therapist-observed carry what was said", () => {
    const [r] = run([90, { total: 90, difficulty: "a-lot", talkedAbout: "partly", marker: "withdrawal", markerDimension: "goals" }]);
    expect(r.firings).toEqual([
      { rule: "patient-reported", session: 2, difficulty: "a-lot", talkedAbout: "partly" },
      { rule: "therapist-observed", session: 2, marker: "withdrawal", markerDimension: "goals" },
    ]);
  });
});

type Expect = Partial<RuptureEpisode> & { rules?: never; ruleNames?: string[] };
type LifeCase = [name: string, specs: Spec[], opts: { ended?: boolean; params?: EngineParamsOverrides }, expected: Expect[]];

function view(r: RuptureEpisode, keys: string[]) {
  const full: Record<string, unknown> = { ...r, ruleNames: r.rules.map((f) => f.rule) };
  return Object.fromEntries(keys.map((k) => [k, full[k]]));
}

describe("episode lifecycle", () => {
  const V = [90, 88, 89, 72]; // onset at 4, preRuptureLevel 89, repair needs ≥ 84
  const cases: LifeCase[] = [
    [
      "repaired exactly at preRuptureLevel − tolerance",
      [...V, 84],
      {},
      [{ onset: 4, lastFlagged: 4, status: "repaired", repairedAt: 5, closedAt: 5, sessionsToRepair: 1, preRuptureLevel: 89 }],
    ],
    ["just below the tolerance stays open", [...V, 83.9], {}, [{ onset: 4, lastFlagged: 4, status: "open", repairedAt: null, closedAt: null, sessionsToRepair: null }]],
    ["tolerance override 10", [...V, 79.5], { params: { tolerance: 10 } }, [{ status: "repaired", repairedAt: 5 }]],
    [
      "a flagged session cannot repair",
      [...V, { total: 90, difficulty: "some" }],
      {},
      [{ onset: 4, lastFlagged: 5, status: "open", repairedAt: null, ruleNames: ["low-score", "drop", "deviation", "patient-reported"] }],
    ],
    ["a session without a total cannot repair", [...V, { difficulty: "none" }], {}, [{ lastFlagged: 4, status: "open" }]],
    ["null pre-rupture level: repaired at ≥ cutoff", [70, 80], {}, [{ onset: 1, preRuptureLevel: null, status: "repaired", repairedAt: 2 }]],
    ["null pre-rupture level: below cutoff stays open", [70, 79.9], {}, [{ onset: 1, preRuptureLevel: null, status: "open" }]],
    [
      "unrepaired at the window-th session after onset",
      [...V, 75, 75, 75, 75, 75],
      {},
      [{ onset: 4, lastFlagged: 9, status: "unrepaired", closedAt: 9, repairedAt: null, sessionsToRepair: null }],
    ],
    ["one session short of the window stays open", [...V, 75, 75, 75, 75], {}, [{ onset: 4, lastFlagged: 8, status: "open", closedAt: null }]],
    [
      "repair at the window-th session wins",
      [...V, 75, 75, 75, 75, 85],
      {},
      [{ onset: 4, lastFlagged: 8, status: "repaired", repairedAt: 9, closedAt: 9, sessionsToRepair: 5 }],
    ],
    [
      "unrepaired without later flags: lastFlagged stays at onset",
      [...V, 80, 80, 80, 80, 80],
      {},
      [{ onset: 4, lastFlagged: 4, status: "unrepaired", closedAt: 9 }],
    ],
    [
      "the window counts participating sessions, not numbers",
      [...V, 75, null, 75, null, 75, 75, 75],
      {},
      [{ onset: 4, lastFlagged: 11, status: "unrepaired", closedAt: 11 }],
    ],
    ["window override 2", [...V, 75, 75], { params: { window: 2 } }, [{ status: "unrepaired", closedAt: 6 }]],
    [
      "a flag at the closing session does not open a new episode",
      [...V, 75, 75, 75, 75, { total: 75, difficulty: "some" }, 76],
      {},
      [{ onset: 4, lastFlagged: 9, status: "unrepaired", closedAt: 9 }],
    ],
    [
      "a flag after the closing session opens a new one",
      [...V, 75, 75, 75, 75, 75, { total: 76, difficulty: "some" }],
      {},
      [
        { onset: 4, status: "unrepaired", closedAt: 9 },
        { onset: 10, lastFlagged: 10, status: "open", preRuptureLevel: 89, ruleNames: ["patient-reported"] },
      ],
    ],
    [
      "ended treatment: open rupture → unrepaired at the last session",
      [84, 86, 85, 70, 71],
      { ended: true },
      [{ onset: 4, lastFlagged: 5, status: "unrepaired", closedAt: 5, repairedAt: null }],
    ],
    ["not ended: the same rupture is open", [84, 86, 85, 70, 71], {}, [{ onset: 4, lastFlagged: 5, status: "open", closedAt: null }]],
    [
      "ended with the onset at the last session",
      [90, 90, { total: 90, difficulty: "some" }],
      { ended: true },
      [{ onset: 3, lastFlagged: 3, status: "unrepaired", closedAt: 3 }],
    ],
    [
      "ended: the last session is the last participating one",
      [84, 86, 85, 70, 71, null],
      { ended: true },
      [{ status: "unrepaired", closedAt: 5 }],
    ],
    ["ended: a repaired rupture stays repaired", [...V, 84, 90], { ended: true }, [{ status: "repaired", repairedAt: 5 }]],
    [
      "in-session repair: only patient-reported, talked about it",
      [85, 85, { total: 85, difficulty: "some", talkedAbout: "yes" }],
      {},
      [{ onset: 3, lastFlagged: 3, status: "repaired", repairedAt: 3, closedAt: 3, sessionsToRepair: 0, preRuptureLevel: 85 }],
    ],
    [
      "in-session repair needs talkedAbout yes (partly stays open)",
      [85, 85, { total: 85, difficulty: "a-lot", talkedAbout: "partly" }],
      {},
      [{ onset: 3, status: "open" }],
    ],
    [
      "in-session repair needs patient-reported alone (with a drop)",
      [90, { total: 78, difficulty: "some", talkedAbout: "yes" }],
      {},
      [{ onset: 2, status: "open", ruleNames: ["low-score", "drop", "patient-reported"] }],
    ],
    [
      "in-session repair needs patient-reported alone (with a marker)",
      [90, { total: 90, difficulty: "some", talkedAbout: "yes", marker: "withdrawal" }],
      {},
      [{ onset: 2, status: "open" }],
    ],
    [
      "in-session repair only at onset, not later",
      [...V, { total: 90, difficulty: "some", talkedAbout: "yes" }],
      {},
      [{ onset: 4, lastFlagged: 5, status: "open" }],
    ],
    [
      "a second episode: level from sessions outside every episode",
      [91, 92, 93, 70, 95, 96, 97, 70],
      {},
      [
        { onset: 4, preRuptureLevel: 92, status: "repaired", repairedAt: 5 },
        { onset: 8, preRuptureLevel: (93 + 96 + 97) / 3, status: "open", ruleNames: ["low-score", "drop"] },
      ],
    ],
    ["pre-rupture level from fewer than 3 sessions", [90, 70], {}, [{ onset: 2, preRuptureLevel: 90 }]],
    ["pre-rupture level uses the last 3", [85, 86, 90, 91, 92, 70], {}, [{ onset: 6, preRuptureLevel: 91 }]],
    [
      "pre-rupture level leaves out sessions inside episodes",
      [60, 90, 90, 90, 70],
      {},
      [{ onset: 1, status: "repaired", repairedAt: 2 }, { onset: 5, preRuptureLevel: 90 }],
    ],
    ["preRuptureSessions override 1", [80, 100, 85], { params: { preRuptureSessions: 1 } }, [{ onset: 3, preRuptureLevel: 100 }]],
    [
      "sessionsToRepair counts session numbers, unrated sessions included",
      [...V, null, null, 84],
      {},
      [{ onset: 4, repairedAt: 7, sessionsToRepair: 3 }],
    ],
    [
      "the onset needs no total (marker only)",
      [90, { marker: "withdrawal", markerDimension: "bond" }, 90],
      {},
      [{ onset: 2, preRuptureLevel: 90, status: "repaired", repairedAt: 3, dimensions: ["bond"] }],
    ],
    ["sessions without data are left out", [null, 90, null, 90], {}, []],
  ];
  it.each(cases)("%s", (_name, specs, opts, expected) => {
    const got = run(specs, opts);
    expect(got.map((r, i) => view(r, Object.keys(expected[i] ?? {})))).toEqual(expected);
    expect(got).toHaveLength(expected.length);
  });
});

describe("rules listed per episode", () => {
  it("lists the first firing of each rule; firings has every one", () => {
    const [r] = run([84, 86, 85, 70, 71], { ended: true });
    expect(r.rules.map((f) => `${f.session}:${f.rule}`)).toEqual(["4:low-score", "4:drop", "4:deviation"]);
    expect(r.firings.map((f) => `${f.session}:${f.rule}`)).toEqual(["4:low-score", "4:drop", "4:deviation", "5:deviation"]);
  });
});

describe("dimensions", () => {
  const cases: [string, Spec[], string[]][] = [
    ["only goals fell by ≥ drop", [85, { bond: 85, goals: 60, tasks: 85 }], ["goals"]],
    ["two fell by ≥ drop", [90, { bond: 75, goals: 78, tasks: 85 }], ["bond", "goals"]],
    ["none fell by drop: the one that fell most", [85, { bond: 78, goals: 80, tasks: 79 }], ["bond"]],
    ["all three", [90, 70], ["bond", "goals", "tasks"]],
    ["the therapist's named dimension", [90, { total: 90, marker: "withdrawal", markerDimension: "goals" }], ["goals"]],
    ["marker without a dimension names none", [90, { total: 90, marker: "confrontation" }], []],
    ["patient report only: none named", [90, { total: 90, difficulty: "a-lot" }], []],
    ["scores count only when a score rule fired", [90, { bond: 75, goals: 90, tasks: 90, marker: "withdrawal", markerDimension: "tasks" }], ["tasks"]],
    ["scores and the marker together", [90, { bond: 60, goals: 90, tasks: 90, marker: "withdrawal", markerDimension: "tasks" }], ["bond", "tasks"]],
    ["a later flagged session adds its falls", [90, 90, 90, { bond: 70, goals: 85, tasks: 85 }, { bond: 85, goals: 85, tasks: 62 }], ["bond", "tasks"]],
    ["no pre-rupture sessions: falls measured from the cutoff", [{ bond: 75, goals: 60, tasks: 78 }], ["goals"]],
  ];
  it.each(cases)("%s", (_n, specs, dims) => {
    expect(run(specs)[0].dimensions).toEqual(dims);
  });
});

describe("severity", () => {
  const cases: [string, Spec[], number | null, number | null][] = [
    ["points below the pre-rupture level, in units of max(sd, sdFloor)", [90, 88, 89, 72, 84], 17, 17 / 5],
    ["sd(B) above the floor", [100, 100, 91, 85], 12, 12 / Math.sqrt(27)],
    ["the lowest total of the episode", [90, 90, 90, 75, 70, 76], 20, 4],
    ["no fall: 0", [85, 85, { total: 86, difficulty: "some" }], 0, 0],
    ["no totals in the episode: null", [90, { marker: "withdrawal" }, 90], null, null],
    ["null level: measured from the cutoff", [70], 10, 2],
  ];
  it.each(cases)("%s", (_n, specs, points, sds) => {
    const { severity } = run(specs)[0];
    if (points === null) expect(severity.points).toBeNull();
    else expect(severity.points).toBeCloseTo(points, 10);
    if (sds === null) expect(severity.sds).toBeNull();
    else expect(severity.sds).toBeCloseTo(sds, 10);
  });
});

describe("input", () => {
  it("sorts sessions by number", () => {
    const e = episode([90, 88, 89, 72, 84]);
    const shuffled = { ...e, sessions: [e.sessions[3], e.sessions[0], e.sessions[4], e.sessions[2], e.sessions[1]] };
    expect(analyzeEpisode(shuffled, {}, AS_OF)).toEqual(analyzeEpisode(e, {}, AS_OF));
  });
  it("numbers need not start at 1 or be consecutive", () => {
    const got = analyzeEpisode(
      { id: "x", ended: false, sessions: [10, 20, 30, 40, 50].map((number, i) => ({ number, bond: [90, 88, 89, 72, 84][i] })) },
      {},
      AS_OF,
    );
    expect(got.map((r) => [r.onset, r.repairedAt])).toEqual([[40, 50]]);
  });
  it("uses the defaults for missing params", () => {
    expect(analyzeEpisode(episode([85, 79]), undefined, AS_OF)).toEqual(analyzeEpisode(episode([85, 79]), DEFAULT_PARAMS, AS_OF));
  });

  const bad: [string, Record<string, unknown>[], { session: number | null; field: string; message: RegExp }][] = [
    ["a score above 100", [{ number: 1, bond: 90 }, { number: 2, bond: 101 }], { session: 2, field: "bond", message: /episode "t", session 2, field "bond": 101 is outside 0–100/ }],
    ["a negative score", [{ number: 1, goals: -1 }], { session: 1, field: "goals", message: /outside 0–100/ }],
    ["a score that is not a number", [{ number: 1, tasks: "80" }], { session: 1, field: "tasks", message: /not a number/ }],
    ["an unknown difficulty", [{ number: 1, bond: 90, difficulty: "lots" }], { session: 1, field: "difficulty", message: /unknown difficulty "lots"/ }],
    ["an unknown talkedAbout", [{ number: 1, difficulty: "some", talkedAbout: "maybe" }], { session: 1, field: "talkedAbout", message: /unknown answer/ }],
    ["an unknown marker", [{ number: 1, marker: "anger" }], { session: 1, field: "marker", message: /unknown marker/ }],
    ["an unknown marker dimension", [{ number: 1, marker: "withdrawal", markerDimension: "trust" }], { session: 1, field: "markerDimension", message: /unknown dimension/ }],
    ["duplicate session numbers", [{ number: 1, bond: 90 }, { number: 2, bond: 90 }, { number: 2, bond: 80 }], { session: 2, field: "number", message: /duplicate session number/ }],
    ["duplicate numbers, unsorted", [{ number: 3, bond: 90 }, { number: 1, bond: 90 }, { number: 3, bond: 80 }], { session: 3, field: "number", message: /duplicate/ }],
    ["a fractional session number", [{ number: 1.5, bond: 90 }], { session: null, field: "number", message: /not a whole number/ }],
  ];
  it.each(bad)("rejects %s with an InputError naming episode, session and field", (_n, sessions, want) => {
    let err: unknown;
    try {
      analyzeEpisode({ id: "t", ended: false, sessions: sessions as never }, {}, AS_OF);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    const e = err as InputError;
    expect(e.episodeId).toBe("t");
    expect(e.session).toBe(want.session);
    expect(e.field).toBe(want.field);
    expect(e.message).toMatch(want.message);
  });

  it("ignores sessions dated after asOf", () => {
    const e = {
      id: "d",
      ended: false,
      sessions: [
        { number: 1, bond: 90, date: "2025-01-01" },
        { number: 2, bond: 70, date: "2025-02-01" },
      ],
    };
    expect(analyzeEpisode(e, {}, new Date("2025-01-15"))).toEqual([]);
    expect(analyzeEpisode(e, {}, new Date("2025-02-01"))).toHaveLength(1);
  });
  it("an end date after asOf is not an end yet", () => {
    const e = { ...episode([84, 86, 85, 70, 71], true), endedAt: "2025-06-01" };
    expect(analyzeEpisode(e, {}, new Date("2025-05-01"))[0].status).toBe("open");
    expect(analyzeEpisode(e, {}, new Date("2025-06-02"))[0].status).toBe("unrepaired");
  });
  it("needs a valid asOf", () => {
    expect(() => analyzeEpisode(episode([90]), {}, new Date("nope"))).toThrow(TypeError);
  });
  it("does not change its input", () => {
    const e = episode([90, 88, 89, 72, 84]);
    const copy = structuredClone(e);
    analyzeEpisode(e, {}, AS_OF);
    expect(e).toEqual(copy);
  });
});
