/**
 * One pass over a treatment episode's participating sessions, in order: the rules at each session
 * (rules/*.ts), then the rupture lifecycle (rules/lifecycle.ts). It keeps what the rules need
 * between sessions — the previous total, the usual level B, the last sessions outside every
 * episode, the open episode — in one object per treatment episode, not in objects per session
 * (npm run bench:engine holds it to 1,000,000 sessions in under 2 s; docs/benchmarks.md).
 */
import { sessionParticipates, sessionTotal } from "./session";
import type { FiringContext } from "./firing-records";
import { recordFirings } from "./firing-records";
import type { EngineParams } from "./params";
import { finish, openRupture, type Open } from "./rupture-builder";
import { Baseline } from "./rules/baseline";
import { firesDeviation } from "./rules/deviation";
import { firesDrop } from "./rules/drop";
import * as F from "./rules/fired";
import { opensEpisode, repairedInSession, repairedLater, statusAtEnd, unrepairedAtWindow } from "./rules/lifecycle";
import { firesLowScore } from "./rules/low-score";
import { firesPatientReported } from "./rules/patient-reported";
import { RecentSessions } from "./rules/recent-sessions";
import { firesReliableDrop } from "./rules/reliable-drop";
import { firesTherapistObserved } from "./rules/therapist-observed";
import type { RuleName, RuptureEpisode, RuptureStatus, SessionInput } from "./types";

/** The bit set of the rules a clinic has not switched off (missing = on). */
export function enabledRules(switches: Partial<Record<RuleName, boolean>>): number {
  // Spelled out rather than a loop over RULE_BIT: this runs once per treatment episode, and
  // Object.entries there was a tenth of the engine's time.
  return (
    (switches["low-score"] === false ? 0 : F.LOW_SCORE) |
    (switches.drop === false ? 0 : F.DROP) |
    (switches.deviation === false ? 0 : F.DEVIATION) |
    (switches["reliable-drop"] === false ? 0 : F.RELIABLE_DROP) |
    (switches["patient-reported"] === false ? 0 : F.PATIENT_REPORTED) |
    (switches["therapist-observed"] === false ? 0 : F.THERAPIST_OBSERVED)
  );
}

/** The engine's state over one treatment episode: feed it the sessions with `read`, then `result`. */
export class EpisodeRun implements FiringContext {
  /** "Previous" of the rules: the latest earlier session with a total (null before the first). */
  previous: number | null = null;
  previousSession: number | null = null;
  /** The usual level B of `deviation`: sessions outside every episode, since the latest close. */
  readonly baseline = new Baseline();
  private readonly recent: RecentSessions;
  private readonly enabled: number;
  private open: Open | null = null;
  /** Index of the current session among the participating ones. */
  private index = -1;
  private lastNumber = -1;
  private readonly out: RuptureEpisode[] = [];

  constructor(readonly params: EngineParams) {
    this.recent = new RecentSessions(params.preRuptureSessions);
    this.enabled = enabledRules(params.rules);
  }

  /** The rules that fire at `s` (a bit set, rules/fired.ts), before `s` becomes the previous session. */
  rulesAt(s: SessionInput, total: number | null): number {
    const p = this.params;
    const previous = this.previous;
    let fired = 0;
    if (firesLowScore(total, previous, p.cutoff)) fired |= F.LOW_SCORE;
    if (firesDrop(total, previous, p.drop)) fired |= F.DROP;
    if (firesDeviation(total, this.baseline, p)) fired |= F.DEVIATION;
    if (firesReliableDrop(total, previous, p.norms, p.rciCritical)) fired |= F.RELIABLE_DROP;
    if (firesPatientReported(s.difficulty)) fired |= F.PATIENT_REPORTED;
    if (firesTherapistObserved(s.marker)) fired |= F.THERAPIST_OBSERVED;
    return fired & this.enabled;
  }

  /** Read the next session (in order of number; already checked). */
  read(s: SessionInput): void {
    if (!sessionParticipates(s)) return;
    const total = sessionTotal(s);
    this.index++;
    this.lastNumber = s.number;
    const fired = this.rulesAt(s, total);
    const open = this.open;
    if (open === null) {
      if (!opensEpisode(fired)) return this.outside(s, total);
      this.open = openRupture(s.number, this.index, this.recent, this.baseline, this.params);
      this.inside(s, total, fired);
      if (repairedInSession(fired, s.talkedAbout)) this.close("repaired", s.number, s.number);
    } else if (repairedLater(fired, total, open.preRuptureLevel, this.params.tolerance, this.params.cutoff)) {
      this.close("repaired", s.number, s.number);
      this.setPrevious(total, s.number);
    } else {
      this.inside(s, total, fired);
      if (unrepairedAtWindow(this.index - open.onsetIndex, this.params.window)) this.close("unrepaired", s.number, null);
    }
  }

  /** The episodes found; one still open at the end is closed as the treatment's end says. */
  result(treatmentEnded: boolean): RuptureEpisode[] {
    if (this.open !== null) {
      const status = statusAtEnd(treatmentEnded);
      this.out.push(finish(this.open, status, status === "open" ? null : this.lastNumber, null, this.params.drop));
      this.open = null;
    }
    return this.out;
  }

  /** A session outside every episode: it joins the usual level B and the pre-rupture sessions. */
  private outside(s: SessionInput, total: number | null): void {
    if (total === null) return;
    this.baseline.add(total);
    this.recent.push(total, s.bond, s.goals, s.tasks);
    this.setPrevious(total, s.number);
  }

  /** A session inside the open episode (its onset, or a later session that did not repair it). */
  private inside(s: SessionInput, total: number | null, fired: number): void {
    const o = this.open!;
    if (total !== null && total < o.minTotal) o.minTotal = total;
    if (fired !== 0) recordFirings(o, s, total, fired, this);
    this.setPrevious(total, s.number);
  }

  /** Close the open episode; B starts afresh after it. */
  private close(status: RuptureStatus, closedAt: number, repairedAt: number | null): void {
    this.out.push(finish(this.open!, status, closedAt, repairedAt, this.params.drop));
    this.open = null;
    this.baseline.clear();
  }

  private setPrevious(total: number | null, session: number): void {
    if (total === null) return;
    this.previous = total;
    this.previousSession = session;
  }
}
