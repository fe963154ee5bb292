import type { Marker } from "../types";

/**
 * Rule `therapist-observed`: the therapist logged a rupture marker for the session.
 *
 * Fires when the marker is `withdrawal` or `confrontation` (the two kinds of rupture of Safran &
 * Muran 2000); `none` or no marker does not fire. The dimension the therapist named, if any, is
 * added to the rupture's dimensions. On by default.
 */
export function firesTherapistObserved(marker: Marker | null | undefined): boolean {
  return marker === "withdrawal" || marker === "confrontation";
}
