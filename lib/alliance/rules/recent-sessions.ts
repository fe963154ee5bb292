/**
 * The last few sessions with a total that lie outside every rupture episode: what the pre-rupture
 * level (and each subscale's pre-rupture mean) is taken from at onset. A fixed ring of
 * `preRuptureSessions` slots, allocated once per treatment episode, so a session costs no memory.
 * It is not emptied when an episode closes: a rupture that opens soon after an earlier one is
 * measured against the last sessions outside both.
 */
import type { Dimension } from "../types";

export class RecentSessions {
  private readonly totals: Float64Array;
  /** Subscale scores per slot; NaN where the session had no score for that subscale. */
  private readonly scores: Record<Dimension, Float64Array>;
  private count = 0;
  private head = 0;

  constructor(private readonly size: number) {
    this.totals = new Float64Array(size);
    this.scores = { bond: new Float64Array(size), goals: new Float64Array(size), tasks: new Float64Array(size) };
  }

  /** Remember a session outside every episode (the oldest one drops out when the ring is full). */
  push(total: number, bond: number | null | undefined, goals: number | null | undefined, tasks: number | null | undefined): void {
    const h = this.head;
    this.totals[h] = total;
    this.scores.bond[h] = bond == null ? NaN : bond;
    this.scores.goals[h] = goals == null ? NaN : goals;
    this.scores.tasks[h] = tasks == null ? NaN : tasks;
    this.head = h + 1 === this.size ? 0 : h + 1;
    if (this.count < this.size) this.count++;
  }

  /** Mean total of the remembered sessions; null when there are none. */
  meanTotal(): number | null {
    return meanOf(this.totals, this.count);
  }

  /** Mean of one subscale over the remembered sessions that scored it; null when none did. */
  meanScore(dim: Dimension): number | null {
    return meanOf(this.scores[dim], this.count);
  }
}

/** Mean of the first `count` values, skipping NaN (a missing score); null if nothing is left. */
function meanOf(values: Float64Array, count: number): number | null {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < count; i++) {
    const v = values[i];
    if (v === v) {
      sum += v;
      n++;
    }
  }
  return n === 0 ? null : sum / n;
}
