/**
 * The patient's usual level B, for the `deviation` rule: a running count, mean and sum of squared
 * deviations (Welford), so adding a session costs a few operations and no memory.
 *
 * Which sessions belong to B is the engine's part of the contract: the earlier sessions with a
 * total that lie outside every rupture episode and after the close of the latest one. So B does
 * not grow while an episode is open, and it is emptied whenever an episode closes.
 */
export class Baseline {
  /** |B| */
  n = 0;
  /** mean(B) */
  mean = 0;
  /** Sum of squared deviations from the mean. */
  m2 = 0;

  /** Add one session's total to B. */
  add(total: number): void {
    this.n++;
    const d = total - this.mean;
    this.mean += d / this.n;
    this.m2 += d * (total - this.mean);
  }

  /** Empty B (an episode has closed: the usual level starts afresh). */
  clear(): void {
    this.n = 0;
    this.mean = 0;
    this.m2 = 0;
  }

  /** Sample standard deviation (n − 1) of B; 0 with fewer than two sessions. */
  sd(): number {
    return this.n < 2 ? 0 : Math.sqrt(this.m2 / (this.n - 1));
  }
}
