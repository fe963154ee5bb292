/** Tolerance for floating-point comparisons at the boundaries (a 10.000000000000002 drop is 10). */
export const EPSILON = 1e-9;
