import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { main, type Io } from "./cli";

const EXAMPLES = join(__dirname, "../../lib/alliance/__fixtures__/alliance-examples.json");
let dir = "";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "bordin-analyze-"));
});

function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

async function run(argv: string[], extra: Partial<Io> = {}) {
  let out = "";
  let err = "";
  const code = await main(argv, {
    stdout: { write: (s) => void (out += s) },
    stderr: { write: (s) => void (err += s) },
    ...extra,
  });
  return { code, out, err };
}

const CSV_HEADER = "episode_id,ended,number,bond,goals,tasks,difficulty,talked_about,marker,marker_dimension\n";

function examplesAsCsv(): string {
  const ex = JSON.parse(readFileSync(EXAMPLES, "utf8")) as {
    episodes: { id: string; ended: boolean; sessions: Record<string, unknown>[] }[];
  };
  const v = (x: unknown) => (x === undefined || x === null ? "" : String(x));
  let csv = CSV_HEADER;
  for (const e of ex.episodes) {
    for (const s of e.sessions) {
      csv += [e.id, e.ended, s.number, s.bond, s.goals, s.tasks, s.difficulty, s.talkedAbout, s.marker, s.markerDimension].map(v).join(",") + "\n";
    }
  }
  return csv;
}

describe("analyze: output", () => {
  it("prints the examples' ruptures as JSON, with explanations", async () => {
    const { code, out, err } = await run([EXAMPLES, "--as-of", "2025-01-01"]);
    expect(err).toBe("");
    expect(code).toBe(0);
    const got = JSON.parse(out) as { episodes: { id: string; ruptures: Record<string, unknown>[] }[] };
    const ex = JSON.parse(readFileSync(EXAMPLES, "utf8")) as { episodes: { id: string; expected: Record<string, unknown>[] }[] };
    expect(got.episodes.map((e) => e.id)).toEqual(ex.episodes.map((e) => e.id));
    got.episodes.forEach((e, i) => {
      const summary = e.ruptures.map((r) => ({
        onset: r.onset,
        lastFlagged: r.lastFlagged,
        rules: (r.rules as { rule: string }[]).map((f) => f.rule),
        status: r.status,
        repairedAt: r.repairedAt,
        preRuptureLevel: r.preRuptureLevel,
      }));
      expect(summary).toEqual(ex.episodes[i].expected);
    });
    const r0 = got.episodes[0].ruptures[0];
    expect(Object.keys(r0)).toEqual([
      "onset",
      "lastFlagged",
      "rules",
      "dimensions",
      "severity",
      "preRuptureLevel",
      "status",
      "repairedAt",
      "closedAt",
      "sessionsToRepair",
    ]);
    expect((r0.rules as Record<string, unknown>[])[1]).toEqual({
      rule: "drop",
      session: 4,
      total: 72,
      previous: 89,
      previousSession: 3,
      fall: 17,
      drop: 10,
      explanation: "The alliance total dropped 17 points, from 89 in session 3 to 72 (a drop of 10 or more is flagged).",
    });
  });

  it("reads the same episodes from CSV", async () => {
    const csv = file("examples.csv", examplesAsCsv());
    const a = await run([EXAMPLES, "--as-of", "2025-01-01"]);
    const b = await run([csv, "--as-of", "2025-01-01"]);
    expect(b.code).toBe(0);
    expect(JSON.parse(b.out)).toEqual(JSON.parse(a.out));
  });

  it("detects the format from the content when the name has no extension", async () => {
    const csv = file("examples-noext", examplesAsCsv());
    const json = file("examples-json-noext", readFileSync(EXAMPLES, "utf8"));
    expect(JSON.parse((await run([csv])).out).episodes).toHaveLength(3);
    expect(JSON.parse((await run([json])).out).episodes).toHaveLength(3);
  });

  it("--locale nb explains in Norwegian", async () => {
    const { out } = await run([EXAMPLES, "--locale", "nb"]);
    expect(JSON.parse(out).episodes[0].ruptures[0].rules[0].explanation).toBe(
      "Samlet alliansescore falt under grenseverdien 80: 72 nå, 89 i time 3.",
    );
  });

  it("--params overrides the defaults", async () => {
    const params = file("params.json", JSON.stringify({ cutoff: 70, drop: 20 }));
    const { code, out } = await run([EXAMPLES, "--params", params]);
    expect(code).toBe(0);
    const rules = JSON.parse(out).episodes[0].ruptures[0].rules.map((f: { rule: string }) => f.rule);
    expect(rules).toEqual(["deviation"]);
  });

  it("--all-firings lists every firing", async () => {
    const { out } = await run([EXAMPLES, "--all-firings"]);
    const r = JSON.parse(out).episodes[2].ruptures[0];
    expect(r.firings.map((f: { session: number; rule: string }) => `${f.session}:${f.rule}`)).toEqual([
      "4:low-score",
      "4:drop",
      "4:deviation",
      "5:deviation",
    ]);
  });

  it("--format table prints a readable table with a summary", async () => {
    const { code, out } = await run([EXAMPLES, "--format", "table"]);
    expect(code).toBe(0);
    const lines = out.split("\n");
    expect(lines[0]).toMatch(/^episode\s+onset\s+last flag\s+status\s+repaired\s+to repair\s+pre-level\s+fall\s+SDs\s+dimensions\s+rules$/);
    expect(lines[1]).toMatch(/^example-v-shape\s+4\s+4\s+repaired\s+5\s+1\s+89\s+17\s+3\.4\s+bond, goals, tasks\s+low-score, drop, deviation$/);
    expect(out).toContain("    session 4: The alliance total dropped 17 points");
    expect(out).toContain("3 episode(s), 14 session(s) read, 3 rupture(s): 2 repaired, 1 unrepaired, 0 open");
  });

  it("lists episodes without ruptures", async () => {
    const f = file("calm.json", JSON.stringify({ episodes: [{ id: "calm", ended: false, sessions: [{ number: 1, bond: 90 }] }] }));
    expect(JSON.parse((await run([f])).out)).toEqual({ episodes: [{ id: "calm", ruptures: [] }] });
    expect((await run([f, "--format", "table"])).out).toMatch(/calm\s+no ruptures/);
  });

  it("streams large input after checking it all first (nothing printed on a late error)", async () => {
    const good = { id: "g", ended: false, sessions: [{ number: 1, bond: 90 }, { number: 2, bond: 70 }] };
    const bad = { id: "late", ended: false, sessions: [{ number: 1, bond: 190 }] };
    const f = file("late-error.json", JSON.stringify({ episodes: [good, good, bad] }));
    const r = await run([f], { bufferLimitBytes: 10 });
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    const ok = file("large-ok.json", JSON.stringify({ episodes: [good, { ...good, id: "h" }] }));
    const r2 = await run([ok], { bufferLimitBytes: 10 });
    expect(r2.code).toBe(0);
    expect(JSON.parse(r2.out).episodes.map((e: { id: string }) => e.id)).toEqual(["g", "h"]);
  });
});

