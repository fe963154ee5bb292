import { describe, expect, it } from "vitest";
import { DEVIATION, DROP, LOW_SCORE, PATIENT_REPORTED, THERAPIST_OBSERVED } from "./fired";
import {
  opensEpisode,
  preRuptureLevel,
  repairedInSession,
  repairedLater,
  statusAtEnd,
  unrepairedAtWindow,
} from "./lifecycle";
import { RecentSessions } from "./recent-sessions";

describe("onset: any rule firing opens an episode", () => {
  it.each([
    ["no rule", 0, false],
    ["low-score", LOW_SCORE, true],
    ["patient-reported", PATIENT_REPORTED, true],
    ["several", LOW_SCORE | DROP | DEVIATION, true],
  ] as const)("%s → %s", (_why, fired, opens) => {
    expect(opensEpisode(fired)).toBe(opens);
  });
});

describe("onset: the pre-rupture level (up to 3 sessions)", () => {
  it.each([
    // [totals outside every episode, in order, level]
    [[], null],
    [[90], 90],
    [[90, 84], 87],
    [[60, 90, 84, 81], 85], // the last three only
    [[100, 100, 100, 100, 70, 80, 90], 80],
  ])("%j → %s", (totals, level) => {
    const recent = new RecentSessions(3);
    for (const t of totals) recent.push(t, t, t, t);
    expect(preRuptureLevel(recent)).toBe(level);
  });
});

describe("in-session repair: only patient-reported fired at onset, and they talked about it", () => {
  it.each([
    ["patient-reported, talked about it: yes", PATIENT_REPORTED, "yes", true],
    ["talked about it only partly", PATIENT_REPORTED, "partly", false],
    ["did not talk about it", PATIENT_REPORTED, "no", false],
    ["no answer", PATIENT_REPORTED, null, false],
    ["a score rule fired as well", PATIENT_REPORTED | LOW_SCORE, "yes", false],
    ["the therapist saw a marker as well", PATIENT_REPORTED | THERAPIST_OBSERVED, "yes", false],
    ["only a score rule fired", DROP, "yes", false],
  ] as const)("%s → %s", (_why, fired, talkedAbout, repaired) => {
    expect(repairedInSession(fired, talkedAbout)).toBe(repaired);
  });
});

describe("repair at a later session: not flagged and total ≥ level − tolerance (no level: ≥ cutoff)", () => {
  it.each([
    // [why, fired, total, level, tolerance, cutoff, repaired]
    ["back to the level", 0, 90, 90, 5, 80, true],
    ["exactly at level − tolerance", 0, 85, 90, 5, 80, true],
    ["just under level − tolerance", 0, 84.9, 90, 5, 80, false],
    ["tolerance 0 demands full recovery", 0, 89, 90, 0, 80, false],
    ["high enough but a rule fired", THERAPIST_OBSERVED, 95, 90, 5, 80, false],
    ["no total: cannot repair", 0, null, 90, 5, 80, false],
    ["no pre-rupture level: at the cutoff repairs", 0, 80, null, 5, 80, true],
    ["no pre-rupture level: tolerance does not apply", 0, 79, null, 5, 80, false],
    ["a level below the cutoff: reaching it is enough", 0, 65, 70, 5, 80, true],
    ["floating-point error at the boundary", 0, 85 - 1e-12, 90, 5, 80, true],
  ] as const)("%s → %s", (_why, fired, total, level, tolerance, cutoff, repaired) => {
    expect(repairedLater(fired, total, level, tolerance, cutoff)).toBe(repaired);
  });
});

describe("unrepaired: at the window-th participating session after onset", () => {
  it.each([
    [1, 5, false],
    [4, 5, false],
    [5, 5, true],
    [1, 1, true],
    [6, 6, true],
  ])("%s sessions after onset, window %s → %s", (after, window, closes) => {
    expect(unrepairedAtWindow(after, window)).toBe(closes);
  });
});

describe("close at the end of the data", () => {
  it.each([
    [true, "unrepaired"],
    [false, "open"],
  ] as const)("treatment ended %s → %s", (ended, status) => {
    expect(statusAtEnd(ended)).toBe(status);
  });
});
