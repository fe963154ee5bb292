// How each line looks. Every series differs by dash pattern as well as colour, so the chart reads
// without colour; the therapist's own rating is the dashed line the spec asks for.
export const SERIES = [
  { key: "total", color: "#1a1a1a", width: 3, dash: undefined },
  { key: "bond", color: "#1d4e89", width: 2, dash: "2 3" },
  { key: "goals", color: "#1e6b35", width: 2, dash: "10 4" },
  { key: "tasks", color: "#7a4a00", width: 2, dash: "12 3 2 3" },
  { key: "therapist", color: "#6b2f8a", width: 2, dash: "6 4" },
] as const;
export type SeriesKey = (typeof SERIES)[number]["key"];

// Rupture bands: a fill per status plus a pattern (hatched = open, cross-hatched = unrepaired,
// dotted = dismissed, plain = repaired) and the status written on the band.
export const BAND_STYLE = {
  open: { fill: "url(#band-open)", stroke: "#7a4a00" },
  unrepaired: { fill: "url(#band-unrepaired)", stroke: "#a3261b" },
  repaired: { fill: "#1e6b35", stroke: "#1e6b35" },
  dismissed: { fill: "url(#band-dismissed)", stroke: "#4d4d4d" },
} as const;

// The chart's guides: the cutoff line and the patient's usual band.
export const GUIDE_STYLE = { cutoff: "#a3261b", band: "#1d4e89" } as const;