describe("analyze: bad input → exit 2 and one message naming episode, session and field", () => {
  const J = (sessions: unknown[], extra: Record<string, unknown> = {}) => JSON.stringify({ episodes: [{ id: "p1", ended: false, sessions, ...extra }] });
  const cases: [string, string, string, RegExp][] = [
    ["score above 100 (JSON)", "a.json", J([{ number: 1, bond: 90 }, { number: 2, goals: 101 }]), /^analyze: .*a\.json: episode "p1", session 2, field "goals": 101 is outside 0–100\n$/],
    ["negative score (JSON)", "b.json", J([{ number: 3, tasks: -5 }]), /episode "p1", session 3, field "tasks": -5 is outside 0–100/],
    ["unknown difficulty (JSON)", "c.json", J([{ number: 1, difficulty: "huge" }]), /episode "p1", session 1, field "difficulty": unknown difficulty "huge"/],
    ["duplicate session numbers (JSON)", "d.json", J([{ number: 1 }, { number: 2 }, { number: 2 }]), /episode "p1", session 2, field "number": duplicate session number/],
    ["malformed JSON", "e.json", '{"episodes":[{"id":"p1","sessions":[{"number":1,"bond":90,}]}]}', /episode "p1", session 1: malformed JSON at line 1/],
    ["truncated JSON", "f.json", '{"episodes":[{"id":"p1","sessions":[', /malformed JSON: the document ends early/],
    ["score above 100 (CSV)", "g.csv", `${CSV_HEADER}p1,false,1,90,90,90,,,,\np1,false,2,90,100.5,90,,,,\n`, /episode "p1", session 2, field "goals": 100.5 is outside 0–100/],
    ["a score that is not a number (CSV)", "h.csv", `${CSV_HEADER}p1,false,1,high,90,90,,,,\n`, /episode "p1", session 1, field "bond": "high" is not a number/],
    ["unknown difficulty (CSV)", "i.csv", `${CSV_HEADER}p1,false,1,90,90,90,lots,,,\n`, /episode "p1", session 1, field "difficulty": unknown difficulty "lots"/],
    ["unknown talked_about (CSV)", "j.csv", `${CSV_HEADER}p1,false,1,90,90,90,some,maybe,,\n`, /episode "p1", session 1, field "talked_about": unknown answer "maybe"/],
    ["duplicate session numbers (CSV)", "k.csv", `${CSV_HEADER}p1,false,1,90,90,90,,,,\np1,false,1,80,80,80,,,,\n`, /episode "p1", session 1, field "number": duplicate session number/],
    ["malformed CSV", "l.csv", `${CSV_HEADER}p1,false,1,90,90,90,,,,\np1,false,2,"90,90,90,,,,\n`, /episode "p1": malformed CSV at line 3: a quote is not closed/],
    ["wrong number of columns (CSV)", "m.csv", `${CSV_HEADER}p1,false,1,90,90,90\n`, /malformed CSV at line 2: expected 10 columns, got 6/],
    ["bad ended (CSV)", "n.csv", `${CSV_HEADER}p1,maybe,1,90,90,90,,,,\n`, /episode "p1", session 1, field "ended": "maybe" is not true or false/],
    ["rows of an episode apart (CSV)", "o.csv", `${CSV_HEADER}p1,,1,90,,,,,,\np2,,1,90,,,,,,\np1,,2,90,,,,,,\n`, /episode "p1", session 2, field "episode_id": this episode's rows are not together/],
    ["missing column (CSV)", "p.csv", "id_of_patient,number\nx,1\n", /field "episode_id": the CSV header has no "episode_id" column/],
  ];
  it.each(cases)("%s", async (_n, name, text, message) => {
    const f = file(name, text);
    const { code, out, err } = await run([f]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toMatch(message);
    expect(err.trim().split("\n")).toHaveLength(1);
    expect(err).not.toMatch(/\n\s+at /);
  });

  it.each([
    [["--format", "xml", EXAMPLES], /--format must be json or table/],
    [[], /no FILE given/],
    [[EXAMPLES, "--bogus"], /Unknown option/],
    [[EXAMPLES, "--as-of", "someday"], /--as-of "someday" is not a date/],
    [[join(tmpdir(), "does-not-exist.json")], /cannot read .*: no such file/],
  ])("usage problem %j → exit 2", async (argv, message) => {
    const { code, err } = await run(argv);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });

  it("a bad --params file → exit 2 naming the field", async () => {
    const p = file("bad-params.json", JSON.stringify({ window: 0 }));
    const { code, err } = await run([EXAMPLES, "--params", p]);
    expect(code).toBe(2);
    expect(err).toMatch(/--params file .*: field "window": /);
    expect(err.trim().split("\n")).toHaveLength(1);
  });
});

describe("analyze: as a command", () => {
  const tsx = join(__dirname, "../../node_modules/.bin/tsx");
  const script = join(__dirname, "../analyze.ts");
  it("exits 0 with JSON on stdout", () => {
    const r = spawnSync(tsx, [script, EXAMPLES], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).episodes).toHaveLength(3);
  });
  it("exits 2 with one line on stderr and no stack trace", () => {
    const f = file("cmd-bad.json", JSON.stringify({ episodes: [{ id: "z", sessions: [{ number: 1, bond: 1000 }] }] }));
    const r = spawnSync(tsx, [script, f], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^analyze: .*: episode "z", session 1, field "bond": 1000 is outside 0–100\n$/);
  });
});
