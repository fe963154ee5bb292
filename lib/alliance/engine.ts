/**
 * The rupture and repair engine: one treatment episode's sessions in, rupture episodes out.
 *
 * Pure and framework-free (no next, react, @prisma or node: imports); the current time is passed in.
 * It reads the sessions once, in order, with plain loops and allocates only when a rule fires, so it
 * runs at millions of sessions per second. The rules and the lifecycle follow DESIGN.md literally;
 * docs/rupture-engine.md explains every choice.
 */
import { checkEnums, checkScore, orderedSessions, toTime } from "./engine-input";
import { InputError } from "./errors";
import { resolveParams, type EngineParams, type EngineParamsOverrides } from "./params";
import { DIM_BIT, finish, record, type Open } from "./rupture-builder";
import { EPSILON } from "./tolerance";
import type { EpisodeInput, RuptureEpisode, SessionInput } from "./types";

export { EPSILON };

/** `total` = mean of the present subscales (0–100); null when none is present. */
export function sessionTotal(s: Pick<SessionInput, "bond" | "goals" | "tasks">): number | null {
  let sum = 0;
  let n = 0;
  if (s.bond != null) {
    sum += s.bond;
    n++;
  }
  if (s.goals != null) {
    sum += s.goals;
    n++;
  }
  if (s.tasks != null) {
    sum += s.tasks;
    n++;
  }
  return n === 0 ? null : sum / n;
}

/**
 * A session takes part in the analysis if it has a patient rating (any subscale, or the
 * difficulty / talked-about answers) or a therapist marker (withdrawal or confrontation).
 */
export function sessionParticipates(s: SessionInput): boolean {
  return (
    s.bond != null ||
    s.goals != null ||
    s.tasks != null ||
    s.difficulty != null ||
    s.talkedAbout != null ||
    s.marker === "withdrawal" ||
    s.marker === "confrontation"
  );
}

/**
 * Find the rupture episodes of one treatment episode.
 *
 * @param episode its sessions (any order; sorted by number here), and whether treatment has ended
 * @param params  engine parameters; missing fields take the defaults (DEFAULT_PARAMS)
 * @param asOf    "now": sessions dated later are ignored, and an `endedAt` later than this is not ended yet
 * @throws InputError naming episode, session and field for a score outside 0–100, an unknown
 *         difficulty/answer/marker/dimension, a bad or duplicate session number, or a bad date
 */
