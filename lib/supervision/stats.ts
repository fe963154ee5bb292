// Small statistics for the supervisor figures, kept apart so each is tested on its own.

export function mean(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  let sum = 0;
  for (const x of xs) sum += x;
  return sum / xs.length;
}

/** The median; for an even count, the mean of the two middle values. */
export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Running sums of points (x, y): enough for a least-squares slope, and cheap to add up in SQL. */
export type Sums = { n: number; sx: number; sy: number; sxy: number; sxx: number };
export const NO_SUMS: Sums = { n: 0, sx: 0, sy: 0, sxy: 0, sxx: 0 };

export function sumsOf(points: readonly { x: number; y: number }[]): Sums {
  const s = { ...NO_SUMS };
  for (const { x, y } of points) {
    s.n++;
    s.sx += x;
    s.sy += y;
    s.sxy += x * y;
    s.sxx += x * x;
  }
  return s;
}

/**
 * Ordinary least-squares slope of y on x from the sums; null with fewer than two points or when
 * every x is the same (no slope is defined).
 */
export function olsSlope(s: Sums): number | null {
  if (s.n < 2) return null;
  const denominator = s.n * s.sxx - s.sx * s.sx;
  // Whole session numbers: equal x give exactly 0; allow for float noise all the same.
  return Math.abs(denominator) < 1e-9 ? null : (s.n * s.sxy - s.sx * s.sy) / denominator;
}