export function analyzeEpisode(
  episode: EpisodeInput,
  params: EngineParams | EngineParamsOverrides | Partial<EngineParams> | null | undefined,
  asOf: Date,
): RuptureEpisode[] {
  // One long function on purpose (about 300 lines): the whole analysis is a single pass over the
  // sessions, keeping its state (previous total, Welford baseline, pre-rupture ring, open episode)
  // in locals, with no object or closure per session. Splitting it into per-session helpers would
  // mean passing or allocating that state on every session and cost a large part of the speed
  // (npm run bench:engine). Input checks live in engine-input.ts, the rupture bookkeeping (which
  // runs only when a rule fires) in rupture-builder.ts.
  const P = resolveParams(params);
  const episodeId = String(episode.id);
  const asOfMs = asOf instanceof Date ? asOf.getTime() : NaN;
  if (Number.isNaN(asOfMs)) throw new TypeError("analyzeEpisode: asOf must be a valid Date");
  if (!Array.isArray(episode.sessions)) {
    throw new InputError({ episodeId, field: "sessions" }, "sessions must be a list");
  }

  const cutoff = P.cutoff;
  const dropParam = P.drop;
  const k = P.k;
  const sdFloor = P.sdFloor;
  const baselineMin = P.baselineMin;
  const tolerance = P.tolerance;
  const window = P.window;
  const rules = P.rules;
  const onLow = rules["low-score"] !== false;
  const onDrop = rules.drop !== false;
  const onDev = rules.deviation !== false;
  const onRel = rules["reliable-drop"] !== false && P.norms !== null;
  const onPat = rules["patient-reported"] !== false;
  const onTher = rules["therapist-observed"] !== false;
  const rciDenominator = P.norms ? P.norms.sd * Math.SQRT2 * Math.sqrt(1 - P.norms.r) : 1;
  const rciCritical = P.rciCritical;

  let ended = episode.ended === true;
  if (ended && episode.endedAt != null && toTime(episode.endedAt, episodeId, null, "endedAt") > asOfMs) ended = false;

  const list = orderedSessions(episode);
  const out: RuptureEpisode[] = [];

  // Previous total (latest earlier session with a total).
  let prev = NaN;
  let prevSession = -1;
  // Deviation baseline B: Welford running mean / M2 over sessions with a total outside every episode,
  // after the close of the latest one. Frozen while an episode is open, emptied when one closes.
  let bN = 0;
  let bMean = 0;
  let bM2 = 0;
  // Ring of the last `preRuptureSessions` sessions with a total outside every episode.
  const m = P.preRuptureSessions;
  const ringT = new Float64Array(m);
  const ringB = new Float64Array(m);
  const ringG = new Float64Array(m);
  const ringK = new Float64Array(m);
  let ringCount = 0;
  let ringHead = 0;

  let cur: Open | null = null;
  let index = -1; // index among participating sessions
  let lastNumber = -1;

  for (let i = 0; i < list.length; i++) {
    const s = list[i];
    const number = s.number;
    if (s.date != null && toTime(s.date, episodeId, number, "date") > asOfMs) continue;

    const bond = s.bond;
    const goals = s.goals;
    const tasks = s.tasks;
    checkScore(bond, "bond", episodeId, number);
    checkScore(goals, "goals", episodeId, number);
    checkScore(tasks, "tasks", episodeId, number);
    checkEnums(s, episodeId);

    let sum = 0;
    let n = 0;
    if (bond != null) {
      sum += bond;
      n++;
    }
    if (goals != null) {
      sum += goals;
      n++;
    }
    if (tasks != null) {
      sum += tasks;
      n++;
    }
    const hasTotal = n > 0;
    const total = hasTotal ? sum / n : NaN;
    const difficulty = s.difficulty;
    const marker = s.marker;
    const markerOn = marker === "withdrawal" || marker === "confrontation";
    if (!hasTotal && difficulty == null && s.talkedAbout == null && !markerOn) continue; // does not take part
    index++;
    lastNumber = number;

    // ---- the rules at this session ----
    const hasPrev = prevSession >= 0;
    const fLow = onLow && hasTotal && total < cutoff - EPSILON && (!hasPrev || prev >= cutoff - EPSILON);
    const fDrop = onDrop && hasTotal && hasPrev && prev - total >= dropParam - EPSILON;
    let fDev = false;
    let bSd = 0;
    let threshold = NaN;
    if (onDev && hasTotal && bN >= baselineMin) {
      bSd = Math.sqrt(bM2 / (bN - 1));
      threshold = bMean - k * (bSd > sdFloor ? bSd : sdFloor);
      fDev = total < threshold - EPSILON;
    }
    let fRel = false;
    let rci = NaN;
    if (onRel && hasTotal && hasPrev) {
      rci = (total - prev) / rciDenominator;
      fRel = rci < -rciCritical;
    }
    const fPat = onPat && (difficulty === "some" || difficulty === "a-lot");
    const fTher = onTher && markerOn;
    const flagged = fLow || fDrop || fDev || fRel || fPat || fTher;

    if (cur !== null && !flagged && hasTotal) {
      const level = cur.preRuptureLevel;
      const needed = level === null ? cutoff : level - tolerance;
      if (total >= needed - EPSILON) {
        out.push(finish(cur, "repaired", number, number, dropParam));
        cur = null;
        bN = 0;
        bMean = 0;
        bM2 = 0;
        prev = total;
        prevSession = number;
        continue;
      }
    }

    let opened = false;
    if (cur === null && flagged) {
      // ---- onset ----
      const c = ringCount < m ? ringCount : m;
      let level: number | null = null;
      let rb = 0,
        nb = 0,
        rg = 0,
        ng = 0,
        rk = 0,
        nk = 0;
      if (c > 0) {
        let st = 0;
        for (let j = 0; j < c; j++) {
          st += ringT[j];
          const vb = ringB[j],
            vg = ringG[j],
            vk = ringK[j];
          if (vb === vb) {
            rb += vb;
            nb++;
          }
          if (vg === vg) {
            rg += vg;
            ng++;
          }
          if (vk === vk) {
            rk += vk;
            nk++;
          }
        }
        level = st / c;
      }
      const sdAtOnset = bN >= 2 ? Math.sqrt(bM2 / (bN - 1)) : 0;
      cur = {
        onset: number,
        onsetIndex: index,
        lastFlagged: number,
        preRuptureLevel: level,
        refBond: nb > 0 ? rb / nb : cutoff,
        refGoals: ng > 0 ? rg / ng : cutoff,
        refTasks: nk > 0 ? rk / nk : cutoff,
        refTotal: level === null ? cutoff : level,
        sdUnit: sdAtOnset > sdFloor ? sdAtOnset : sdFloor,
        minTotal: Infinity,
        fallBond: -Infinity,
        fallGoals: -Infinity,
        fallTasks: -Infinity,
        anyScoreRule: false,
        markerDims: 0,
        seen: 0,
        rules: [],
        firings: [],
      };
      opened = true;
    }

    if (cur === null) {
      // Outside every episode: part of the baseline and of the pre-rupture ring.
      if (hasTotal) {
        bN++;
        const d = total - bMean;
        bMean += d / bN;
        bM2 += d * (total - bMean);
        ringT[ringHead] = total;
        ringB[ringHead] = bond == null ? NaN : bond;
        ringG[ringHead] = goals == null ? NaN : goals;
        ringK[ringHead] = tasks == null ? NaN : tasks;
        ringHead = ringHead + 1 === m ? 0 : ringHead + 1;
        ringCount++;
        prev = total;
        prevSession = number;
      }
      continue;
    }

    // ---- inside an open episode (the onset or a later session not repaired) ----
    if (hasTotal && total < cur.minTotal) cur.minTotal = total;
    if (flagged) {
      cur.lastFlagged = number;
      const prevOrNull = hasPrev ? prev : null;
      const prevSessionOrNull = hasPrev ? prevSession : null;
      if (fLow) {
        record(cur, {
          rule: "low-score",
          session: number,
          total,
          cutoff,
          previous: prevOrNull,
          previousSession: prevSessionOrNull,
        });
      }
      if (fDrop) {
        record(cur, {
          rule: "drop",
          session: number,
          total,
          previous: prev,
          previousSession: prevSession,
          fall: prev - total,
          drop: dropParam,
        });
      }
      if (fDev) {
        record(cur, {
          rule: "deviation",
          session: number,
          total,
          baselineMean: bMean,
          baselineSd: bSd,
          baselineN: bN,
          threshold,
          k,
          sdFloor,
        });
      }
      if (fRel) {
        record(cur, {
          rule: "reliable-drop",
          session: number,
          total,
          previous: prev,
          previousSession: prevSession,
          rci,
          sd: P.norms!.sd,
          r: P.norms!.r,
          critical: rciCritical,
        });
      }
      if (fPat) {
        record(cur, {
          rule: "patient-reported",
          session: number,
          difficulty: difficulty as "some" | "a-lot",
          talkedAbout: s.talkedAbout ?? null,
        });
      }
      if (fTher) {
        const md = s.markerDimension ?? null;
        record(cur, {
          rule: "therapist-observed",
          session: number,
          marker: marker as "withdrawal" | "confrontation",
          markerDimension: md,
        });
        if (md !== null) cur.markerDims |= DIM_BIT[md];
      }
      if (fLow || fDrop || fDev || fRel) {
        cur.anyScoreRule = true;
        if (bond != null && cur.refBond - bond > cur.fallBond) cur.fallBond = cur.refBond - bond;
        if (goals != null && cur.refGoals - goals > cur.fallGoals) cur.fallGoals = cur.refGoals - goals;
        if (tasks != null && cur.refTasks - tasks > cur.fallTasks) cur.fallTasks = cur.refTasks - tasks;
      }
    }
    if (hasTotal) {
      prev = total;
      prevSession = number;
    }

    if (opened) {
      // In-session repair: only `patient-reported` fired and the patient says you talked about it.
      if (fPat && !fLow && !fDrop && !fDev && !fRel && !fTher && s.talkedAbout === "yes") {
        out.push(finish(cur, "repaired", number, number, dropParam));
        cur = null;
        bN = 0;
        bMean = 0;
        bM2 = 0;
      }
    } else if (index - cur.onsetIndex === window) {
      out.push(finish(cur, "unrepaired", number, null, dropParam));
      cur = null;
      bN = 0;
      bMean = 0;
      bM2 = 0;
    }
  }

  if (cur !== null) {
    out.push(ended ? finish(cur, "unrepaired", lastNumber, null, dropParam) : finish(cur, "open", null, null, dropParam));
  }
  return out;
}

/** Analyze many treatment episodes (same params and asOf). */
export function analyzeEpisodes(
  episodes: Iterable<EpisodeInput>,
  params: EngineParams | EngineParamsOverrides | Partial<EngineParams> | null | undefined,
  asOf: Date,
): { id: string; ruptures: RuptureEpisode[] }[] {
  const P = resolveParams(params);
  const res: { id: string; ruptures: RuptureEpisode[] }[] = [];
  for (const e of episodes) res.push({ id: String(e.id), ruptures: analyzeEpisode(e, P, asOf) });
  return res;
}
